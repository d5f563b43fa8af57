import ConciergeJSON

/// The one JSON form of `concierge report --json`: keys sorted, the counts as `{"name", "count"}`.
///
///     {"conversations":3,"fallbacks":1,"funnel":{"captured":1,…},"handoffsByReason":[],"messages":8,…}
extension StoreReport: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.value(jsonValue)
    }

    var jsonValue: JSONValue {
        func counts(_ list: [Count]) -> JSONValue {
            .array(list.map { ["name": .string($0.name), "count": .number(Double($0.count))] })
        }
        return [
            "conversations": .number(Double(conversations)), "messages": .number(Double(messages)),
            "fallbacks": .number(Double(fallbacks)), "topIntents": counts(topIntents), "topFallbacks": counts(topFallbacks),
            "funnel": [
                "started": .number(Double(funnel.started)), "completed": .number(Double(funnel.completed)),
                "captured": .number(Double(funnel.captured)), "capturedByTier": counts(funnel.capturedByTier),
            ],
            "handoffsByReason": counts(handoffsByReason),
        ]
    }
}

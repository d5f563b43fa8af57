import ConciergeJSON

/// The one JSON form of `eval --json`: snake_case keys, sorted; an optional number is written
/// as null, not left out (`oos_recall` is always a key). The keys are part of the CLI contract.
extension EvaluationRun.Summary: JSONWritable {
    public func write(to json: inout JSONWriter) {
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        let fields: [String: JSONValue] = [
            "train_utterances": number(Double(trainUtterances)), "test_utterances": number(Double(testUtterances)),
            "intents": number(Double(intents)), "accuracy": number(accuracy), "macro_f1": number(macroF1),
            "in_scope_accuracy": number(inScopeAccuracy), "oos_recall": number(oosRecall), "threshold": number(threshold),
            "validation_accuracy": number(validationAccuracy), "train_seconds": number(trainSeconds),
            "latency_us_median": number(latencyMicrosecondsMedian), "latency_us_p99": number(latencyMicrosecondsP99),
            "utterances_per_second": number(utterancesPerSecond), "slot_precision": number(slotPrecision),
            "slot_recall": number(slotRecall), "slot_f1": number(slotF1), "slot_train_seconds": number(slotTrainSeconds),
            "tagger_latency_us_median": number(taggerLatencyMicrosecondsMedian),
            "parse_latency_us_median": number(parseLatencyMicrosecondsMedian),
            "ece": number(expectedCalibrationError),
        ]
        json.value(.object(fields))
    }
}

import ConciergeJSON

/// `concierge simulate --json`: one object, overall figures first, then one entry per persona
/// with the problems of each failed conversation.
///
///     {"conversations":320,"succeeded":196,"success_rate":0.6125,"consent_violations":14,
///      "wrong_values":37,"reasks":102,"fallbacks":45,"passed":false,"seeds":[1,…],
///      "personas":[{"name":"bookstore-chain","file":"personas/bookstore-chain.yml","goal":"lead",…}]}
extension SimulationRun: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("conversations"); json.number(conversations)
        json.key("succeeded"); json.number(succeeded)
        json.key("success_rate"); json.number(JSONNumber.rounded(successRate))
        json.key("consent_violations"); json.number(consentViolations)
        json.key("wrong_values"); json.number(wrongValues)
        json.key("reasks"); json.number(reasks)
        json.key("fallbacks"); json.number(fallbacks)
        json.key("passed"); json.bool(passed)
        json.key("seeds")
        json.beginArray()
        for seed in seeds { json.number(Double(seed)) }
        json.endArray()
        json.key("personas")
        personas.write(to: &json)
        json.endObject()
    }
}

extension SimulationRun.PersonaResult: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("name"); json.string(persona.name)
        json.key("file"); json.string(persona.location.file)
        json.key("goal"); json.string(persona.goal.kind.rawValue)
        json.key("behaviours"); persona.behaviours.map(\.rawValue).write(to: &json)
        json.key("conversations"); json.number(conversations)
        json.key("succeeded"); json.number(succeeded)
        json.key("success_rate"); json.number(JSONNumber.rounded(successRate))
        json.key("required_success"); json.number(persona.requiredSuccess)
        json.key("average_turns"); json.number(JSONNumber.rounded(averageTurns))
        json.key("consent_violations"); json.number(consentViolations)
        json.key("wrong_values"); json.number(wrongValues)
        json.key("reasks"); json.number(reasks)
        json.key("fallbacks"); json.number(fallbacks)
        json.key("passed"); json.bool(passed)
        json.key("failures")
        json.beginArray()
        for verdict in verdicts where !verdict.succeeded || !verdict.wrongValues.isEmpty || !verdict.consentViolations.isEmpty {
            verdict.write(to: &json)
        }
        json.endArray()
        json.endObject()
    }
}

extension ConversationVerdict: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("seed"); json.number(Double(seed))
        json.key("succeeded"); json.bool(succeeded)
        json.key("turns"); json.number(turns)
        json.key("problems"); problems.write(to: &json)
        json.key("wrong_values"); wrongValues.write(to: &json)
        json.key("consent_violations"); consentViolations.write(to: &json)
        json.key("reasks"); reasks.write(to: &json)
        json.key("fallbacks"); json.number(fallbacks)
        json.endObject()
    }
}

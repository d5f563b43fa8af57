import ConciergeJSON

/// The one JSON form of an event, for protocol responses and stored transcript rows alike:
/// `type` first (a reader can dispatch on it at once), then the other keys sorted.
///
///     DialogEvent.faqAnswered(id: "pricing").jsonText   // {"type":"faq_answered","id":"pricing"}
extension DialogEvent: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("type"); json.string(type)
        switch self {
        case .faqAnswered(let id):
            json.key("id"); json.string(id)
        case .handoff(let reason, let transcript):
            json.key("reason"); json.string(reason.rawValue)
            json.key("transcript"); transcript.write(to: &json)
        case .sessionExpired, .handoffCancelled:
            break
        case .leadCaptured(let lead, let score, let tier, let consent):
            json.key("consent"); json.bool(consent)
            json.key("lead"); json.value(.object(lead))
            json.key("score"); json.number(score)
            json.key("tier"); json.string(tier)
        case .productsSuggested(let products):
            json.key("products"); products.write(to: &json)
        case .leadUpdated(let changes):
            json.key("changes"); json.value(.object(changes))
        }
        json.endObject()
    }
}

/// The one JSON form of a transcript turn: `{"bot": […], "user": "…"}`.
extension TranscriptTurn: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("bot"); bot.write(to: &json)
        json.key("user"); json.string(user)
        json.endObject()
    }
}

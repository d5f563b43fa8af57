import ConciergeEntities
import ConciergeJSON

/// The one JSON form of an intent score: confidences rounded to four decimals
/// (`JSONNumber.rounded`), all a reader or a threshold needs.
///
///     IntentScore(name: "pricing", confidence: 0.987654).jsonText   // {"name":"pricing","confidence":0.9877}
extension IntentScore: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("name"); json.string(name)
        json.key("confidence"); json.number(JSONNumber.rounded(confidence))
        json.endObject()
    }
}

/// The one JSON form of what NLU made of a message (`concierge parse` prints it).
///
///     {"text":"hi","intent":{"name":"greet","confidence":1},"decision":"pattern","ranking":[…],"entities":[]}
extension ParseResult: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("text"); json.string(text)
        json.key("intent"); intent.write(to: &json)
        json.key("decision"); json.string(decision.rawValue)
        json.key("ranking"); ranking.write(to: &json)
        json.key("entities"); entities.write(to: &json)
        json.endObject()
    }
}

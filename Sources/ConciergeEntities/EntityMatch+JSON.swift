import ConciergeJSON

/// The one JSON form of an entity match, in protocol responses and `concierge parse` alike.
///
///     match.jsonText   // {"entity":"number","value":40,"text":"40","start":35,"end":37}
extension EntityMatch: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("entity"); json.string(entity)
        json.key("value"); json.value(value)
        json.key("text"); json.string(text)
        json.key("start"); json.number(start)
        json.key("end"); json.number(end)
        json.endObject()
    }
}

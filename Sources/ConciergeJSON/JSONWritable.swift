/// A type with one JSON form, written by `JSONWriter`: the single encoder of that type, used
/// for the protocol, the store and the command line alike.
///
///     extension Point: JSONWritable {
///         func write(to json: inout JSONWriter) {
///             json.beginObject(); json.key("x"); json.number(x); json.endObject()
///         }
///     }
///     Point(x: 1).jsonText   // {"x":1}
public protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

extension JSONWritable {
    /// The value as compact JSON text.
    public var jsonText: String {
        var json = JSONWriter(capacity: 256)
        write(to: &json)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}

extension JSONValue: JSONWritable {
    /// Objects are written with their keys sorted, so the text is the same from run to run.
    public func write(to json: inout JSONWriter) {
        json.value(self)
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.beginArray()
        for element in self { element.write(to: &json) }
        json.endArray()
    }
}

extension String: JSONWritable {
    public func write(to json: inout JSONWriter) {
        json.string(self)
    }
}

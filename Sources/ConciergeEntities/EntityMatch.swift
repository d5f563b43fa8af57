import ConciergeJSON
/// An entity found in a message: which entity, its normalized value, and where it stands.
///
/// Offsets count Unicode scalars of the message, end exclusive.
///
///     EntityMatch(entity: "email", value: "ana@example.com", text: "Ana@Example.com", start: 9, end: 24)
public struct EntityMatch: Hashable, Sendable, Codable {
    /// The built-in entity name (`number`, `money`, …), a lookup entity name or a learned slot name.
    public var entity: String
    public var value: JSONValue
    public var text: String
    public var start: Int
    public var end: Int

    public init(entity: String, value: JSONValue, text: String, start: Int, end: Int) {
        self.entity = entity
        self.value = value
        self.text = text
        self.start = start
        self.end = end
    }
}

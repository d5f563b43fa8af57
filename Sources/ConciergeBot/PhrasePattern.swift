// PLACEHOLDER: replaced by the real pattern syntax (helper branch `loader`).
public struct PhrasePattern: Hashable, Sendable {
    public var source: String
    public var location: SourceLocation

    public init(source: String, location: SourceLocation) {
        self.source = source
        self.location = location
    }

    /// Whether the pattern matches a whole message, given its normalized word tokens.
    public func matches(_ words: [String]) -> Bool { words.joined(separator: " ") == source }
}

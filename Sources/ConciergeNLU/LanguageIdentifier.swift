/// A language a message is written in, and how sure the identifier is.
public struct LanguageGuess: Hashable, Sendable {
    /// ISO 639-1 code: "en", "es", "fr", "de"…
    public var code: String
    /// 0…1.
    public var confidence: Double

    public init(code: String, confidence: Double) {
        self.code = code
        self.confidence = confidence
    }
}

/// Identifies the main European languages from short messages.
public enum LanguageIdentifier {
    /// The language of `text`, or nil when it is too short or unclear to say.
    public static func identify(_ text: String) -> LanguageGuess? {
        nil
    }
}

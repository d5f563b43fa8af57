import ConciergeText
/// A response text with `{slot}` and `{slot|default}` placeholders, parsed once at load time.
///
///     let template = try Template.parse("Hi {name|there}!").get()
///     template.slots      // ["name"]
///     // rendered with no name: "Hi there!"; with name = "Ana": "Hi Ana!"
///
/// `{{` and `}}` stand for literal braces.
public struct Template: Hashable, Sendable, Codable {
    public enum Segment: Hashable, Sendable, Codable {
        case text(String)
        /// A slot's value, or `fallback` (empty when nil) when the slot is not filled.
        case slot(String, fallback: String?)
    }

    public var segments: [Segment]
    public var source: String
    /// Where the template is written; offsets of `slotOffsets` are relative to its text.
    public var location: SourceLocation?

    public init(segments: [Segment], source: String, location: SourceLocation? = nil) {
        self.segments = segments
        self.source = source
        self.location = location
    }

    /// Plain text without placeholders (for built-in messages).
    public init(literal: String) {
        self.init(segments: [.text(literal)], source: literal)
    }

    /// The slots the template names, in order.
    public var slots: [String] {
        segments.compactMap { if case .slot(let name, _) = $0 { name } else { nil } }
    }

    /// A mistake in a template, at a Unicode scalar offset of its source.
    public struct SyntaxError: Error, Hashable, Sendable {
        public var message: String
        public var offset: Int
    }

    /// Parses `source`; the result also gives, for each placeholder, the offset of its slot name.
    public static func parse(_ source: String) -> Result<(template: Template, slotOffsets: [Int]), SyntaxError> {
        let scalars = Array(source.unicodeScalars)
        var segments: [Segment] = []
        var offsets: [Int] = []
        var text = ""
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                text += "{"
                index += 2
                continue
            }
            if scalar == "}", index + 1 < scalars.count, scalars[index + 1] == "}" {
                text += "}"
                index += 2
                continue
            }
            if scalar == "}" {
                return .failure(SyntaxError(message: "unmatched '}' in template; write '}}' for a literal brace", offset: index))
            }
            guard scalar == "{" else {
                text.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            guard let close = scalars[index...].firstIndex(of: "}") else {
                return .failure(SyntaxError(message: "unterminated placeholder: '{' has no closing '}'", offset: index))
            }
            let body = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
            let parts = body.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).trimmingSpaces
            guard !name.isEmpty, name.unicodeScalars.allSatisfy(Template.isNameScalar) else {
                return .failure(SyntaxError(message: "invalid placeholder '{\(body)}': expected '{slot}' or '{slot|default}'",
                                            offset: index))
            }
            if !text.isEmpty { segments.append(.text(text)) }
            text = ""
            let leading = body.unicodeScalars.prefix { $0.properties.isWhitespace }.count
            segments.append(.slot(name, fallback: parts.count > 1 ? String(parts[1]) : nil))
            offsets.append(index + 1 + leading)
            index = close + 1
        }
        if !text.isEmpty { segments.append(.text(text)) }
        return .success((Template(segments: segments, source: source), offsets))
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "-" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}

/// A persona's message template cut into literal text and `{placeholder}`s. A `{` without
/// its `}` is literal text: persona phrasings are what a visitor types, braces included.
///
///     PersonaPhrase("we're {team_size} people").segments
///     // [.text("we're "), .placeholder("team_size"), .text(" people")]
///     PersonaPhrase("team of {team_size}").placeholders   // ["team_size"]
public struct PersonaPhrase: Hashable, Sendable {
    public enum Segment: Hashable, Sendable {
        case text(String)
        case placeholder(String)
    }

    public var segments: [Segment]

    public init(_ source: String) {
        var segments: [Segment] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let name = rest[afterOpen..<close]
            guard !name.isEmpty, name.allSatisfy(PersonaPhrase.isNameCharacter) else {
                segments.append(.text(String(rest[...open])))
                rest = rest[afterOpen...]
                continue
            }
            if open > rest.startIndex { segments.append(.text(String(rest[..<open]))) }
            segments.append(.placeholder(String(name)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        self.segments = segments
    }

    /// The placeholder names, in order.
    public var placeholders: [String] {
        segments.compactMap { segment in
            if case .placeholder(let name) = segment { return name }
            return nil
        }
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character == "_" || character.isLetter || character.isNumber
    }
}

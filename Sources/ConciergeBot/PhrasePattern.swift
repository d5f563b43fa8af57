import ConciergeText

/// A deterministic rule: a message whose words match the whole pattern gets the intent
/// before the classifier is asked.
///
/// Syntax: literal words (normalized by `Tokenizer`, like messages are); `*` matches zero or
/// more words; `(a|b c|)` matches one of its alternatives, each a sequence that may hold
/// groups; an empty alternative makes the group optional.
///
///     let pattern = try PhrasePattern("(talk|speak) to (a|an|) (human|person) *")
///     pattern.matches(["talk", "to", "a", "human", "please"])   // true
///     pattern.matches(["talk", "to", "the", "bot"])             // false
///
/// Matching simulates the pattern on sets of positions, so it takes time proportional to
/// the pattern's size times the message's length, whatever the nesting.
public struct PhrasePattern: Hashable, Sendable, Codable {
    /// One part of a parsed pattern.
    public indirect enum Element: Hashable, Sendable, Codable {
        /// One normalized word.
        case word(String)
        /// `*`: zero or more words.
        case wildcard
        /// `(a|b c|)`: one of the alternatives, each a sequence of elements.
        case group([[Element]])
    }

    /// A mistake in a pattern's syntax, at a Unicode scalar offset of its source.
    public struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var offset: Int

        public init(message: String, offset: Int) {
            self.message = message
            self.offset = offset
        }

        public var description: String { "\(message) (at offset \(offset))" }
    }

    /// Every syntax error of one pattern, in order of offset.
    public struct SyntaxErrors: Error, Hashable, Sendable {
        public var errors: [SyntaxError]
    }

    /// The pattern as written.
    public var source: String
    public var location: SourceLocation
    /// The parsed pattern: alternatives of the whole message (one unless `|` is used at top level).
    public private(set) var alternatives: [[Element]]

    /// Parses a pattern, throwing its first syntax error; `PhrasePattern.parse` gives all of them.
    public init(
        _ source: String,
        location: SourceLocation = SourceLocation(file: "<pattern>", line: 1, column: 1),
        tokenizer: Tokenizer = Tokenizer()
    ) throws(SyntaxError) {
        switch PhrasePattern.parse(source, location: location, tokenizer: tokenizer) {
        case .success(let pattern):
            self = pattern
        case .failure(let errors):
            throw errors.errors.first ?? SyntaxError(message: "invalid pattern", offset: 0)
        }
    }

    private init(source: String, location: SourceLocation, alternatives: [[Element]]) {
        self.source = source
        self.location = location
        self.alternatives = alternatives
    }

    /// The parsed pattern or every syntax error found in it.
    public static func parse(
        _ source: String,
        location: SourceLocation = SourceLocation(file: "<pattern>", line: 1, column: 1),
        tokenizer: Tokenizer = Tokenizer()
    ) -> Result<PhrasePattern, SyntaxErrors> {
        var parser = PatternParser(scalars: Array(source.unicodeScalars), tokenizer: tokenizer)
        let alternatives = parser.parse()
        if parser.errors.isEmpty {
            return .success(PhrasePattern(source: source, location: location, alternatives: alternatives))
        }
        return .failure(SyntaxErrors(errors: parser.errors))
    }

    /// Whether the pattern matches a whole message, given its normalized word tokens
    /// (the `normalized` forms of its non-punctuation tokens).
    public func matches(_ words: [String]) -> Bool {
        if words.count < UInt64.bitWidth {
            // Positions 0…count fit one machine word: the common case, without hashing.
            return PhrasePattern.ends(of: [.group(alternatives)], from: 1, in: words) & (1 << UInt64(words.count)) != 0
        }
        return matchesOnPositionSets(words)
    }

    /// Words one of which every message the pattern matches holds (nil: no such words, as
    /// in `* (a|)`): a message with none of them cannot match, and need not be walked.
    /// The union of the alternatives' words, each alternative giving those of its part
    /// that needs the fewest.
    ///
    ///     try PhrasePattern("(talk|speak) to (a|) human *").requiredWords   // ["to"]
    ///     try PhrasePattern("(talk|speak) *").requiredWords                 // ["talk", "speak"]
    public var requiredWords: [String]? {
        PhrasePattern.requiredWords(group: alternatives)
    }

    private static func requiredWords(group alternatives: [[Element]]) -> [String]? {
        var union: [String] = []
        for alternative in alternatives {
            guard let words = requiredWords(sequence: alternative) else { return nil }
            union += words
        }
        return union
    }

    private static func requiredWords(sequence elements: [Element]) -> [String]? {
        var fewest: [String]?
        for element in elements {
            let words: [String]?
            switch element {
            case .word(let word): words = [word]
            case .wildcard: words = nil
            case .group(let alternatives): words = requiredWords(group: alternatives)
            }
            if let words, words.count < (fewest?.count ?? .max) { fewest = words }
        }
        return fewest
    }

    /// `matches` on hashed sets of positions, for messages of any length.
    func matchesOnPositionSets(_ words: [String]) -> Bool {
        PhrasePattern.ends(of: [.group(alternatives)], from: [0], in: words).contains(words.count)
    }

    /// `ends(of:from:in:)` on a bit set of positions (bit i: position i), for messages of
    /// fewer than 64 words.
    private static func ends(of sequence: [Element], from starts: UInt64, in words: [String]) -> UInt64 {
        var positions = starts
        for element in sequence {
            if positions == 0 { return 0 }
            switch element {
            case .word(let word):
                var next: UInt64 = 0
                var rest = positions
                while rest != 0 {
                    let position = rest.trailingZeroBitCount
                    rest &= rest - 1
                    if position < words.count, words[position] == word { next |= 1 << UInt64(position + 1) }
                }
                positions = next
            case .wildcard:
                // Every position from the first one up to the end of the message.
                let upToEnd: UInt64 = words.count + 1 == UInt64.bitWidth ? ~0 : (1 << UInt64(words.count + 1)) - 1
                positions = upToEnd & ~((1 << UInt64(positions.trailingZeroBitCount)) - 1)
            case .group(let alternatives):
                var union: UInt64 = 0
                for alternative in alternatives {
                    union |= ends(of: alternative, from: positions, in: words)
                }
                positions = union
            }
        }
        return positions
    }

    /// The positions where `sequence` can end when it starts at any of `starts`.
    private static func ends(of sequence: [Element], from starts: Set<Int>, in words: [String]) -> Set<Int> {
        var positions = starts
        for element in sequence {
            if positions.isEmpty { return positions }
            switch element {
            case .word(let word):
                positions = Set(positions.lazy.filter { $0 < words.count && words[$0] == word }.map { $0 + 1 })
            case .wildcard:
                guard let first = positions.min() else { return positions }
                positions = Set(first...words.count)
            case .group(let alternatives):
                var union = Set<Int>()
                for alternative in alternatives {
                    union.formUnion(ends(of: alternative, from: positions, in: words))
                }
                positions = union
            }
        }
        return positions
    }
}

/// Recursive-descent parser of the pattern syntax; collects every error it can.
private struct PatternParser {
    let scalars: [Unicode.Scalar]
    let tokenizer: Tokenizer
    var position = 0
    var errors: [PhrasePattern.SyntaxError] = []
    var wordCount = 0

    init(scalars: [Unicode.Scalar], tokenizer: Tokenizer) {
        self.scalars = scalars
        self.tokenizer = tokenizer
    }

    mutating func fail(_ message: String, at offset: Int) {
        errors.append(PhrasePattern.SyntaxError(message: message, offset: offset))
    }

    mutating func parse() -> [[PhrasePattern.Element]] {
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else {
            fail("empty pattern", at: 0)
            return []
        }
        let alternatives = parseAlternatives(depth: 0)
        while position < scalars.count {
            // Only a stray ')' stops the top level early.
            fail("unbalanced ')': no '(' opens it", at: position)
            position += 1
            _ = parseAlternatives(depth: 0)
        }
        if errors.isEmpty, wordCount == 0 {
            fail("a pattern needs at least one word; this one would match every message", at: 0)
        }
        return alternatives
    }

    /// `sequence ('|' sequence)*`, stopping before `)` or at the end.
    mutating func parseAlternatives(depth: Int) -> [[PhrasePattern.Element]] {
        var alternatives = [parseSequence(depth: depth)]
        while position < scalars.count, scalars[position] == "|" {
            position += 1
            alternatives.append(parseSequence(depth: depth))
        }
        return alternatives
    }

    mutating func parseSequence(depth: Int) -> [PhrasePattern.Element] {
        var elements: [PhrasePattern.Element] = []
        var literal = ""
        var lastWildcard: Int?

        func flush(_ parser: inout PatternParser) {
            let words = parser.tokenizer.tokenize(literal).filter { $0.kind != .punctuation }.map(\.normalized)
            if !words.isEmpty { lastWildcard = nil }
            parser.wordCount += words.count
            elements.append(contentsOf: words.map(PhrasePattern.Element.word))
            literal = ""
        }

        while position < scalars.count {
            let scalar = scalars[position]
            switch scalar {
            case "|", ")":
                flush(&self)
                return elements
            case "*":
                flush(&self)
                if let previous = lastWildcard {
                    fail("repeated wildcard: '*' right after the '*' at offset \(previous) adds nothing", at: position)
                }
                lastWildcard = position
                elements.append(.wildcard)
                position += 1
            case "(":
                flush(&self)
                let open = position
                position += 1
                let alternatives = parseAlternatives(depth: depth + 1)
                if position < scalars.count, scalars[position] == ")" {
                    position += 1
                } else {
                    fail("unbalanced '(': no ')' closes it", at: open)
                }
                if alternatives.allSatisfy(\.isEmpty) {
                    fail("empty group '()'", at: open)
                }
                elements.append(.group(alternatives))
                lastWildcard = nil
            default:
                literal.unicodeScalars.append(scalar)
                if !scalar.properties.isWhitespace { lastWildcard = nil }
                position += 1
            }
        }
        flush(&self)
        return elements
    }
}

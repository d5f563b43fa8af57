import ConciergeBot

/// The intents' patterns with their words numbered: a message's words are looked up once, in
/// one table of every pattern word, and the patterns compare numbers instead of strings.
/// Every pattern is tried on every message, so string comparisons were most of the rules'
/// time.
///
///     let set = PatternSet([("talk_to_human", try PhrasePattern("(talk|speak) to (a|) human *"))])
///     set.firstMatch(["talk", "to", "a", "human", "now"])   // "talk_to_human"
///
/// The same answers as `PhrasePattern.matches`, pattern by pattern in order: the numbers stand
/// for the words as `String` equality tells them apart, and a word no pattern holds is -1.
///
/// A class, as `ExampleTable`: a `Bot` holding the tables inline changed its layout enough to
/// crash debug test builds that copy a `Bot?` (Swift 6.3; see `Bot.Parts`).
final class PatternSet: Sendable {
    private let table: PatternTable

    init(_ patterns: [(intent: String, pattern: PhrasePattern)]) {
        table = PatternTable(patterns)
    }

    var patterns: [(intent: String, pattern: PhrasePattern)] { table.patterns }

    /// The intent of the first pattern that matches the whole message, given its words
    /// (`RuleMatcher.words`).
    func firstMatch(_ words: [String]) -> String? {
        table.firstMatch(words)
    }
}

/// `PatternSet`'s tables.
private struct PatternTable: Sendable {
    /// One part of a pattern: a word's number, `*`, or a group whose alternatives are
    /// `sequences[first ..< first + count]`. Flat, so matching walks arrays and retains nothing.
    private struct Node: Sendable {
        enum Kind: UInt8, Sendable { case word, wildcard, group }
        var kind: Kind
        var word: Int32 = -1
        var first: Int32 = 0
        var count: Int32 = 0
    }

    /// A sequence of parts: `nodes[first ..< first + count]`.
    private struct Sequence: Sendable {
        var first: Int32
        var count: Int32
    }

    let patterns: [(intent: String, pattern: PhrasePattern)]
    private var nodes: [Node] = []
    private var sequences: [Sequence] = []
    /// Per pattern, the group of its alternatives.
    private var roots: [Node] = []
    /// Per pattern, words one of which every match holds (nil: none such): a message with
    /// none of them is not walked. "(talk|speak) to *" needs "talk" or "speak" (or "to").
    private var required: [[Int32]?] = []
    private var vocabulary = WordTable<Int32>()

    init(_ patterns: [(intent: String, pattern: PhrasePattern)]) {
        self.patterns = patterns
        roots = patterns.map { group($0.pattern.alternatives) }
        required = patterns.map { pattern in
            // Every pattern word is in the vocabulary by now.
            pattern.pattern.requiredWords.map { $0.compactMap { vocabulary[$0] } }
        }
    }

    /// A group node of `alternatives`, their nodes and sequences added.
    private mutating func group(_ alternatives: [[PhrasePattern.Element]]) -> Node {
        // Nested groups are added first, so each group's sequences and each sequence's nodes stay contiguous.
        let built = alternatives.map { sequence($0) }
        let first = Int32(sequences.count)
        sequences.append(contentsOf: built)
        return Node(kind: .group, first: first, count: Int32(built.count))
    }

    private mutating func sequence(_ elements: [PhrasePattern.Element]) -> Sequence {
        var parts: [Node] = []
        for element in elements {
            switch element {
            case .word(let word):
                let number = vocabulary[word] ?? Int32(vocabulary.count)
                if number == vocabulary.count { vocabulary.insert(word, number) }
                parts.append(Node(kind: .word, word: number))
            case .wildcard: parts.append(Node(kind: .wildcard))
            case .group(let alternatives): parts.append(group(alternatives))
            }
        }
        let first = Int32(nodes.count)
        nodes.append(contentsOf: parts)
        return Sequence(first: first, count: Int32(parts.count))
    }

    /// The intent of the first pattern that matches the whole message, given its words
    /// (`RuleMatcher.words`).
    func firstMatch(_ words: [String]) -> String? {
        guard !patterns.isEmpty else { return nil }
        guard words.count < UInt64.bitWidth else {
            // Positions beyond a machine word: the patterns' own matching, on sets.
            return patterns.first { $0.pattern.matches(words) }?.intent
        }
        let numbers = words.map { vocabulary[$0] ?? -1 }
        // The pattern words the message holds, as bits of their numbers.
        var present = [UInt64](repeating: 0, count: (vocabulary.count + 63) / 64)
        for number in numbers where number >= 0 { present[Int(number) / 64] |= 1 << UInt64(number % 64) }
        let end: UInt64 = 1 << UInt64(words.count)
        return nodes.withUnsafeBufferPointer { nodes in
            sequences.withUnsafeBufferPointer { sequences in
                numbers.withUnsafeBufferPointer { numbers in
                    let walk = Walk(nodes: nodes, sequences: sequences, words: numbers)
                    return roots.indices.first { pattern in
                        if let needed = required[pattern],
                           !needed.contains(where: { present[Int($0) / 64] & (1 << UInt64($0 % 64)) != 0 }) { return false }
                        return walk.ends(of: roots[pattern], from: 1) & end != 0
                    }.map { patterns[$0].intent }
                }
            }
        }
    }

    /// `PhrasePattern`'s simulation on sets of positions (bit i: position i), on numbers.
    private struct Walk {
        let nodes: UnsafeBufferPointer<Node>
        let sequences: UnsafeBufferPointer<Sequence>
        let words: UnsafeBufferPointer<Int32>

        /// The positions where `node` can end when it starts at any of `starts`.
        func ends(of node: Node, from starts: UInt64) -> UInt64 {
            switch node.kind {
            case .word:
                var next: UInt64 = 0
                var rest = starts
                while rest != 0 {
                    let position = rest.trailingZeroBitCount
                    rest &= rest - 1
                    if position < words.count, words[position] == node.word { next |= 1 << UInt64(position + 1) }
                }
                return next
            case .wildcard:
                // Every position from the first one up to the end of the message.
                let upToEnd: UInt64 = words.count + 1 == UInt64.bitWidth ? ~0 : (1 << UInt64(words.count + 1)) - 1
                return upToEnd & ~((1 << UInt64(starts.trailingZeroBitCount)) - 1)
            case .group:
                var union: UInt64 = 0
                for index in Int(node.first)..<Int(node.first + node.count) {
                    union |= ends(of: sequences[index], from: starts)
                }
                return union
            }
        }

        func ends(of sequence: Sequence, from starts: UInt64) -> UInt64 {
            var positions = starts
            for index in Int(sequence.first)..<Int(sequence.first + sequence.count) {
                if positions == 0 { return 0 }
                positions = ends(of: nodes[index], from: positions)
            }
            return positions
        }
    }
}

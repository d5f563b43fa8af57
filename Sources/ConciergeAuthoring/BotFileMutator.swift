import ConciergeNLU

/// Seeded mutations of bot files for fuzzing the loader: the mistakes a person makes while
/// editing YAML (a deleted line, a broken indent, a pasted stray byte, a file cut short, a
/// key written twice) plus random garbage. The same seed always gives the same mutations.
///
///     var mutator = BotFileMutator(seed: 7)
///     let broken = mutator.mutate("intents:\n  greet:\n    examples: [hi]\n")
///     // e.g. "intents:\n greet:\n    examples: [hi]\n" (one space of indent removed)
struct BotFileMutator: Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case deleteLine, swapIndentation, randomBytes, truncate, duplicateLine, swapLines, insertTab, deleteCharacters
    }

    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// One to three mutations of `text`, each of a kind chosen at random.
    mutating func mutate(_ text: String) -> String {
        var result = text
        let count = Int.random(in: 1...3, using: &random)
        for _ in 0..<count {
            let kind = Kind.allCases.randomElement(using: &random) ?? .deleteLine
            result = apply(kind, to: result)
        }
        return result
    }

    mutating func apply(_ kind: Kind, to text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return text }
        let index = Int.random(in: 0..<lines.count, using: &random)
        switch kind {
        case .deleteLine:
            lines.remove(at: index)
        case .swapIndentation:
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            let newIndent = [0, max(indent - 1, 0), indent + 1, indent + 2, max(indent - 2, 0)].randomElement(using: &random) ?? 0
            lines[index] = String(repeating: " ", count: newIndent) + body
        case .randomBytes:
            var scalars = Array(lines[index].unicodeScalars)
            let position = Int.random(in: 0...scalars.count, using: &random)
            let pool: [Unicode.Scalar] = [":", "-", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "#", "%", "@",
                                          "`", ",", "?", "\u{0}", "\u{7}", "\u{FEFF}", "\u{2028}", "é", "😀", "\r", "\t"]
            let length = Int.random(in: 1...4, using: &random)
            for _ in 0..<length {
                if Bool.random(using: &random), let scalar = pool.randomElement(using: &random) {
                    scalars.insert(scalar, at: position)
                } else if let scalar = Unicode.Scalar(UInt32.random(in: 0x20...0x7E, using: &random)) {
                    scalars.insert(scalar, at: position)
                }
            }
            lines[index] = String(String.UnicodeScalarView(scalars))
        case .truncate:
            let scalars = Array(text.unicodeScalars)
            let cut = Int.random(in: 0...scalars.count, using: &random)
            return String(String.UnicodeScalarView(scalars[0..<cut]))
        case .duplicateLine:
            // A key line written twice is the "duplicated key" mistake.
            lines.insert(lines[index], at: index)
        case .swapLines:
            let other = Int.random(in: 0..<lines.count, using: &random)
            lines.swapAt(index, other)
        case .insertTab:
            lines[index] = "\t" + lines[index]
        case .deleteCharacters:
            var scalars = Array(lines[index].unicodeScalars)
            guard !scalars.isEmpty else { break }
            let start = Int.random(in: 0..<scalars.count, using: &random)
            let end = min(scalars.count, start + Int.random(in: 1...5, using: &random))
            scalars.removeSubrange(start..<end)
            lines[index] = String(String.UnicodeScalarView(scalars))
        }
        return lines.joined(separator: "\n")
    }
}

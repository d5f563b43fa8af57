/// Phrases of a few words, each with a value, kept as a trie of words: finding the longest
/// phrase at a word of a message costs one dictionary lookup per word matched, however many
/// phrases share their first words ("my boss decides", "my boss signs off", …).
/// A phrase written with a trailing "$" only matches at the end of a clause (or before one
/// of the `PhraseTrailers`), so "i do$" matches "I do." but not "I do need help".
///
///     let table = PhraseTable([("no problem", true), ("no", false)])
///     table.match(words, at: 0)   // "no problem, go ahead" → (true, length 2)
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        /// The value of the phrase ending here, anywhere in a clause.
        var open: Value?
        /// The value of the phrase ending here, at the end of a clause only.
        var closed: Value?
    }

    private var nodes = [Node()]

    init(_ phrases: [(String, Value)]) {
        for (phrase, value) in phrases {
            var text = Substring(phrase)
            let closed = text.hasSuffix("$")
            if closed { text = text.dropLast() }
            var node = 0
            for word in text.split(separator: " ") {
                let key = String(word)
                if let next = nodes[node].children[key] {
                    node = next
                } else {
                    nodes.append(Node())
                    nodes[node].children[key] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            guard node != 0 else { continue }
            if closed { nodes[node].closed = value } else { nodes[node].open = value }
        }
    }

    /// The words phrases start with, for `UnderstandingLexicon`.
    var firstWords: [String] { Array(nodes[0].children.keys) }

    /// The longest phrase starting at item `index`, with its length in items.
    func match(_ words: MessageWords, at index: Int) -> (value: Value, length: Int)? {
        var best: (value: Value, length: Int)?
        var node = 0
        var at = index
        while at < words.count, let next = nodes[node].children[words[at].text] {
            node = next
            at += 1
            if let value = nodes[node].closed,
               words.clauseEnds(after: at - 1) || PhraseTrailers.words.contains(words[at].text) {
                best = (value, at - index)
            } else if let value = nodes[node].open {
                best = (value, at - index)
            }
        }
        return best
    }
}

/// Words that may follow a closed phrase: "not sure yet", "I do, thanks", "no idea tbh".
enum PhraseTrailers {
    static let words: Set<String> = [
        "yet", "exactly", "sorry", "honestly", "tbh", "either", "now", "atm", "thanks", "thank",
        "please", "lol", "haha", "mate", "man", "then", "though", "anyway", "actually", "still",
        "and", "but", "so", "too", "yes", "yeah", "no", "sure", "ok", "okay", "right", "again",
        "myself", "personally", "currently", "unfortunately", "obviously", "definitely",
    ]
}

/// Phrases of a few words, each with a value, found at a word of a message by one dictionary
/// lookup on that word and a comparison of the few phrases starting with it, longest first.
/// A phrase written with a trailing "$" only matches at the end of a clause (or before one
/// of the `trailers`), so "i do$" matches "I do." but not "I do need help".
///
///     let table = PhraseTable(["no problem": true, "no": false])
///     table.match(words, at: 0)   // "no problem, go ahead" → (true, length 2)
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var closed: Bool
        var value: Value
    }

    private var byFirstWord: [String: [Entry]] = [:]

    init(_ phrases: [(String, Value)]) {
        for (phrase, value) in phrases {
            var text = Substring(phrase)
            let closed = text.hasSuffix("$")
            if closed { text = text.dropLast() }
            let words = text.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Entry(words: words, closed: closed, value: value))
        }
        for key in byFirstWord.keys {
            byFirstWord[key]?.sort { $0.words.count > $1.words.count }
        }
    }

    /// The longest phrase starting at item `index` (within one clause), with its length in items.
    func match(_ words: MessageWords, at index: Int) -> (value: Value, length: Int)? {
        guard index < words.count, let entries = byFirstWord[words[index].text] else { return nil }
        for entry in entries where fits(entry, words, at: index) {
            return (entry.value, entry.words.count)
        }
        return nil
    }

    private func fits(_ entry: Entry, _ words: MessageWords, at index: Int) -> Bool {
        let end = index + entry.words.count
        guard end <= words.count else { return false }
        for offset in 1..<max(entry.words.count, 1) where words[index + offset].text != entry.words[offset] {
            return false
        }
        guard entry.closed else { return true }
        return words.clauseEnds(after: end - 1) || PhraseTrailers.words.contains(words[end].text)
    }
}

/// Words that may follow a closed phrase: "not sure yet", "I do, thanks", "no idea tbh".
enum PhraseTrailers {
    static let words: Set<String> = [
        "yet", "really", "exactly", "sorry", "honestly", "tbh", "either", "now", "atm", "thanks", "thank",
        "please", "lol", "haha", "mate", "man", "then", "though", "anyway", "actually", "still",
        "and", "but", "so", "too", "yes", "yeah", "no", "sure", "ok", "okay", "right", "again",
        "myself", "personally", "currently", "unfortunately", "obviously", "definitely",
    ]
}

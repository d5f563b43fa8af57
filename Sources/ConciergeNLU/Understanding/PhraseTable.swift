/// Phrases of a few words, each with a value, kept as a trie of words: finding the longest
/// phrase at a word of a message costs one dictionary lookup per word matched, however many
/// phrases share their first words ("my boss decides", "my boss signs off", …).
/// A phrase written with a trailing "$" only matches at the end of a clause (or before one
/// of the `PhraseTrailers`), so "i do$" matches "I do." but not "I do need help".
///
///     var table = PhraseTable([("no problem", true), ("no", false)])
///     table.add(combining: ["my boss", "our cfo"], with: ["decides", "signs off"], false)   // 4 phrases
///     table.match(words, at: 0)   // "no problem, go ahead" → (true, length 2)
///
/// The trie is flat, so that building it costs no allocation per node (the tables are built
/// on a process's first message, and `AnswerPhrases` holds thousands of phrases: as a
/// dictionary per node it was a third of a warm `concierge parse`, BENCHMARKS.md, issue #18):
/// each distinct word gets a number, and one open-addressing table maps (node, word number)
/// to the child node.
struct PhraseTable<Value: Sendable>: Sendable {
    /// The number of each word some phrase holds (found by a message word's key).
    private var wordNumbers = WordTable<UInt32>()
    /// The words phrases start with, by number, in the order first added.
    private var firstWordNumbers: [UInt32] = []
    /// Edges: key `node << 32 | word number + 1` (0 marks a free slot), child node beside it.
    private var edgeKeys: [UInt64] = Array(repeating: 0, count: 64)
    private var edgeChildren: [Int32] = Array(repeating: 0, count: 64)
    private var edgeCount = 0
    /// Per node: the value of the phrase ending there anywhere in a clause (`open`), or only
    /// at the end of one (`closed`). Node 0 is the root.
    private var open: [Value?] = [nil]
    private var closed: [Value?] = [nil]

    init(_ phrases: [(String, Value)]) {
        for (phrase, value) in phrases { add(phrase, value) }
    }

    /// Adds one phrase; a later phrase's value replaces an earlier one's for the same words.
    mutating func add(_ phrase: String, _ value: Value) {
        add(combining: [""], with: [phrase], value)
    }

    /// Adds every phrase `prefix + " " + suffix`, without building their texts: the same
    /// table as adding each of them in turn, for every prefix, every suffix.
    mutating func add(combining prefixes: [String], with suffixes: [String], _ value: Value) {
        let endings = suffixes.map { suffix -> (words: [UInt32], closed: Bool) in
            let closed = suffix.utf8.last == UInt8(ascii: "$")
            return (numbers(of: closed ? Substring(suffix).dropLast() : Substring(suffix)), closed)
        }
        for prefix in prefixes {
            let start = walk(numbers(of: Substring(prefix)), from: 0)
            for ending in endings {
                let node = walk(ending.words, from: start)
                guard node != 0 else { continue }
                if ending.closed { closed[node] = value } else { open[node] = value }
            }
        }
    }

    /// The words phrases start with, for `UnderstandingLexicon`.
    var firstWords: [String] {
        var names = [String](repeating: "", count: wordNumbers.count)
        for (word, number) in wordNumbers.dictionary { names[Int(number)] = word }
        return firstWordNumbers.map { names[Int($0)] }
    }

    /// Whether some phrase starts at some item of `words`.
    func occurs(in words: MessageWords) -> Bool {
        (0..<words.count).contains { match(words, at: $0) != nil }
    }

    /// The longest phrase starting at item `index`, with its length in items.
    func match(_ words: MessageWords, at index: Int) -> (value: Value, length: Int)? {
        var best: (value: Value, length: Int)?
        var node = 0
        var at = index
        while at < words.count, let word = wordNumbers[words[at].text, words[at].key],
              let next = child(of: node, word: word) {
            node = next
            at += 1
            if let value = closed[node],
               words.clauseEnds(after: at - 1) || PhraseTrailers.words.contains(words[at].text, words[at].key) {
                best = (value, at - index)
            } else if let value = open[node] {
                best = (value, at - index)
            }
        }
        return best
    }

    /// The numbers of a text's words (split at spaces, empty words dropped), numbering new words.
    private mutating func numbers(of text: Substring) -> [UInt32] {
        text.utf8.split(separator: UInt8(ascii: " ")).map { bytes in
            let word = String(Substring(bytes))
            if let number = wordNumbers[word] { return number }
            let number = UInt32(wordNumbers.count)
            wordNumbers.insert(word, number)
            return number
        }
    }

    /// The node the words lead to from `node`, adding the nodes that are missing.
    private mutating func walk(_ words: [UInt32], from node: Int) -> Int {
        var node = node
        for word in words {
            if let next = child(of: node, word: word) {
                node = next
                continue
            }
            if node == 0 { firstWordNumbers.append(word) }
            open.append(nil)
            closed.append(nil)
            insertEdge(key: Self.key(node, word), child: open.count - 1)
            node = open.count - 1
        }
        return node
    }

    private static func key(_ node: Int, _ word: UInt32) -> UInt64 {
        UInt64(node) << 32 | UInt64(word + 1)
    }

    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private func child(of node: Int, word: UInt32) -> Int? {
        let key = Self.key(node, word)
        let mask = edgeKeys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while edgeKeys[slot] != 0 {
            if edgeKeys[slot] == key { return Int(edgeChildren[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func insertEdge(key: UInt64, child: Int) {
        if (edgeCount + 1) * 2 > edgeKeys.count { grow() }
        let mask = edgeKeys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while edgeKeys[slot] != 0 { slot = (slot + 1) & mask }
        edgeKeys[slot] = key
        edgeChildren[slot] = Int32(child)
        edgeCount += 1
    }

    /// Doubles the edge table (kept at most half full, so probes stay short).
    private mutating func grow() {
        let keys = edgeKeys
        let children = edgeChildren
        edgeKeys = Array(repeating: 0, count: keys.count * 2)
        edgeChildren = Array(repeating: 0, count: keys.count * 2)
        let mask = edgeKeys.count - 1
        for (key, child) in zip(keys, children) where key != 0 {
            var slot = Self.slot(of: key, mask: mask)
            while edgeKeys[slot] != 0 { slot = (slot + 1) & mask }
            edgeKeys[slot] = key
            edgeChildren[slot] = child
        }
    }
}

/// Words that may follow a closed phrase: "not sure yet", "I do, thanks", "no idea tbh".
enum PhraseTrailers {
    static let words: WordSet = [
        "yet", "exactly", "sorry", "honestly", "tbh", "either", "now", "atm", "thanks", "thank",
        "please", "lol", "haha", "mate", "man", "then", "though", "anyway", "actually", "still",
        "and", "but", "so", "too", "yes", "yeah", "no", "sure", "ok", "okay", "right", "again",
        "myself", "personally", "currently", "unfortunately", "obviously", "definitely", "basically",
    ]
}

/// A word's key for `WordTable`: FNV-1a over its UTF-8 bytes, with splitmix64's finaliser,
/// for a word of ASCII only (nil for any other word, which the table looks up the way a
/// `Dictionary` does). Computed once per word of a message, it spares each lookup of the
/// word the string hashing of a `Dictionary` (seeded SipHash over the whole string).
///
///     let key = WordKey("price")   // WordKey(value: …); WordKey("prix€") is nil
struct WordKey: Hashable, Sendable {
    /// Never 0: 0 marks a free slot of a table.
    let value: UInt64

    init?(_ word: String) {
        var state: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 {
            if byte >= 0x80 { return nil }
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        state = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        state = (state ^ (state >> 27)) &* 0x94D0_49BB_1331_11EB
        value = (state ^ (state >> 31)) | 1
    }
}

/// A map from words to values with the lookups of a `[String: Value]` (canonically equivalent
/// strings are the same word), where an ASCII word is found by its precomputed `WordKey`: one
/// probe of an open-addressing table and one comparison of the word, instead of hashing it.
///
///     let table = WordTable<Int>(["one": 1, "two": 2])
///     table["two"]                                   // 2
///     table[word.text, word.key]                     // with the key of a message word
struct WordTable<Value: Sendable>: Sendable {
    /// Every entry: the lookups of words that are not ASCII, and iteration.
    private(set) var dictionary: [String: Value] = [:]
    /// Slots: the key (0 free) and the entry's index in `words` and `values`.
    private var slotKeys: [UInt64] = Array(repeating: 0, count: 16)
    private var slotEntries: [Int32] = Array(repeating: 0, count: 16)
    /// The entries an ASCII word can equal, by the ASCII spelling they are equal to.
    private var words: [String] = []
    private var values: [Value] = []

    init(_ entries: [String: Value] = [:]) {
        for (word, value) in entries { insert(word, value) }
    }

    var count: Int { dictionary.count }

    subscript(word: String) -> Value? { self[word, WordKey(word)] }

    /// The value of `word`, whose key (`WordKey(word)`) the caller has already.
    subscript(word: String, key: WordKey?) -> Value? {
        guard let key else { return dictionary[word] }
        let mask = slotKeys.count - 1
        var slot = Int(truncatingIfNeeded: key.value) & mask
        while true {
            let stored = slotKeys[slot]
            if stored == 0 { return nil }
            if stored == key.value {
                let entry = Int(slotEntries[slot])
                if words[entry] == word { return values[entry] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `word`, or replaces its value.
    mutating func insert(_ word: String, _ value: Value) {
        dictionary[word] = value
        // A word an ASCII word can equal: ASCII itself, or (rarely) spelled with scalars that
        // each equal an ASCII character (the Kelvin sign is "K"). No other word can.
        guard let ascii = Self.asciiEquivalent(of: word), let key = WordKey(ascii) else { return }
        let mask = slotKeys.count - 1
        var slot = Int(truncatingIfNeeded: key.value) & mask
        while slotKeys[slot] != 0 {
            let entry = Int(slotEntries[slot])
            if slotKeys[slot] == key.value, words[entry] == ascii {
                values[entry] = value
                return
            }
            slot = (slot + 1) & mask
        }
        words.append(ascii)
        values.append(value)
        slotKeys[slot] = key.value
        slotEntries[slot] = Int32(words.count - 1)
        if words.count * 2 > slotKeys.count { grow() }
    }

    /// Doubles the slots (kept at most half full, so probes stay short).
    private mutating func grow() {
        let capacity = slotKeys.count * 2
        slotKeys = Array(repeating: 0, count: capacity)
        slotEntries = Array(repeating: 0, count: capacity)
        let mask = capacity - 1
        for (entry, word) in words.enumerated() {
            guard let key = WordKey(word) else { continue }
            var slot = Int(truncatingIfNeeded: key.value) & mask
            while slotKeys[slot] != 0 { slot = (slot + 1) & mask }
            slotKeys[slot] = key.value
            slotEntries[slot] = Int32(entry)
        }
    }

    /// The ASCII string equal to `word` (as Swift compares strings), if there is one.
    static func asciiEquivalent(of word: String) -> String? {
        if WordKey(word) != nil { return word }
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                scalars.append(scalar)
                continue
            }
            let single = String(scalar)
            guard let ascii = (0..<128).lazy.map({ Unicode.Scalar(UInt8($0)) }).first(where: { String($0) == single })
            else { return nil }
            scalars.append(ascii)
        }
        let candidate = String(scalars)
        return candidate == word ? candidate : nil
    }
}

/// A set of words with the lookups of `WordTable`.
///
///     let greetings: WordSet = ["hi", "hello"]
///     greetings.contains(word.text, word.key)
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table: WordTable<Bool>

    init(_ words: some Sequence<String>) {
        table = WordTable()
        for word in words { table.insert(word, true) }
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// The words, in no particular order.
    var words: Dictionary<String, Bool>.Keys { table.dictionary.keys }

    func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the set holds `word`, whose key the caller has already.
    func contains(_ word: String, _ key: WordKey?) -> Bool { table[word, key] != nil }
}

import ConciergeText

/// One word of a message as the readings of `Understanding` see it: the tokenizer's
/// normalized form with chat spellings expanded ("im" → "i am", "dont" → "do not", "'s" →
/// "is"), its place in the message, and how it was written.
struct MessageWord: Sendable {
    /// Normalized, lower case; punctuation and symbols keep their character.
    let text: String
    /// `WordKey(text)`, once: the readings' word tables look the word up by it.
    let key: WordKey?
    /// Unicode scalar offsets of the token it comes from (both halves of "im" share them).
    var start: Int
    var end: Int
    var kind: Token.Kind
    /// Written with a capital first letter ("Ana", "ACME").
    var capitalized: Bool
    /// Written in capitals only, two letters or more ("ACME", "SELLING"): emphasis as often as a name.
    var shouted = false
    /// Preceded by whitespace or the start of the message (not glued to the token before).
    var spaced: Bool
    /// What the readings may do with the word, looked up once (see `UnderstandingLexicon`).
    var roles: WordRoles
    /// Punctuation that ends a clause (a phrase never runs across it), or an emoji.
    var isBreak: Bool

    init(text: String, key: WordKey?, start: Int, end: Int, kind: Token.Kind, capitalized: Bool, spaced: Bool,
         roles: WordRoles) {
        self.text = text
        self.key = key
        self.start = start
        self.end = end
        self.kind = kind
        self.capitalized = capitalized
        self.spaced = spaced
        self.roles = roles
        switch kind {
        case .punctuation: isBreak = MessageWords.breaks.contains(text, key) || (text == "-" && spaced)
        case .emoji: isBreak = true
        default: isBreak = false
        }
    }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number || kind == .money }
}

/// The words of a message, built once from its tokens for every reading.
///
///     let words = MessageWords(tokens: Tokenizer().tokenize("im Ana, dont ask"))
///     words.items.map(\.text)   // ["i", "am", "ana", ",", "do", "not", "ask"]
struct MessageWords: Sendable {
    var items: [MessageWord]
    /// How many items are words, numbers or emoji (not punctuation or symbols).
    var contentCount: Int

    /// Punctuation that separates clauses.
    static let breaks: WordSet = [",", ".", "!", "?", ";", ":", "(", ")", "…", "\"", "—", "–", "/", "|"]

    /// The possessive clitics, which "'s" shares with "is".
    static let possessives: WordSet = ["'s", "’s"]

    /// Chat spellings of contractions, written without the apostrophe, and clitics.
    static let expansions: [String: [String]] = [
        "im": ["i", "am"], "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
        "cant": ["can", "not"], "wont": ["will", "not"], "isnt": ["is", "not"], "arent": ["are", "not"],
        "wasnt": ["was", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"], "wouldnt": ["would", "not"],
        "couldnt": ["could", "not"], "shouldnt": ["should", "not"], "thats": ["that", "is"], "whats": ["what", "is"],
        "its": ["it", "is"], "youre": ["you", "are"], "theyre": ["they", "are"], "ive": ["i", "have"],
        "lets": ["let", "us"], "wanna": ["want", "to"], "gonna": ["going", "to"],
        "'s": ["is"], "’s": ["is"], "'m": ["am"], "'re": ["are"], "'ve": ["have"], "'d": ["would"], "'ll": ["will"],
        "u": ["you"], "ur": ["your"], "pls": ["please"], "plz": ["please"], "thx": ["thanks"], "ty": ["thanks"],
        "ppl": ["people"], "yrs": ["years"],
    ]

    init(tokens: [Token]) {
        var items: [MessageWord] = []
        items.reserveCapacity(tokens.count + 4)
        var content = 0
        var previousEnd = -1
        for (index, token) in tokens.enumerated() {
            let spaced = token.start != previousEnd
            previousEnd = token.end
            // "decision-maker", "e-mail": a hyphen inside a word joins, it does not separate.
            if token.kind == .punctuation, token.text == "-", !spaced, index > 0, index + 1 < tokens.count,
               tokens[index - 1].kind == .word, tokens[index + 1].kind == .word, tokens[index + 1].start == token.end {
                continue
            }
            let capitalized = MessageWords.startsUppercase(token.text)
            let key = WordKey(token.normalized)
            // "Dan's Bikes", "McDonald's Store": a possessive between capitalised words is part of
            // a name, not "is".
            if MessageWords.possessives.contains(token.normalized, key), !spaced, index > 0, index + 1 < tokens.count,
               MessageWords.startsUppercase(tokens[index - 1].text), MessageWords.startsUppercase(tokens[index + 1].text) {
                items.append(MessageWord(text: token.normalized, key: key, start: token.start,
                                         end: token.end, kind: .word, capitalized: true, spaced: false, roles: []))
                continue
            }
            // One lookup per word: its roles say whether it is worth any other lookup.
            let roles = token.kind == .word || token.kind == .emoji
                ? UnderstandingLexicon.roles[token.normalized, key] ?? [] : []
            if roles.contains(.expands), let parts = MessageWords.expansions[token.normalized] {
                for part in parts {
                    let partKey = WordKey(part)
                    items.append(MessageWord(text: part, key: partKey, start: token.start, end: token.end, kind: .word,
                                             capitalized: capitalized, spaced: spaced,
                                             roles: UnderstandingLexicon.roles[part, partKey] ?? []))
                    content += 1
                }
                continue
            }
            var word = MessageWord(text: token.normalized, key: key, start: token.start, end: token.end, kind: token.kind,
                                   capitalized: capitalized, spaced: spaced, roles: roles)
            word.shouted = capitalized && token.kind == .word && MessageWords.isShouted(token.text)
            if word.isWord || word.isNumber || word.kind == .emoji { content += 1 }
            items.append(word)
        }
        // "a/b tests", "email/sms", "SSO/SAML": a slash glued between two words joins them; only a
        // spaced one ("email / sms?") or one at an edge breaks a clause (blind audit 43 kept
        // "landing pages + a" as the need).
        for index in items.indices.dropFirst().dropLast() where items[index].text == "/" && !items[index].spaced
            && !items[index + 1].spaced && !items[index - 1].isBreak && !items[index + 1].isBreak {
            items[index].isBreak = false
        }
        self.items = items
        self.contentCount = content
    }

    /// Whether a word of two letters or more has no lower-case letter ("ACME", "SELLING").
    static func isShouted(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether a token is written with a capital first letter; ASCII without a property lookup.
    static func startsUppercase(_ text: String) -> Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
    }

    var count: Int { items.count }
    subscript(index: Int) -> MessageWord { items[index] }

    /// The normalized text of item `index`, nil outside the message.
    func text(_ index: Int) -> String? {
        index >= 0 && index < items.count ? items[index].text : nil
    }

    /// Whether one of the `limit` words before item `index`, in its clause, passes `test`, which
    /// also gets how many words lie between that word and `index` (0 for the word right before).
    /// Numbers and symbols are passed over uncounted.
    ///
    ///     words.anyWord(before: 4, upTo: 8) { word, _ in word.text == "ask" }   // "I'll ask support on monday"
    func anyWord(before index: Int, upTo limit: Int, _ test: (MessageWord, Int) -> Bool) -> Bool {
        var at = index - 1
        var seen = 0
        while at >= 0, !items[at].isBreak, seen < limit {
            if items[at].isWord {
                if test(items[at], seen) { return true }
                seen += 1
            }
            at -= 1
        }
        return false
    }

    /// Whether one of the `limit` words from item `index` on, in its clause, passes `test`.
    func anyWord(from index: Int, upTo limit: Int, _ test: (MessageWord) -> Bool) -> Bool {
        var at = index
        var seen = 0
        while at < items.count, !items[at].isBreak, seen < limit {
            if items[at].isWord {
                if test(items[at]) { return true }
                seen += 1
            }
            at += 1
        }
        return false
    }

    /// Whether a clause ends right after `index`: the end of the message or a break.
    func clauseEnds(after index: Int) -> Bool {
        index + 1 >= items.count || items[index + 1].isBreak
    }

    /// The clauses of the message as ranges of item indices: the runs between breaks, and
    /// between the words `splitsAlso` marks ("but" in "delete my phone but keep the email").
    ///
    ///     MessageWords(tokens: Tokenizer().tokenize("Acme, 8 people")).clauses()   // [0..<1, 2..<4]
    func clauses(splitsAlso: (MessageWord) -> Bool = { _ in false }) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var index = 0
        while index < items.count {
            while index < items.count, items[index].isBreak || splitsAlso(items[index]) { index += 1 }
            let first = index
            while index < items.count, !items[index].isBreak, !splitsAlso(items[index]) { index += 1 }
            if first < index { clauses.append(first..<index) }
        }
        return clauses
    }

    /// The index of the first item starting at or after scalar offset `offset`.
    func index(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension String {
    /// The text between two Unicode scalar offsets, as written.
    ///
    ///     "I'm Ana".scalarSlice(4, 7)   // "Ana"
    func scalarSlice(_ start: Int, _ end: Int) -> String {
        let scalars = unicodeScalars
        guard start < end,
              let from = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex),
              let to = scalars.index(from, offsetBy: end - start, limitedBy: scalars.endIndex) else { return "" }
        return String(scalars[from..<to])
    }
}

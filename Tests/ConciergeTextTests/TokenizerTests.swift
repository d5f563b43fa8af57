import Testing
@testable import ConciergeText

/// A token as (kind, text, normalized, start, end), for compact expectation tables.
struct Expected: Equatable, CustomStringConvertible, Sendable {
    var kind: Token.Kind
    var text: String
    var normalized: String
    var start: Int
    var end: Int

    init(_ kind: Token.Kind, _ text: String, _ normalized: String, _ start: Int, _ end: Int) {
        (self.kind, self.text, self.normalized, self.start, self.end) = (kind, text, normalized, start, end)
    }

    init(_ token: Token) {
        self.init(token.kind, token.text, token.normalized, token.start, token.end)
    }

    var description: String { "\(kind)(\(text.debugDescription)→\(normalized.debugDescription) \(start)..<\(end))" }
}

private func tokens(_ text: String) -> [Expected] {
    Tokenizer().tokenize(text).map(Expected.init)
}

/// Every token's offsets must reproduce its text from the original scalars.
private func checkOffsets(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for token in Tokenizer().tokenize(text) {
        #expect(token.start >= previousEnd && token.start < token.end && token.end <= scalars.count,
                "\(token)", sourceLocation: sourceLocation)
        guard token.start < token.end, token.end <= scalars.count, token.start >= 0 else { continue }
        var slice = ""
        slice.unicodeScalars.append(contentsOf: scalars[token.start..<token.end])
        #expect(slice == token.text, sourceLocation: sourceLocation)
        #expect(!token.normalized.isEmpty, sourceLocation: sourceLocation)
        previousEnd = token.end
    }
}

@Suite struct TokenizerTests {
    @Test func emptyAndBlankInputGiveNoTokens() {
        #expect(tokens("").isEmpty)
        #expect(tokens(" \t\n\u{00A0}\u{3000}\u{200B}\u{0007}").isEmpty)
    }

    @Test(arguments: [
        ("Café", [Expected(.word, "Café", "cafe", 0, 4)]),
        ("ＡＢＣ", [Expected(.word, "ＡＢＣ", "abc", 0, 3)]),
        ("Straße", [Expected(.word, "Straße", "strasse", 0, 6)]),
        ("ﬁle", [Expected(.word, "ﬁle", "file", 0, 3)]),
        ("Cafe\u{0301}", [Expected(.word, "Cafe\u{0301}", "cafe", 0, 5)]),
        ("İstanbul", [Expected(.word, "İstanbul", "istanbul", 0, 8)]),
        ("ΟΔΟΣ Привет", [Expected(.word, "ΟΔΟΣ", "οδοσ", 0, 4), Expected(.word, "Привет", "привет", 5, 11)]),
        ("東京に", [Expected(.word, "東", "東", 0, 1), Expected(.word, "京", "京", 1, 2), Expected(.word, "に", "に", 2, 3)]),
        ("HeLLo", [Expected(.word, "HeLLo", "hello", 0, 5)]),
        ("mp3 3pm", [Expected(.word, "mp3", "mp3", 0, 3), Expected(.number, "3", "3", 4, 5), Expected(.word, "pm", "pm", 5, 7)]),
    ])
    func wordsAreFolded(text: String, expected: [Expected]) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("mail me at Ana@Example.com.", [
            Expected(.word, "mail", "mail", 0, 4), Expected(.word, "me", "me", 5, 7), Expected(.word, "at", "at", 8, 10),
            Expected(.email, "Ana@Example.com", "ana@example.com", 11, 26), Expected(.punctuation, ".", ".", 26, 27),
        ]),
        ("a@b.com.", [Expected(.email, "a@b.com", "a@b.com", 0, 7), Expected(.punctuation, ".", ".", 7, 8)]),
        ("first.last+tag@mail.acme.co.uk", [Expected(.email, "first.last+tag@mail.acme.co.uk", "first.last+tag@mail.acme.co.uk", 0, 30)]),
        ("x@y", [Expected(.word, "x", "x", 0, 1), Expected(.punctuation, "@", "@", 1, 2), Expected(.word, "y", "y", 2, 3)]),
        ("(ana@x.io)", [Expected(.punctuation, "(", "(", 0, 1), Expected(.email, "ana@x.io", "ana@x.io", 1, 9), Expected(.punctuation, ")", ")", 9, 10)]),
    ])
    func emails(text: String, expected: [Expected]) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("https://x.io/a?b=1", [Expected(.url, "https://x.io/a?b=1", "https://x.io/a?b=1", 0, 18)]),
        ("see HTTPS://X.io/Path.", [
            Expected(.word, "see", "see", 0, 3), Expected(.url, "HTTPS://X.io/Path", "https://x.io/Path", 4, 21),
            Expected(.punctuation, ".", ".", 21, 22),
        ]),
        ("www.acme.com, ok", [
            Expected(.url, "www.acme.com", "www.acme.com", 0, 12), Expected(.punctuation, ",", ",", 12, 13),
            Expected(.word, "ok", "ok", 14, 16),
        ]),
        ("acme.com", [Expected(.url, "acme.com", "acme.com", 0, 8)]),
        ("Acme.co.uk/pricing?", [Expected(.url, "Acme.co.uk/pricing", "acme.co.uk/pricing", 0, 18), Expected(.punctuation, "?", "?", 18, 19)]),
        ("(see en.wiki.org/A_(b))", [
            Expected(.punctuation, "(", "(", 0, 1), Expected(.word, "see", "see", 1, 4),
            Expected(.url, "en.wiki.org/A_(b)", "en.wiki.org/A_(b)", 5, 22), Expected(.punctuation, ")", ")", 22, 23),
        ]),
        ("hello.how", [Expected(.word, "hello", "hello", 0, 5), Expected(.punctuation, ".", ".", 5, 6), Expected(.word, "how", "how", 6, 9)]),
        ("e.g", [Expected(.word, "e", "e", 0, 1), Expected(.punctuation, ".", ".", 1, 2), Expected(.word, "g", "g", 2, 3)]),
        ("http://", [
            Expected(.word, "http", "http", 0, 4), Expected(.punctuation, ":", ":", 4, 5),
            Expected(.punctuation, "/", "/", 5, 6), Expected(.punctuation, "/", "/", 6, 7),
        ]),
    ])
    func urls(text: String, expected: [Expected]) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("1,200.50", [Expected(.number, "1,200.50", "1,200.50", 0, 8)]),
        ("3.5 40 1.5k", [Expected(.number, "3.5", "3.5", 0, 3), Expected(.number, "40", "40", 4, 6), Expected(.number, "1.5k", "1.5k", 7, 11)]),
        ("$5k", [Expected(.money, "$5k", "$5k", 0, 3)]),
        ("€200 £1,200.50 $20", [
            Expected(.money, "€200", "€200", 0, 4), Expected(.money, "£1,200.50", "£1,200.50", 5, 14), Expected(.money, "$20", "$20", 15, 18),
        ]),
        ("$5M 200€", [Expected(.money, "$5M", "$5m", 0, 3), Expected(.money, "200€", "200€", 4, 8)]),
        ("20%", [Expected(.number, "20", "20", 0, 2), Expected(.punctuation, "%", "%", 2, 3)]),
        ("it is 40.", [Expected(.word, "it", "it", 0, 2), Expected(.word, "is", "is", 3, 5), Expected(.number, "40", "40", 6, 8), Expected(.punctuation, ".", ".", 8, 9)]),
        ("1,2", [Expected(.number, "1", "1", 0, 1), Expected(.punctuation, ",", ",", 1, 2), Expected(.number, "2", "2", 2, 3)]),
        ("$ 5", [Expected(.symbol, "$", "$", 0, 1), Expected(.number, "5", "5", 2, 3)]),
        ("４２ ١٢٣", [Expected(.number, "４２", "42", 0, 2), Expected(.number, "١٢٣", "١٢٣", 3, 6)]),
        ("90's", [Expected(.number, "90", "90", 0, 2), Expected(.word, "'s", "'s", 2, 4)]),
        ("1.2.3", [Expected(.word, "1.2.3", "1.2.3", 0, 5)]),
        ("3km", [Expected(.number, "3", "3", 0, 1), Expected(.word, "km", "km", 1, 3)]),
    ])
    func numbersAndMoney(text: String, expected: [Expected]) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("don't", [Expected(.word, "do", "do", 0, 2), Expected(.word, "n't", "not", 2, 5)]),
        ("can't", [Expected(.word, "ca", "can", 0, 2), Expected(.word, "n't", "not", 2, 5)]),
        ("Won't", [Expected(.word, "Wo", "will", 0, 2), Expected(.word, "n't", "not", 2, 5)]),
        ("DON'T", [Expected(.word, "DO", "do", 0, 2), Expected(.word, "N'T", "not", 2, 5)]),
        ("I'm", [Expected(.word, "I", "i", 0, 1), Expected(.word, "'m", "am", 1, 3)]),
        ("you're", [Expected(.word, "you", "you", 0, 3), Expected(.word, "'re", "are", 3, 6)]),
        ("we've", [Expected(.word, "we", "we", 0, 2), Expected(.word, "'ve", "have", 2, 5)]),
        ("they'll", [Expected(.word, "they", "they", 0, 4), Expected(.word, "'ll", "will", 4, 7)]),
        ("she'd", [Expected(.word, "she", "she", 0, 3), Expected(.word, "'d", "would", 3, 5)]),
        ("it's", [Expected(.word, "it", "it", 0, 2), Expected(.word, "'s", "'s", 2, 4)]),
        ("John's", [Expected(.word, "John", "john", 0, 4), Expected(.word, "'s", "'s", 4, 6)]),
        ("ain't", [Expected(.word, "ai", "am", 0, 2), Expected(.word, "n't", "not", 2, 5)]),
        ("let's", [Expected(.word, "let", "let", 0, 3), Expected(.word, "'s", "us", 3, 5)]),
        ("y'all", [Expected(.word, "y'", "you", 0, 2), Expected(.word, "all", "all", 2, 5)]),
        ("shouldn't've", [Expected(.word, "should", "should", 0, 6), Expected(.word, "n't", "not", 6, 9), Expected(.word, "'ve", "have", 9, 12)]),
        ("cannot", [Expected(.word, "can", "can", 0, 3), Expected(.word, "not", "not", 3, 6)]),
        ("o'clock", [Expected(.word, "o'clock", "o'clock", 0, 7)]),
        ("rock'n'roll", [Expected(.word, "rock'n'roll", "rock'n'roll", 0, 11)]),
        ("O’Brien’s", [Expected(.word, "O’Brien", "o'brien", 0, 7), Expected(.word, "’s", "'s", 7, 9)]),
        ("don’t", [Expected(.word, "do", "do", 0, 2), Expected(.word, "n’t", "not", 2, 5)]),
        ("I‘m", [Expected(.word, "I", "i", 0, 1), Expected(.word, "‘m", "am", 1, 3)]),
        ("can’t", [Expected(.word, "ca", "can", 0, 2), Expected(.word, "n’t", "not", 2, 5)]),
        ("'hello'", [Expected(.punctuation, "'", "'", 0, 1), Expected(.word, "hello", "hello", 1, 6), Expected(.punctuation, "'", "'", 6, 7)]),
        ("‘hi’", [Expected(.punctuation, "‘", "'", 0, 1), Expected(.word, "hi", "hi", 1, 3), Expected(.punctuation, "’", "'", 3, 4)]),
        ("James' car", [Expected(.word, "James", "james", 0, 5), Expected(.punctuation, "'", "'", 5, 6), Expected(.word, "car", "car", 7, 10)]),
        ("n't", [Expected(.word, "n't", "n't", 0, 3)]),
    ])
    func contractionsAndApostrophes(text: String, expected: [Expected]) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("e-mail", [Expected(.word, "e", "e", 0, 1), Expected(.punctuation, "-", "-", 1, 2), Expected(.word, "mail", "mail", 2, 6)]),
        ("twenty-five", [Expected(.word, "twenty", "twenty", 0, 6), Expected(.punctuation, "-", "-", 6, 7), Expected(.word, "five", "five", 7, 11)]),
        ("1-on-1", [
            Expected(.number, "1", "1", 0, 1), Expected(.punctuation, "-", "-", 1, 2), Expected(.word, "on", "on", 2, 4),
            Expected(.punctuation, "-", "-", 4, 5), Expected(.number, "1", "1", 5, 6),
        ]),
        ("sci-fi", [Expected(.word, "sci", "sci", 0, 3), Expected(.punctuation, "-", "-", 3, 4), Expected(.word, "fi", "fi", 4, 6)]),
        ("a?!", [Expected(.word, "a", "a", 0, 1), Expected(.punctuation, "?", "?", 1, 2), Expected(.punctuation, "!", "!", 2, 3)]),
        ("#&@+", [
            Expected(.punctuation, "#", "#", 0, 1), Expected(.punctuation, "&", "&", 1, 2),
            Expected(.punctuation, "@", "@", 2, 3), Expected(.symbol, "+", "+", 3, 4),
        ]),
        ("snake_case", [Expected(.word, "snake", "snake", 0, 5), Expected(.punctuation, "_", "_", 5, 6), Expected(.word, "case", "case", 6, 10)]),
        ("a—b «c»", [
            Expected(.word, "a", "a", 0, 1), Expected(.punctuation, "—", "—", 1, 2), Expected(.word, "b", "b", 2, 3),
            Expected(.punctuation, "«", "«", 4, 5), Expected(.word, "c", "c", 5, 6), Expected(.punctuation, "»", "»", 6, 7),
        ]),
        ("© ™", [Expected(.symbol, "©", "©", 0, 1), Expected(.symbol, "™", "tm", 2, 3)]),
    ])
    func hyphensPunctuationAndSymbols(text: String, expected: [Expected]) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("👩‍💻 hi", [Expected(.emoji, "👩‍💻", "👩‍💻", 0, 3), Expected(.word, "hi", "hi", 4, 6)]),
        ("👍🏽ok", [Expected(.emoji, "👍🏽", "👍🏽", 0, 2), Expected(.word, "ok", "ok", 2, 4)]),
        ("🇫🇷🇩🇪", [Expected(.emoji, "🇫🇷", "🇫🇷", 0, 2), Expected(.emoji, "🇩🇪", "🇩🇪", 2, 4)]),
        ("1️⃣ #⃣", [Expected(.emoji, "1️⃣", "1⃣", 0, 3), Expected(.emoji, "#⃣", "#⃣", 4, 6)]),
        ("❤️ ❤", [Expected(.emoji, "❤️", "❤", 0, 2), Expected(.emoji, "❤", "❤", 3, 4)]),
        // 🍕 is one scalar but two UTF-16 units: later offsets must count scalars.
        ("🍕 pizza at Café", [
            Expected(.emoji, "🍕", "🍕", 0, 1), Expected(.word, "pizza", "pizza", 2, 7),
            Expected(.word, "at", "at", 8, 10), Expected(.word, "Café", "cafe", 11, 15),
        ]),
        ("hi🙂!", [Expected(.word, "hi", "hi", 0, 2), Expected(.emoji, "🙂", "🙂", 2, 3), Expected(.punctuation, "!", "!", 3, 4)]),
    ])
    func emoji(text: String, expected: [Expected]) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        ("a\u{00A0}b\u{2009}c", [Expected(.word, "a", "a", 0, 1), Expected(.word, "b", "b", 2, 3), Expected(.word, "c", "c", 4, 5)]),
        ("a\nb\r\nc\td", [Expected(.word, "a", "a", 0, 1), Expected(.word, "b", "b", 2, 3), Expected(.word, "c", "c", 5, 6), Expected(.word, "d", "d", 7, 8)]),
        ("a\u{3000}b\u{2028}c\u{2029}d", [
            Expected(.word, "a", "a", 0, 1), Expected(.word, "b", "b", 2, 3), Expected(.word, "c", "c", 4, 5), Expected(.word, "d", "d", 6, 7),
        ]),
        ("\u{FEFF}hi\u{200B}", [Expected(.word, "hi", "hi", 1, 3)]),
        ("a\u{0000}b\u{0007}c\u{007F}", [Expected(.word, "a", "a", 0, 1), Expected(.word, "b", "b", 2, 3), Expected(.word, "c", "c", 4, 5)]),
        ("in\u{00AD}formation", [Expected(.word, "in\u{00AD}formation", "information", 0, 12)]),
        ("zero\u{200B}width", [Expected(.word, "zero\u{200B}width", "zerowidth", 0, 10)]),
        ("a \u{200D} b", [Expected(.word, "a", "a", 0, 1), Expected(.word, "b", "b", 4, 5)]),
        ("\u{0301}x", [Expected(.symbol, "\u{0301}", "\u{0301}", 0, 1), Expected(.word, "x", "x", 1, 2)]),
        ("\u{FFFD}\u{E000}", [Expected(.symbol, "\u{FFFD}", "\u{FFFD}", 0, 1), Expected(.symbol, "\u{E000}", "\u{E000}", 1, 2)]),
    ])
    func whitespaceAndInvisibles(text: String, expected: [Expected]) {
        #expect(tokens(text) == expected)
    }

    @Test(arguments: [
        "🍕🍕 l'été ‘quoted’ don’t — naïve café, 1,200.50€ at https://x.io/é?q=1.",
        "\u{1F469}\u{200D}\u{1F4BB}\u{1F44D}\u{1F3FD} e\u{0301}\u{0301}\u{0301} \u{E0067}",
        "@@@ ... $$$ --- '''' ’’’ :// www. @x. a@ .com 1,, 1.. $k k$",
        "\u{0007}\u{0000}\u{FEFF}\u{200B}\u{00AD}\u{200D}",
        "ｶﾞ Ⅻ ½ ² ① ﷺ ǅ ß ﬃ",
        "a\u{200B}\u{200B}\u{200B}b 🏴󠁧󠁢󠁳󠁣󠁴󠁿 x",
    ])
    func offsetsAlwaysReproduceText(text: String) {
        checkOffsets(text)
    }

    // One megabyte each, run as separate tests so they can run in parallel; a quadratic
    // pass would take minutes here.
    @Test func megabyteOfShortWords() {
        let megabyte = 1 << 20
        #expect(Tokenizer().tokenize(String(repeating: "a ", count: megabyte / 2)).count == megabyte / 2)
    }

    @Test func megabyteOfAtSigns() {
        let megabyte = 1 << 20
        #expect(Tokenizer().tokenize(String(repeating: "@", count: megabyte)).count == megabyte)
    }

    @Test func megabyteOfDigits() {
        let digits = Tokenizer().tokenize(String(repeating: "7", count: 1 << 20))
        #expect(digits.count == 1 && digits.first?.kind == .number)
    }

    /// Link matching retries at every letter of these runs; its failure caches keep it linear.
    @Test func linkLikeRunsStayLinear() {
        let size = 1 << 17
        #expect(Tokenizer().tokenize(String(repeating: "a.", count: size)).count == 2 * size)
        #expect(Tokenizer().tokenize(String(repeating: "a-", count: size) + "@x").count == 2 * size + 2)
        #expect(Tokenizer().tokenize(String(repeating: "a.", count: size) + "a@x").count == 2 * size + 3)
        #expect(Tokenizer().tokenize(String(repeating: "a\u{200B}", count: size)).count == 1)
    }
}

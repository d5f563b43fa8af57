/// Splits a user message into `Token`s: words, numbers, money, e-mails, URLs, punctuation,
/// symbols and emoji, each with its exact original text, a folded `normalized` form and
/// Unicode-scalar offsets into the original string.
///
///     let tokens = Tokenizer().tokenize("I can't pay $5k, mail ana@x.io 👍🏽")
///     tokens.map(\.normalized)
///     // ["i", "can", "not", "pay", "$5k", ",", "mail", "ana@x.io", "👍🏽"]
///
/// Rules in brief: any whitespace separates; control and zero-width characters are skipped;
/// hyphens and other punctuation are one token per character ("e-mail" → e | - | mail);
/// English clitics are split off and expanded in `normalized` (see `Contractions`); each Han
/// ideograph is its own word. Linear time, no Foundation on ASCII input.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [Token] {
        if text.isEmpty { return [] }
        var utf8 = text
        return utf8.withUTF8 { bytes in
            var scanner = TokenScanner(bytes: bytes, source: text)
            return scanner.run()
        }
    }
}

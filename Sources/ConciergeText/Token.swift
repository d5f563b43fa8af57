/// One token of a user message, with its place in the original text.
///
/// Offsets count Unicode scalars of the original string (end exclusive), the unit the
/// shared NLU datasets and the `parse` output use.
///
///     let tokens = Tokenizer().tokenize("Café costs $5k")
///     tokens.map(\.normalized)   // ["cafe", "costs", "$5k"]
///     tokens[0].start            // 0
///     tokens[0].end              // 4
public struct Token: Hashable, Sendable {
    /// What sort of text the token is; tokenizers keep some multi-character units whole.
    public enum Kind: String, Hashable, Sendable, Codable {
        case word
        case number
        case money
        case email
        case url
        case punctuation
        case symbol
        case emoji
    }

    public var kind: Kind
    /// The token exactly as it stands in the original text.
    public var text: String
    /// The token after NFKC, case folding and diacritic folding (and contraction expansion:
    /// the `n't` of "don't" normalizes to `not`).
    public var normalized: String
    /// Offset of the first Unicode scalar in the original text.
    public var start: Int
    /// Offset one past the last Unicode scalar in the original text.
    public var end: Int

    public init(kind: Kind, text: String, normalized: String, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        self.normalized = normalized
        self.start = start
        self.end = end
    }
}

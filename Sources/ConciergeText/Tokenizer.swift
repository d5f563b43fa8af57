// PLACEHOLDER: replaced by the real tokenizer (helper branch `tokenizer`).
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var offset = 0
        var start = 0
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !current.isEmpty {
                    tokens.append(Token(kind: .word, text: current, normalized: current.lowercased(), start: start, end: offset))
                    current = ""
                }
                start = offset + 1
            } else {
                current.unicodeScalars.append(scalar)
            }
            offset += 1
        }
        if !current.isEmpty {
            tokens.append(Token(kind: .word, text: current, normalized: current.lowercased(), start: start, end: offset))
        }
        return tokens
    }
}

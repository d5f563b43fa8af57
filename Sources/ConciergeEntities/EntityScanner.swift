/// A token of the entity scanner: a run of letters, a run of ASCII digits, or one other scalar.
///
/// Offsets are Unicode scalar offsets into the message, end exclusive.
///
///     EntityScanner.tokens(of: Array("$20k".unicodeScalars))
///     // [symbol "$" 0..<1, digits "20" 1..<3, word "k" 3..<4 (glued)]
struct ScanToken: Sendable {
    enum Kind: Sendable { case word, digits, symbol }

    var kind: Kind
    var start: Int
    var end: Int
    /// Lower-cased for ASCII words, the digits for digit runs, the scalar for symbols.
    var text: String
    /// True when whitespace separates this token from the previous one (or it is the first).
    var spaced: Bool
    /// An ASCII word written in capitals ("KWD", "TOP"): some currency codes count only so.
    var upper = false

    var isWord: Bool { kind == .word }
    var isDigits: Bool { kind == .digits }
    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
    /// The integer value of a short digit run; nil for words, symbols and runs longer than 15 digits.
    var intValue: Int? { kind == .digits && text.utf8.count <= 15 ? Int(text) : nil }
}

/// Splits a message into scanner tokens in one pass over its scalars.
///
/// The scanner is deliberately tiny and independent of the NLU tokenizer: entity grammars need
/// glue information ("$20k", "3:30pm", "twenty-five") that a word tokenizer throws away.
enum EntityScanner {
    static func tokens(of scalars: [Unicode.Scalar]) -> [ScanToken] {
        var tokens: [ScanToken] = []
        tokens.reserveCapacity(scalars.count / 3 + 1)
        var i = 0
        var spaced = true
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if s.value == 32 || (s.value >= 9 && s.value <= 13) || (s.value >= 128 && s.properties.isWhitespace) {
                spaced = true
                i += 1
                continue
            }
            let start = i
            if isASCIIDigit(s) {
                while i < n, isASCIIDigit(scalars[i]) { i += 1 }
                tokens.append(ScanToken(kind: .digits, start: start, end: i, text: lowerASCII(scalars, start, i), spaced: spaced))
            } else if isLetter(s) {
                var ascii = true
                var upper = true
                while i < n, isLetter(scalars[i]) {
                    if !scalars[i].isASCII { ascii = false }
                    if scalars[i].value >= 97 { upper = false }
                    i += 1
                }
                // Keyword tables are ASCII, so only ASCII words need lower-casing.
                let text = ascii ? lowerASCII(scalars, start, i) : slice(scalars, start, i)
                tokens.append(ScanToken(kind: .word, start: start, end: i, text: text, spaced: spaced, upper: ascii && upper))
            } else {
                i += 1
                tokens.append(ScanToken(kind: .symbol, start: start, end: i, text: String(Character(s)), spaced: spaced))
            }
            spaced = false
        }
        return tokens
    }

    @inline(__always) static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return s.properties.isAlphabetic
    }

    /// The scalars `start..<end` as a string, encoded straight into its storage: appending them
    /// to a `String.UnicodeScalarView` one by one cost more than the grammars that asked.
    static func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let part = scalars[start..<end]
        let count = part.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for scalar in part {
                UTF8.encode(scalar) { unit in
                    buffer[written] = unit
                    written += 1
                }
            }
            return written
        }
    }

    /// Writes the lower-cased bytes straight into the string: short words stay inline, no per-scalar appends.
    static func lowerASCII(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { buffer in
            var n = 0
            for k in start..<end {
                var v = UInt8(truncatingIfNeeded: scalars[k].value)
                if v >= 65, v <= 90 { v += 32 }
                buffer[n] = v
                n += 1
            }
            return n
        }
    }
}

/// Read-only helpers over the token array that every grammar shares.
struct TokenStream: Sendable {
    let tokens: [ScanToken]

    var count: Int { tokens.count }
    subscript(i: Int) -> ScanToken? { i >= 0 && i < tokens.count ? tokens[i] : nil }

    /// The word at `i` (lower-cased) or nil.
    func word(_ i: Int) -> String? {
        guard let t = self[i], t.kind == .word else { return nil }
        return t.text
    }

    /// The word at `i` when it is glued (no whitespace) to the previous token.
    func gluedWord(_ i: Int) -> String? {
        guard let t = self[i], t.kind == .word, !t.spaced else { return nil }
        return t.text
    }

    func isSymbol(_ i: Int, _ s: String, glued: Bool = false) -> Bool {
        guard let t = self[i], t.isSymbol(s) else { return false }
        return !glued || !t.spaced
    }

    /// True when token `i` exists and is glued to the token before it.
    func isGlued(_ i: Int) -> Bool {
        guard let t = self[i] else { return false }
        return !t.spaced
    }

    /// Matches a fixed word sequence starting at `i`; returns the index after it.
    func words(_ i: Int, _ expected: [String]) -> Int? {
        var k = i
        for w in expected {
            guard word(k) == w else { return nil }
            k += 1
        }
        return k
    }
}

/// A text of ASCII only, read byte by byte: the readings' character-by-character walks
/// (grapheme breaking, Unicode properties) give the same words on such a text, where every
/// character is one byte, or "\r\n" — whitespace, no letter and no digit either way.
///
///     ASCIIWords("Hi, I'm Ana")?.lowercasedRuns(of: ASCIIWords.isAlphanumeric)   // ["hi", "i", "m", "ana"]
struct ASCIIWords {
    let text: String

    /// Nil for a text with any byte beyond ASCII.
    init?(_ text: String) {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        self.text = text
    }

    /// `Character.isLetter || Character.isNumber` for an ASCII character.
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// `Character.isWhitespace` for an ASCII character: tab to carriage return, and space.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The maximal runs of bytes that `belongs` accepts, lower-cased, in order: `split` on the
    /// bytes it rejects, empty runs dropped.
    func lowercasedRuns(of belongs: (UInt8) -> Bool) -> [String] {
        var runs: [String] = []
        var run: [UInt8] = []
        for byte in text.utf8 {
            if belongs(byte) {
                run.append(Self.lowercased(byte))
            } else if !run.isEmpty {
                runs.append(String(decoding: run, as: UTF8.self))
                run.removeAll(keepingCapacity: true)
            }
        }
        if !run.isEmpty { runs.append(String(decoding: run, as: UTF8.self)) }
        return runs
    }

    /// The text up to its first whitespace or the first byte `continues` rejects, lower-cased.
    func lowercasedPrefix(while continues: (UInt8) -> Bool) -> String {
        String(decoding: text.utf8.prefix { !Self.isWhitespace($0) && continues($0) }.map(Self.lowercased), as: UTF8.self)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}

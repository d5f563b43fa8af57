/// English clitic splitting: "don't" → "do" + "n't" (normalized "not"), "I'm" → "I" + "'m"
/// ("am"), "let's" → "let" + "'s" ("us"), "y'all" → "y'" ("you") + "all". Offsets stay exact
/// because pieces are byte ranges of the original word; only `normalized` is expanded.
///
///     Tokenizer().tokenize("can't").map(\.normalized)   // ["can", "not"] (pieces "ca" | "n't")
///
/// Words whose inner apostrophe is not a known clitic ("o'clock", "rock'n'roll", "O'Brien")
/// stay whole, so names and fixed expressions keep one token.
enum Contractions {
    /// One piece of a split word; `normalized == nil` means "fold the text as usual".
    struct Piece: Equatable {
        var start: Int
        var end: Int
        var normalized: String?
    }

    /// Splits the word `bytes[start..<end]`; a single piece when it has no clitic.
    /// Called only for words that contain an apostrophe or are six bytes long ("cannot"),
    /// so plain words never pay for it.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> [Piece] {
        if end - start == 6, isCannot(bytes, start) {
            return [Piece(start: start, end: start + 3, normalized: "can"),
                    Piece(start: start + 3, end: end, normalized: "not")]
        }
        // Pieces are collected from the end of the word and reversed once at the end.
        var pieces: [Piece] = []
        var stemEnd = end
        var stemNormalized: String?
        // "shouldn't've" carries two clitics; three rounds is plenty for English.
        rounds: for _ in 0..<3 {
            guard let (apostrophe, length) = lastApostrophe(bytes, start, stemEnd) else { break }
            let afterApostrophe = apostrophe + length
            let suffix = packedLowercase(bytes, afterApostrophe, stemEnd)
            var cliticStart = apostrophe
            let expansion: String
            switch suffix {
            case key("t"):
                // n't: the n belongs to the clitic ("do|n't", "ca|n't").
                guard apostrophe - 1 > start, bytes[apostrophe - 1] | 0x20 == UInt8(ascii: "n") else { break rounds }
                cliticStart = apostrophe - 1
                expansion = "not"
                stemNormalized = negatedStem(packedLowercase(bytes, start, cliticStart))
            case key("s"):
                expansion = packedLowercase(bytes, start, apostrophe) == key("let") ? "us" : "'s"
                stemNormalized = nil
            case key("m"): expansion = "am"; stemNormalized = nil
            case key("re"): expansion = "are"; stemNormalized = nil
            case key("ve"): expansion = "have"; stemNormalized = nil
            case key("ll"): expansion = "will"; stemNormalized = nil
            case key("d"): expansion = "would"; stemNormalized = nil
            case key("all") where stemEnd == end && packedLowercase(bytes, start, apostrophe) == key("y"):
                return [Piece(start: start, end: afterApostrophe, normalized: "you"),
                        Piece(start: afterApostrophe, end: end, normalized: "all")]
            default:
                break rounds
            }
            guard cliticStart > start else { break }
            pieces.append(Piece(start: cliticStart, end: stemEnd, normalized: expansion))
            stemEnd = cliticStart
        }
        pieces.append(Piece(start: start, end: stemEnd, normalized: stemNormalized))
        pieces.reverse()
        return pieces
    }

    /// Stems whose spelling changes before n't: "ca|n't", "wo|n't", "sha|n't", "ai|n't".
    private static func negatedStem(_ stem: UInt64) -> String? {
        switch stem {
        case key("ca"): "can"
        case key("wo"): "will"
        case key("sha"): "shall"
        case key("ai"): "am"
        default: nil
        }
    }

    /// Up to eight lower-cased ASCII bytes packed big-endian into an integer, so clitics and
    /// stems compare without building strings; 0 when the range is empty, long or not ASCII.
    @inline(__always)
    private static func packedLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        guard end > start, end - start <= 8 else { return 0 }
        var packed: UInt64 = 0
        for index in start..<end {
            let byte = bytes[index]
            guard byte < 0x80 else { return 0 }
            packed = packed << 8 | UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        return packed
    }

    @inline(__always)
    private static func key(_ text: StaticString) -> UInt64 {
        var packed: UInt64 = 0
        text.withUTF8Buffer { for byte in $0 { packed = packed << 8 | UInt64(byte) } }
        return packed
    }

    /// "cannot" in any case, checked on bytes so six-letter words cost no allocation.
    static func isCannot(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start + 6 <= bytes.count else { return false }
        for (offset, letter) in "cannot".utf8.enumerated() where bytes[start + offset] | 0x20 != letter {
            return false
        }
        return true
    }

    /// The last apostrophe (`'`, `’`, `‘`, `＇`) in `bytes[start..<end]` and its UTF-8 length.
    private static func lastApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int)? {
        var index = end - 1
        while index >= start {
            let byte = bytes[index]
            if byte == 0x27 { return (index, 1) }
            if index + 2 < end, byte == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 {
                return (index, 3)
            }
            if index + 2 < end, byte == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x87 { return (index, 3) }
            index -= 1
        }
        return nil
    }
}

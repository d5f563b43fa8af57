/// English clitic splitting: "don't" → "do" + "n't" (normalized "not"), "I'm" → "I" + "'m"
/// ("am"), "let's" → "let" + "'s" ("us"), "y'all" → "y'" ("you") + "all". Offsets stay exact
/// because pieces are byte ranges of the original word; only `normalized` is expanded.
///
///     Contractions.split("can't")   // ca|n't → normalized "can", "not"
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
        if end - start == 6, lowercasedASCII(bytes, start, end) == "cannot" {
            return [Piece(start: start, end: start + 3, normalized: "can"),
                    Piece(start: start + 3, end: end, normalized: "not")]
        }
        var suffixes: [Piece] = []
        var stemEnd = end
        var stemNormalized: String?
        // "shouldn't've" carries two clitics; three rounds is plenty for English.
        for _ in 0..<3 {
            guard let (apostrophe, length) = lastApostrophe(bytes, start, stemEnd) else { break }
            let afterApostrophe = apostrophe + length
            guard let suffix = lowercasedASCII(bytes, afterApostrophe, stemEnd) else { break }
            let stem = lowercasedASCII(bytes, start, apostrophe)
            var cliticStart = apostrophe
            let expansion: String
            switch suffix {
            case "t":
                // n't: the n belongs to the clitic ("do|n't", "ca|n't").
                guard apostrophe - 1 > start, bytes[apostrophe - 1] | 0x20 == UInt8(ascii: "n") else { return pieces(start, stemEnd, stemNormalized, suffixes) }
                cliticStart = apostrophe - 1
                expansion = "not"
                stemNormalized = stem.flatMap { negatedStems[String($0.dropLast())] }
            case "s": expansion = stem == "let" ? "us" : "'s"; stemNormalized = nil
            case "m": expansion = "am"; stemNormalized = nil
            case "re": expansion = "are"; stemNormalized = nil
            case "ve": expansion = "have"; stemNormalized = nil
            case "ll": expansion = "will"; stemNormalized = nil
            case "d": expansion = "would"; stemNormalized = nil
            case "all" where stem == "y" && stemEnd == end:
                return [Piece(start: start, end: afterApostrophe, normalized: "you"),
                        Piece(start: afterApostrophe, end: end, normalized: "all")]
            default:
                return pieces(start, stemEnd, stemNormalized, suffixes)
            }
            guard cliticStart > start else { break }
            suffixes.append(Piece(start: cliticStart, end: stemEnd, normalized: expansion))
            stemEnd = cliticStart
        }
        return pieces(start, stemEnd, stemNormalized, suffixes)
    }

    /// Stems whose spelling changes before n't: "ca|n't", "wo|n't", "sha|n't", "ai|n't".
    private static let negatedStems: [String: String] = ["ca": "can", "wo": "will", "sha": "shall", "ai": "am"]

    private static func pieces(_ start: Int, _ stemEnd: Int, _ stemNormalized: String?, _ suffixes: [Piece]) -> [Piece] {
        var result = [Piece(start: start, end: stemEnd, normalized: stemNormalized)]
        result.append(contentsOf: suffixes.reversed())
        return result
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

    /// Lower-cased ASCII text of a short range; nil if it is empty, long or not ASCII
    /// (a clitic or stem we could expand is always short ASCII).
    private static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        guard end > start, end - start <= 8 else { return nil }
        var result = ""
        for index in start..<end {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            result.unicodeScalars.append(Unicode.Scalar(byte &- 0x41 < 26 ? byte | 0x20 : byte))
        }
        return result
    }
}

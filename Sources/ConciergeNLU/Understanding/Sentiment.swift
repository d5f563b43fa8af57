/// A lexicon-based sentiment score of one message: the sum of its words' scores (see
/// `SentimentLexicon`), flipped by a negation in the three words before, scaled by
/// intensifiers ("very", "so"), words in ALL CAPS, "at all" after a negation, and
/// exclamation marks. Below about −3 a user is clearly upset.
///
///     Sentiment.score("this is useless!!")       // -3.0
///     Sentiment.score("I'm not happy at all")     // -3.0
///     Sentiment.score("great, thanks")            // 3.0
public enum Sentiment {
    public static func score(_ text: String) -> Double {
        let words = Sentiment.words(text)
        var total = 0.0
        var factor = 1.0
        var negatedUntil = -1
        var negatedAny = false
        // "sorry my english is not so good": about the writer's English, not the service.
        let aboutOwnLanguage = ownLanguageRemark(words)
        for (index, word) in words.enumerated() {
            if aboutOwnLanguage.contains(index) { continue }
            let lower = word.lowercased()
            if lower == "all", index > 0, negatedAny, words[index - 1].lowercased() == "at" {
                // "not happy at all" is stronger than "not happy".
                total *= 1.5
                continue
            }
            guard let role = SentimentLexicon.roles[lower] else { continue }
            var value: Double
            switch role {
            case .negator:
                negatedUntil = index + 3
                continue
            case .intensifier(let boost), .softener(let boost):
                factor *= boost
                continue
            case .score(let score):
                value = score
            }
            value *= factor
            if isShouting(word) { value *= 1.5 }
            if index <= negatedUntil {
                // A negated complaint ("not bad") is only mildly positive.
                value = value > 0 ? -value : -value * 0.5
                negatedAny = true
            }
            total += value
            factor = 1
        }
        // Counted in place ("!" is one UTF-8 byte that no other scalar holds): filtering the
        // scalars built a copy of the text.
        let exclamations = min(text.utf8.reduce(0) { $1 == UInt8(ascii: "!") ? $0 + 1 : $0 }, 4)
        return total * (1 + 0.25 * Double(exclamations))
    }

    /// The words around "my English" or "my bad English" (four before, five after): a visitor
    /// apologising for their English ("sorry for my bad english", "my english is not so good")
    /// is not upset.
    static func ownLanguageRemark(_ words: [Substring]) -> Range<Int> {
        guard words.count >= 2 else { return 0..<0 }
        // Lengths first: lower-casing every word of every message would cost an allocation each.
        func isMy(_ index: Int) -> Bool { index >= 0 && words[index].utf8.count == 2 && words[index].lowercased() == "my" }
        for index in 1..<words.count where words[index].utf8.count == 7 && words[index].lowercased() == "english"
            && (isMy(index - 1) || isMy(index - 2)) {
            return max(0, index - 4)..<min(words.count, index + 6)
        }
        return 0..<0
    }

    /// Letters, digits, apostrophes and hyphens make words; everything else separates them.
    static func words(_ text: String) -> [Substring] {
        if ASCIIWords(text) != nil { return asciiWords(text) }
        // By scalars, not Characters: grapheme breaking costs more than the scoring. A mark
        // continues its word, so "é" written as e + U+0301 stays one letter.
        var words: [Substring] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWordScalar(scalars[index]) {
                if start == nil { start = index }
            } else if let open = start {
                words.append(text[open..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let open = start { words.append(text[open...]) }
        return words
    }

    /// `words` of an ASCII text, by bytes (each one scalar): the same substrings.
    private static func asciiWords(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if ASCIIWords.isAlphanumeric(byte) || byte == 0x27 || byte == 0x2D {
                if start == nil { start = index }
            } else if let open = start {
                words.append(text[open..<index])
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let open = start { words.append(text[open...]) }
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x27, 0x2D, 0x2019: return true
        case 0..<0x80: return false
        default:
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return properties.isAlphabetic || properties.numericType != nil
            }
        }
    }

    /// A word of at least three characters written in capitals ("USELESS", not "I" or "OK").
    static func isShouting(_ word: Substring) -> Bool {
        word.count >= 3 && word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase)
    }
}

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
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            if SentimentLexicon.negators.contains(lower) {
                negatedUntil = index + 3
                continue
            }
            if let boost = SentimentLexicon.intensifiers[lower] {
                factor *= boost
                continue
            }
            if let soften = SentimentLexicon.softeners[lower] {
                factor *= soften
                continue
            }
            if lower == "all", index > 0, words[index - 1].lowercased() == "at", negatedAny {
                // "not happy at all" is stronger than "not happy".
                total *= 1.5
                continue
            }
            guard var value = SentimentLexicon.scores[lower] else { continue }
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
        let exclamations = min(text.unicodeScalars.filter { $0 == "!" }.count, 4)
        return total * (1 + 0.25 * Double(exclamations))
    }

    /// Letters, digits, apostrophes and hyphens make words; everything else separates them.
    static func words(_ text: String) -> [Substring] {
        text.split { character in
            !(character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-")
        }
    }

    /// A word of at least three characters written in capitals ("USELESS", not "I" or "OK").
    static func isShouting(_ word: Substring) -> Bool {
        word.count >= 3 && word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase)
    }
}

/// Reads a correction of a written value: "it's John not Jon", "Kettle & Co, not 'I literally
/// told you'", "not Jon but John", "John instead of Jon". The new and the old value are up to
/// four words each, quotes removed; numbers other than phone numbers are `CorrectionReading`'s. Which slot the old value
/// is in is the dialog's business: a reading whose old value no slot holds changes nothing.
///
///     ReplacementReading.read(words, text: "and again, it's John not Jon")   // new "John", old "Jon"
enum ReplacementReading {
    /// Words that end the new value going back from "not": "it's John", "the company is Acme".
    static let stops: Set<String> = [
        "is", "it", "be", "am", "are", "was", "meant", "said", "again", "name", "company", "the", "my", "our",
        "actually", "sorry", "wait", "oh", "no", "i", "we", "do", "does", "did", "should", "would", "but", "so",
        "that", "this", "called", "please", "spelled", "spelt", "correct", "right",
    ]
    static let quotes: Set<String> = ["'", "\"", "‘", "’", "“", "”", "`"]
    static let maxWords = 4

    static func read(_ words: MessageWords, text: String) -> Understanding.Replacement? {
        for index in 0..<words.count where words[index].text == "not" || words[index].text == "instead" {
            let reading = words[index].text == "not" ? notReading(words, at: index, text: text)
                : insteadReading(words, at: index, text: text)
            if let reading { return reading }
        }
        return nil
    }

    /// "X not Y", "X, not Y" and "not Y but X".
    private static func notReading(_ words: MessageWords, at index: Int, text: String) -> Understanding.Replacement? {
        guard let old = forward(words, from: index + 1, text: text) else { return nil }
        if old.end < words.count, words[old.end].text == "but", let new = forward(words, from: old.end + 1, text: text) {
            return replacement(new.value, old.value)
        }
        guard let new = backward(words, before: index, text: text) else { return nil }
        return replacement(new, old.value)
    }

    /// "X instead of Y".
    private static func insteadReading(_ words: MessageWords, at index: Int, text: String) -> Understanding.Replacement? {
        guard words.text(index + 1) == "of", let old = forward(words, from: index + 2, text: text),
              let new = backward(words, before: index, text: text) else { return nil }
        return replacement(new, old.value)
    }

    private static func replacement(_ new: String, _ old: String) -> Understanding.Replacement? {
        // A phone number replaces another ("+44 7700 900999, not +44 7700 900123"); other
        // numbers are `CorrectionReading`'s.
        let phones = [new, old].allSatisfy(looksLikePhone)
        guard new.lowercased() != old.lowercased(),
              phones || (new.contains(where: \.isLetter) && old.contains(where: \.isLetter)) else { return nil }
        return Understanding.Replacement(new: new, old: old)
    }

    /// At least 7 digits written as a phone number is: after "+" or a trunk 0, or in groups
    /// ("+44 7700 900123", "07700900123", "555-0199 12"), not "1500000".
    static func looksLikePhone(_ value: String) -> Bool {
        guard value.filter({ $0.isASCII && $0.isNumber }).count >= 7, let first = value.first else { return false }
        return first == "+" || first == "0" || first == "(" || value.contains(" ") || value.contains("-")
    }

    /// Up to `maxWords` items from `start` to the end of the clause, quotes skipped; the value
    /// and the index after it. Nil when the clause goes on longer ("not sure what you mean").
    private static func forward(_ words: MessageWords, from start: Int, text: String) -> (value: String, end: Int)? {
        var first = start
        while first < words.count, quotes.contains(words[first].text) { first += 1 }
        var end = first
        while end < words.count, !words[end].isBreak, !quotes.contains(words[end].text), words[end].text != "but" {
            end += 1
        }
        guard end > first, end - first <= maxWords else { return nil }
        var after = end
        while after < words.count, quotes.contains(words[after].text) { after += 1 }
        return (text.scalarSlice(words[first].start, words[end - 1].end), after)
    }

    /// Up to `maxWords` items before `end`, back over one break and quotes, to a stop word or
    /// the start of the clause.
    private static func backward(_ words: MessageWords, before end: Int, text: String) -> String? {
        var last = end - 1
        while last >= 0, words[last].isBreak || quotes.contains(words[last].text) { last -= 1 }
        var first = last
        while first > 0, !words[first - 1].isBreak, !stops.contains(words[first - 1].text), last - first + 1 < maxWords {
            first -= 1
        }
        guard last >= 0, first <= last, !stops.contains(words[first].text) else { return nil }
        return text.scalarSlice(words[first].start, words[last].end)
    }
}

/// A clause that is nothing but a proper name, among the other facts of a message: "sign me up
/// for a demo then, Bright Smile Dental, mornings are best", "Juniper & Co, 4 people, friday",
/// "can we book a demo, 10 ppl, Confera Events". Two to four capitalised words (an ampersand
/// may join them); not a person's name (a given name or a title first), not the message's only
/// clause (that is `isProperName`'s), and not made only of words of the bot's own examples
/// (`NLUModel` checks that: "Mail Pro, 4 people" names a product). Whether a form asks for a
/// company is the dialog's business.
///
///     NameClauseReading.read(words, text: "Juniper & Co, 4 people, friday")   // "Juniper & Co"
enum NameClauseReading {
    /// Titles, and abbreviations whose full stop splits a name into clauses ("St. Aidan's
    /// Academy", "I'm Dr. Katrin Vogel"): a clause beside one is part of something longer.
    static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "miss", "prof", "sir", "madam", "st", "mt", "ft", "jr", "sr"]

    static func read(_ words: MessageWords, text: String) -> Understanding.TextFact? {
        let clauses = words.clauses()
        guard clauses.count >= 2 else { return nil }
        for clause in clauses where (2...4).contains(clause.count) {
            let first = words[clause.lowerBound]
            guard !FirstNames.contains(first.text), !titles.contains(first.text),
                  !clause.contains(where: { NameStopWords.contains(words[$0].text, words[$0].key) }),
                  !splitsAbbreviation(words, clause) else { continue }
            let value = text.scalarSlice(first.start, words[clause.upperBound - 1].end)
            guard UnderstandingReader.isProperName(value), !isShoutedOrTitleCased(words, besides: clause) else { continue }
            return Understanding.TextFact(value: value, start: first.start, end: words[clause.upperBound - 1].end)
        }
        return nil
    }

    /// Whether the full stop before or after the clause ends an abbreviation ("St.", "Dr."), so
    /// that the clause is only part of a name.
    static func splitsAbbreviation(_ words: MessageWords, _ clause: Range<Int>) -> Bool {
        if words.text(clause.upperBound) == ".", titles.contains(words[clause.upperBound - 1].text) { return true }
        guard clause.lowerBound >= 2, words[clause.lowerBound - 1].text == "." else { return false }
        return titles.contains(words[clause.lowerBound - 2].text)
    }

    /// A message written in capitals, or every word capitalised ("I Said Book A Demo"): its
    /// capitals mark no name.
    static func isShoutedOrTitleCased(_ words: MessageWords, besides clause: Range<Int>) -> Bool {
        let others = (0..<words.count).filter { !clause.contains($0) && words[$0].isWord }
        guard others.count >= 2 else { return false }
        return others.allSatisfy { words[$0].capitalized || words[$0].shouted }
    }
}

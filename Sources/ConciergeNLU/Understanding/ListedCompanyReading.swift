/// A company named on its own in a message that lists facts: "4 people, Berg Design, Friday
/// at noon", "Priya Shah, Kettle & Co, 15 marketers, priya@kettleco.com". The clause is two to
/// five words, each capitalised, a joining word inside ("&", "and", "of") or a legal form
/// ("Co", "Inc"), none of them a common word; it is not the person's name (nor led by a given
/// name: "Ana Lopez, ana@acme.com") and holds no fact.
/// A single word ("Acme") is too ambiguous to count without a cue; a legal form at the end
/// ("Fast Bikes GmbH") is evidence enough whatever the words before it.
///
///     ListedCompanyReading.read(words, clauses: words.clauses(), text: "4 people, Berg Design, Friday at noon", excluded: [0..<8, 22..<37])
///     // "Berg Design"
enum ListedCompanyReading {
    static let joiners: Set<String> = ["&", "and", "of", "+"]

    static func read(_ words: MessageWords, clauses: [Range<Int>], text: String, excluded: [Range<Int>]) -> Understanding.TextFact? {
        guard !excluded.isEmpty else { return nil }
        for clause in clauses {
            let items = words.items[clause]
            guard !items.contains(where: { item in excluded.contains { $0.overlaps(item.start..<max(item.end, item.start + 1)) } }),
                  isCompanyName(items) else { continue }
            return PersonNameReading.fact(words, clause, text: text)
        }
        return nil
    }

    /// Whether a listed name is shaped like a person's as well: two or three words, no joining
    /// word, no legal form ("Zoltan Brandl", not "Kettle & Co" or "Fast Bikes GmbH").
    static func mayBeName(_ name: String) -> Bool {
        let parts = name.split(separator: " ")
        return (2...3).contains(parts.count) && !parts.contains { part in
            joiners.contains(String(part)) || CompanyReading.legalSuffixes.contains(part.lowercased().filter(\.isLetter))
        }
    }

    static func isCompanyName(_ items: ArraySlice<MessageWord>) -> Bool {
        guard (1...5).contains(items.count), let first = items.first, let last = items.last,
              first.isWord, first.capitalized, !FirstNames.contains(first.text) else { return false }
        // A legal form is evidence enough: "Fast Bikes GmbH" is a company, common words or not.
        if items.count >= 2, CompanyReading.legalSuffixes.contains(last.text.filter(\.isLetter)) {
            return items.dropLast().allSatisfy { $0.isWord || joiners.contains($0.text) }
        }
        guard items.count >= 2, !NameStopWords.contains(first.text, first.key), !joiners.contains(last.text) else { return false }
        return items.allSatisfy { item in
            if joiners.contains(item.text) { return true }
            if CompanyReading.legalSuffixes.contains(item.text.filter(\.isLetter)) { return true }
            return item.isWord && item.capitalized && !NameStopWords.contains(item.text, item.key)
        }
    }
}

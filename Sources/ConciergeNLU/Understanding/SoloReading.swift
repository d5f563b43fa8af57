/// A team of one, said without a number: "just me", "only me", "it's just myself", "I work
/// alone", "solo", "a one-man band". Read as a head count of 1 with explicit evidence.
///
///     SoloReading.read(words)   // "it's just me" → NumberFact(value: 1, …, evidence: .explicit)
enum SoloReading {
    static let phrases = PhraseTable<Bool>([
        ("just me", true), ("only me", true), ("just myself", true), ("only myself", true), ("me alone", true),
        ("i work alone", true), ("i am alone", true), ("i am solo", true), ("solo$", true), ("solopreneur", true),
        ("one man band", true), ("one woman band", true), ("one person show", true), ("one man show", true),
        ("a team of one", true), ("team of one", true), ("just me myself", true), ("i am a freelancer", true),
        ("i am a solo founder", true), ("solo founder", true),
    ])

    static func read(_ words: MessageWords) -> Understanding.NumberFact? {
        for index in 0..<words.count where words[index].roles.contains(.soloCue) {
            guard let (_, length) = phrases.match(words, at: index) else { continue }
            // "just me and my cofounder" is two: "just me" must end its clause.
            guard words.clauseEnds(after: index + length - 1) || PhraseTrailers.words.contains(words[index + length].text, words[index + length].key),
                  words.text(index + length) != "and" else { continue }
            return Understanding.NumberFact(value: 1, start: words[index].start, end: words[index + length - 1].end,
                                            evidence: .explicit)
        }
        return nil
    }
}

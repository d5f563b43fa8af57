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

    /// People a visitor names beside themselves: "just me and my sister", "me and my cofounder".
    static let companions: Set<String> = [
        "sister", "brother", "partner", "cofounder", "co-founder", "wife", "husband", "friend", "colleague", "assistant",
        "mom", "mum", "dad", "son", "daughter", "boss", "manager", "intern", "designer", "developer", "freelancer",
        "tech", "technician", "engineer", "coworker", "co-worker", "teacher", "employee", "helper", "volunteer",
        "stylist", "agent", "writer", "marketer",
    ]
    /// Plural people after a count beside the visitor: "me and 2 managers", "me and 3 freelancers".
    static let companionsPlural: Set<String> = [
        "managers", "colleagues", "freelancers", "interns", "designers", "developers", "assistants", "partners",
        "cofounders", "co-founders", "others", "people", "employees", "staff", "friends", "sisters", "brothers",
        "techs", "technicians", "engineers", "coworkers", "co-workers", "teachers", "helpers", "volunteers",
        "stylists", "agents", "writers", "marketers", "guys", "folks",
    ]

    static func read(_ words: MessageWords) -> Understanding.NumberFact? {
        for index in 0..<words.count where words[index].roles.contains(.soloCue) {
            if let company = withCompanions(words, at: index) { return company }
            guard let (_, length) = phrases.match(words, at: index) else { continue }
            // "just me and my cofounder" is two: "just me" must end its clause.
            guard words.clauseEnds(after: index + length - 1) || PhraseTrailers.words.contains(words[index + length].text, words[index + length].key),
                  words.text(index + length) != "and" else { continue }
            return Understanding.NumberFact(value: 1, start: words[index].start, end: words[index + length - 1].end,
                                            evidence: .explicit)
        }
        return nil
    }

    /// Words that add the visitor to others: "me and 2 managers", "me plus 2", "12 stylists + me".
    static let joiners: Set<String> = ["and", "plus", "+", "&"]

    /// "me and my sister" is two, "just me and 2 managers" three, "12 stylists + me" thirteen:
    /// the visitor and who they name.
    private static func withCompanions(_ words: MessageWords, at index: Int) -> Understanding.NumberFact? {
        var me = index
        if ["just", "only"].contains(words[me].text), words.text(me + 1) == "me" { me += 1 }
        if words[me].text == "me" || words[me].text == "myself", let before = companionsBefore(words, me: me) { return before }
        guard words[me].text == "me", words.text(me + 1).map(joiners.contains) == true, me + 2 < words.count else { return nil }
        let next = words[me + 2]
        if next.text == "my" || next.text == "a" || next.text == "our", me + 3 < words.count,
           companions.contains(words[me + 3].text) {
            return Understanding.NumberFact(value: 2, start: words[index].start, end: words[me + 3].end, evidence: .explicit)
        }
        // "me and 2 techs", "me and one other teacher", "me and two more designers".
        guard let count = next.isNumber ? Double(next.text) : countWords[next.text], count >= 1, count < 1000 else { return nil }
        var who = me + 3 < words.count && ["other", "more"].contains(words[me + 3].text) ? me + 4 : me + 3
        // "me plus 2 regional managers": one word may describe them.
        if who + 1 < words.count, !isPerson(words[who].text), isPerson(words[who + 1].text) { who += 1 }
        if who < words.count, isPerson(words[who].text) {
            return Understanding.NumberFact(value: count + 1, start: words[index].start, end: words[who].end,
                                            evidence: .explicit)
        }
        return nil
    }

    private static func isPerson(_ word: String) -> Bool {
        companionsPlural.contains(word) || companions.contains(word)
    }

    /// "12 stylists + me", "2 designers and myself": a count of people, a joiner, then the visitor.
    private static func companionsBefore(_ words: MessageWords, me: Int) -> Understanding.NumberFact? {
        guard me >= 3, words.text(me - 1).map(joiners.contains) == true else { return nil }
        var who = me - 2
        guard companionsPlural.contains(words[who].text) else { return nil }
        if who >= 2, !words[who - 1].isNumber { who -= 1 }
        let count = words[who - 1]
        guard let value = count.isNumber ? Double(count.text) : countWords[count.text], value >= 1, value < 1000 else { return nil }
        return Understanding.NumberFact(value: value + 1, start: count.start, end: words[me].end, evidence: .explicit)
    }

    static let countWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]
}

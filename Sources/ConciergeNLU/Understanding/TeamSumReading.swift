/// A team counted in parts: "6 devs + 2 marketers", "3 designers and 2 writers", "2 devs, 3
/// marketers". The parts add up (blind audit 48 took "2 people" from the last of them).
///
///     TeamSumReading.read(words)   // "we're 6 devs + 2 marketers" → NumberFact(value: 8, …, evidence: .explicit)
enum TeamSumReading {
    /// Plural words for people of a team, besides those `SoloReading` knows.
    static let members: Set<String> = SoloReading.companionsPlural.union([
        "devs", "reps", "editors", "marketers", "salespeople", "recruiters", "nurses", "doctors", "dentists",
        "therapists", "trainers", "coaches", "accountants", "lawyers", "analysts", "ppl", "people", "folks",
    ])
    /// What joins two parts: what joins the visitor to others ("+", "and", "&", "plus"), or a comma.
    static let joiners: Set<String> = SoloReading.joiners.union([","])

    static func read(_ words: MessageWords) -> Understanding.NumberFact? {
        var parts: [(value: Double, start: Int, end: Int, after: Int)] = []
        var best: (value: Double, start: Int, end: Int)?
        var index = 0
        while index < words.count {
            guard let part = part(words, at: index) else { index += 1; continue }
            if let last = parts.last, !joined(words, from: last.after, to: index) { parts.removeAll() }
            parts.append(part)
            if parts.count >= 2, let first = parts.first {
                best = (parts.reduce(0) { $0 + $1.value }, first.start, part.end)
            }
            index = part.after
        }
        return best.map { Understanding.NumberFact(value: $0.value, start: $0.start, end: $0.end, evidence: .explicit) }
    }

    /// A number and a word for people, one describing word between at most: "2 regional managers".
    private static func part(_ words: MessageWords, at index: Int) -> (value: Double, start: Int, end: Int, after: Int)? {
        guard words[index].isNumber, let value = Double(words[index].text), value >= 1, value < 10_000 else { return nil }
        for who in [index + 1, index + 2] where who < words.count && members.contains(words[who].text) {
            // "2 regional managers": the word between describes them; a break does not.
            if who == index + 2, !words[index + 1].isWord { return nil }
            return (value, words[index].start, words[who].end, who + 1)
        }
        return nil
    }

    /// Whether only joiners stand between two parts.
    private static func joined(_ words: MessageWords, from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        return (start..<end).allSatisfy { joiners.contains(words[$0].text) } && (start..<end).count <= 2
    }
}

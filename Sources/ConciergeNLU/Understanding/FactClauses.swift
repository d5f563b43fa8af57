import ConciergeEntities

/// The clauses of a message that only state a fact another reading took — a head count, a
/// budget, a number, a date or time, a name or a company with its cue — with at most one
/// other word beside filler words. A free-text answer (a need, a company, a name) leaves
/// them out: they fill their own slots.
///
///     // "Northwind Traders, 8 people, ready in Q3"
///     FactClauses.read(words, clauses: words.clauses(), facts: [17..<25, 33..<38])   // [17..<25, 27..<38]: "8 people", "ready in Q3"
enum FactClauses {
    /// Entities that are facts of their own wherever they stand.
    static let factEntities: Set<String> = ["date", "time", "duration", "money", "percentage", "email", "phone"]

    /// Words that only frame a fact: "we're 8 people", "ready by March", "budget about $300".
    static let fillers: Set<String> = [
        "we", "are", "is", "i", "am", "our", "my", "the", "a", "an", "of", "in", "on", "by", "about", "around",
        "roughly", "approximately", "approx", "ready", "start", "starting", "to", "be", "it", "team", "people",
        "budget", "from", "at", "for", "per", "and", "with", "there", "here", "total", "us", "only", "just",
        "maybe", "probably", "so", "also", "would", "will", "like", "max", "maximum", "up", "until",
        "month", "year", "week", "mo", "yr", "some", "or", "that", "this", "then", "plus",
        // Labels of contact details: "direct line +47 …", "mobile: …", "email me at …".
        "direct", "line", "phone", "mobile", "cell", "tel", "email", "mail", "me", "number", "call", "reach",
        "office", "landline", "whatsapp", "contact", "via",
        // Titles before a name: "Dr. Amira Haddad, amira@…" leaves "Dr", no company (blind audit 29).
        "dr", "mr", "mrs", "ms", "miss", "prof", "sir", "madam",
    ]

    static func read(_ words: MessageWords, clauses: [Range<Int>], facts: [Range<Int>]) -> [Range<Int>] {
        guard !facts.isEmpty else { return [] }
        var found: [Range<Int>] = []
        for clause in clauses {
            var statesFact = false
            var otherWords = 0
            for word in words.items[clause] {
                if facts.contains(where: { $0.overlaps(word.start..<word.end) }) {
                    statesFact = true
                } else if word.isWord, !fillers.contains(word.text) {
                    otherWords += 1
                }
            }
            if statesFact, otherWords <= 1 { found.append(words[clause.lowerBound].start..<words[clause.upperBound - 1].end) }
        }
        return found
    }

    /// The spans of what the message's readings and entities took as facts.
    static func facts(of understanding: Understanding, entities: [EntityMatch]) -> [Range<Int>] {
        var spans = entities.filter { factEntities.contains($0.entity) }.map { $0.start..<$0.end }
        if let count = understanding.headCount { spans.append(count.start..<count.end) }
        if let budget = understanding.budget { spans.append(budget.start..<budget.end) }
        spans += understanding.numbers.map { $0.start..<$0.end }
        if let name = understanding.personName { spans.append(name.start..<name.end) }
        if let company = understanding.company { spans.append(company.start..<company.end) }
        return spans
    }
}

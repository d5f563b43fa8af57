/// The e-mails and phone numbers of a message that belong to someone else: "her email is
/// meera@…" (a colleague to invite), "cc my boss tom@…". They are no detail of the visitor's,
/// so they fill no slot of theirs and correct none (blind audit 22: "Got it — meera@…, not ravi@…").
///
///     OthersContactReading.spans(words, contacts: [13..<30])   // "her email is meera@finchly.in" → [13..<30]
enum OthersContactReading {
    /// Words before a detail that make it another person's.
    static let owners: Set<String> = [
        "her", "his", "their", "colleague", "colleague's", "colleagues", "coworker", "coworker's", "co-worker",
        "boss", "boss's", "manager", "manager's", "teammate", "teammate's", "partner's", "assistant", "assistant's",
        "cc", "wife's", "husband's", "friend's",
    ]

    /// The spans of `contacts` with an owner word among the four words before them, in their clause.
    static func spans(_ words: MessageWords, contacts: [Range<Int>]) -> [Range<Int>] {
        contacts.filter { span in
            let first = words.index(atOrAfter: span.lowerBound)
            var before = first - 1
            while before >= 0, first - before <= 4, !words[before].isBreak {
                if owners.contains(words[before].text) { return true }
                before -= 1
            }
            return false
        }
    }
}

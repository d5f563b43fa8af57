/// Whether a message says there is no budget yet: "no budget set yet, we're a non-profit",
/// "we haven't decided on a budget", "budget tbd". To the budget question that is an answer
/// ("not sure" is one too), and it stays one in a message of other facts (blind audit 38: the
/// budget was asked twice after "no budget yet").
///
///     NoBudgetReading.says(words)   // "no budget yet, start in march" → true; "budget 300" → false
enum NoBudgetReading {
    /// In the words `MessageWords` normalizes to.
    static let phrases = PhraseTable<Bool>([
        ("no budget yet", true), ("no budget set", true), ("no budget set yet", true), ("no set budget", true),
        ("no fixed budget", true), ("no budget decided", true), ("no budget$", true), ("no real budget", true),
        ("do not have a budget", true), ("do not have a budget yet", true), ("have not got a budget", true),
        ("have not set a budget", true), ("have not decided on a budget", true), ("have not decided the budget", true),
        ("not decided on a budget", true), ("budget is not set", true), ("budget not set", true),
        ("budget is not decided", true), ("budget not decided", true), ("budget is tbd", true), ("budget tbd", true),
        ("budget is open", true), ("budget unknown", true), ("budget is unknown", true), ("no budget allocated", true),
        ("no clue about budget", true), ("no idea about budget", true), ("no idea about the budget", true),
    ])

    static func says(_ words: MessageWords) -> Bool {
        phrases.occurs(in: words) || isUnsureOfBudget(words)
    }

    /// Words of not knowing beside the budget: "budget idk", "not sure about budget".
    static let unsurePhrases = PhraseTable<Bool>([
        ("idk", true), ("dunno", true), ("not sure", true), ("unsure", true), ("no idea", true), ("do not know", true),
        ("depends", true), ("unclear", true), ("not decided", true), ("undecided", true),
    ])

    /// Whether a clause names the budget and a "not sure", with no amount after it: "budget
    /// idk, depends on the price", "not sure about budget" (blind audit 46 asked the budget again).
    static func isUnsureOfBudget(_ words: MessageWords) -> Bool {
        guard let budget = (0..<words.count).first(where: { words[$0].text == "budget" }),
              !(budget..<words.count).contains(where: { words[$0].isNumber }) else { return false }
        return words.clauses().contains { clause in
            clause.contains(budget) && clause.contains { unsurePhrases.match(words, at: $0) != nil }
        }
    }
}

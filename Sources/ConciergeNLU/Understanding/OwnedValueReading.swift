/// The lookup values a message says the visitor already has: "we're on Growth", "our Starter
/// plan", "I have Growth", "Growth customer here", "upgrading from Starter". A value only named
/// ("how much is Growth?", "difference between Mail Pro and Growth", "maybe Growth then") is
/// interest, not what they are on (blind audit 51 stored the plan of four prospects that way,
/// and "anything cheaper?" then left it out).
///
///     OwnedValueReading.spans(words, values: [7..<13])   // "we're on Growth, anything cheaper?" → [7..<13]
enum OwnedValueReading {
    /// A word right before the value (an article or "plan" may stand between) that makes it theirs.
    static let holders: Set<String> = [
        "our", "my", "current", "currently", "existing", "have", "has", "had", "got", "use", "using", "uses",
        "bought", "purchased", "paid", "subscribed", "renewed", "renewing", "cancel", "cancelling", "canceling",
    ]
    /// "on Growth" is theirs after one of these: "we're on", "still on", "been on", "12 people
    /// in total on".
    static let beingOn: Set<String> = [
        "we", "i", "im", "are", "am", "r", "were", "was", "currently", "already", "still", "been", "us", "me", "now",
        "team", "company", "account", "workspace", "total", "people", "seats", "everyone", "all", "both",
    ]
    /// "from Starter" is theirs after one of these: "upgrade from", "switching from".
    static let movingFrom: Set<String> = [
        "upgrade", "upgrading", "downgrade", "downgrading", "switch", "switching", "move", "moving", "migrate",
        "migrating", "coming", "change", "changing",
    ]
    /// A word right after the value that makes it theirs: "Growth customer".
    static let holderNouns: Set<String> = ["customer", "customers", "user", "users", "subscriber", "subscribers", "subscription"]
    /// Words before a verb of having that make it a question or a wish: "can use", "to have".
    static let modals: Set<String> = ["can", "could", "would", "will", "should", "may", "might", "to", "cant", "cannot", "wanna"]
    /// Words that may stand between the cue and the value.
    static let fillers: Set<String> = ["the", "a", "an", "plan", "bundle", "package", "tier"]

    /// The spans of `values` (Unicode scalar offsets) the message says the visitor has.
    static func spans(_ words: MessageWords, values: [Range<Int>]) -> [Range<Int>] {
        values.filter { span in
            let first = words.index(atOrAfter: span.lowerBound)
            var before = first - 1
            while before >= 0, fillers.contains(words[before].text), first - before <= 3 { before -= 1 }
            if before >= 0, !words[before].isBreak, isCue(words, at: before) { return true }
            let after = words.index(atOrAfter: span.upperBound)
            var next = after
            while next < words.count, fillers.contains(words[next].text), next - after < 2 { next += 1 }
            return next < words.count && holderNouns.contains(words[next].text)
        }
    }

    /// Whether the word at `index` makes the value after it theirs.
    private static func isCue(_ words: MessageWords, at index: Int) -> Bool {
        let word = words[index].text
        let previous = index > 0 && !words[index - 1].isBreak ? words[index - 1].text : nil
        // "how many people can use the growth plan", "we'd like to use Growth": a use asked
        // about or wished for, not the plan they are on (blind audit 67).
        if holders.contains(word) { return !(previous.map(modals.contains) ?? false) }
        guard let previous else { return false }
        switch word {
        case "on": return beingOn.contains(previous)
        case "from": return movingFrom.contains(previous)
        case "for": return previous == "paying" || previous == "pay"
        default: return false
        }
    }
}

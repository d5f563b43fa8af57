import ConciergeEntities

/// A number or amount entity of the message with the items it covers, for the number readings.
struct NumberMention: Sendable {
    var entity: EntityMatch
    var value: Double
    /// Items `first..<after` of `MessageWords` cover the entity.
    var first: Int
    var after: Int
    var isMoney: Bool

    init?(_ entity: EntityMatch, words: MessageWords) {
        switch entity.entity {
        case "number":
            guard let value = entity.value.numberValue else { return nil }
            self.value = value
            isMoney = false
        case "money":
            guard let amount = entity.value["amount"]?.numberValue else { return nil }
            value = amount
            isMoney = true
        default:
            return nil
        }
        self.entity = entity
        first = words.index(atOrAfter: entity.start)
        // An entity that starts inside the last token has no item of its own.
        guard first < words.count else { return nil }
        after = max(words.index(atOrAfter: entity.end), first + 1)
    }

    /// The word right after the number, past a hyphen ("a 7-digit number", "420 families"):
    /// what it counts; nil at the end of the message.
    func nounAfter(in words: MessageWords) -> String? {
        let next = after < words.count && words[after].text == "-" ? after + 1 : after
        return next < words.count ? words[next].text : nil
    }
}

/// The words around a number that say what it is, shared by the head-count, budget and
/// exclusion readings.
enum NumberContext {
    /// Words between a cue and its number: "about 30", "around ~40", "at least 5", "budget is: 300".
    static let approximators: Set<String> = [
        "about", "around", "roughly", "approximately", "approx", "~", "like", "maybe", "almost", "nearly", "over",
        "under", "just", "only", "exactly", "some", "circa", "ca", "least", "most", "up", "to", "is", "of", ":",
        "=", "-", "at", "max", "maximum", "min", "minimum", "currently", "now", "probably", "prob", "around",
        "approx.", "+/-", "give", "or", "so", "a", "total", "sth", "something",
    ]

    /// The normalized word before `index`, skipping approximators and symbols; with its index.
    static func wordBefore(_ words: MessageWords, _ index: Int, skipping: Set<String> = approximators) -> (String, Int)? {
        var at = index - 1
        while at >= 0 {
            let word = words[at]
            if word.isBreak && word.text != ":" { return nil }
            if word.isWord, !skipping.contains(word.text) { return (word.text, at) }
            if word.isNumber { return nil }
            at -= 1
        }
        return nil
    }

    /// Whether any of `cues` is among the `span` words before `index` in its clause.
    static func clauseHas(_ cues: Set<String>, before index: Int, within span: Int, _ words: MessageWords) -> Bool {
        var at = index - 1
        var seen = 0
        while at >= 0, seen < span {
            let word = words[at]
            if word.isBreak { return false }
            if word.isWord {
                if cues.contains(word.text) { return true }
                seen += 1
            }
            at -= 1
        }
        return false
    }

    /// The first word after `index` (skipping "+", "-" and the like), with its index.
    static func wordAfter(_ words: MessageWords, _ index: Int) -> (String, Int)? {
        var at = index
        while at < words.count {
            let word = words[at]
            if word.isBreak { return nil }
            if word.isWord { return (word.text, at) }
            if word.isNumber { return nil }
            at += 1
        }
        return nil
    }
}

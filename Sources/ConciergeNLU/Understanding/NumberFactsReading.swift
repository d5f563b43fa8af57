import ConciergeEntities
import ConciergeJSON

/// The number facts of a message, read from its number and money entities in order:
/// excluded numbers (standards, versions, years, names; see `NumberExclusion`) and values a
/// correction replaces ("not 12") are dropped; a head count needs people words, a budget
/// money or budget words; the rest are `numbers`. A number alone in the message ("55",
/// "around 40", "sorry, I meant 30") is a bare head count, a bare budget (in US dollars) and
/// a bare number at once: only the question being asked says which it answers.
/// Ranges give their upper end ("10-20 people" → 20; "between 200 and 300 a month" → 300
/// with "min" 200).
///
///     NumberFactsReading.read(words, entities: entities)   // "we're 12, budget 300 a month"
///     // headCount 12 (.explicit), budget {"amount": 300, "currency": "USD", "period": "month"}
enum NumberFactsReading {
    struct Facts {
        var headCount: Understanding.NumberFact?
        var budget: Understanding.MoneyFact?
        var numbers: [Understanding.NumberFact] = []
        /// A value is marked as replaced ("not 12", "instead of 500"): the message corrects.
        var replacesValue = false
    }

    /// Entities whose numbers are no quantity of their own.
    static let otherEntities: Set<String> = ["phone", "date", "time", "duration", "percentage", "ordinal", "url", "email"]
    static let rangeJoiners: Set<String> = ["-", "–", "to", "and", "or"]

    static func read(_ words: MessageWords, entities: [EntityMatch]) -> Facts {
        var facts = Facts()
        let mentions = self.mentions(words, entities)
        var others: [NumberMention] = []
        var pendingLower: NumberMention?
        var replaced: [NumberMention] = []
        var headCount: NumberMention?
        for (index, mention) in mentions.enumerated() {
            if isReplaced(mention, words, among: mentions.count) {
                facts.replacesValue = true
                replaced.append(mention)
                continue
            }
            if mention.isMoney {
                if facts.budget == nil, !BudgetReading.isProductPrice(mention, words) {
                    // A sum asked about answers only the budget question.
                    let evidence: Understanding.Evidence = BudgetReading.isSumAsked(mention, words) ? .bare : .explicit
                    facts.budget = moneyFact(mention.entity.value, mention, evidence)
                }
                continue
            }
            if NumberExclusion.isExcluded(mention, words) { continue }
            if index + 1 < mentions.count, joinsRange(mention, mentions[index + 1], words) {
                pendingLower = mention
                continue
            }
            let lower = pendingLower
            pendingLower = nil
            if NumberExclusion.isYear(mention, words) {
                if let lower { others.append(lower) }
                continue
            }
            // "just me and 1 trainer", "me plus 3 freelancers": the visitor counts too (blind audit 34).
            if let (before, at) = NumberContext.wordBefore(words, mention.first, skipping: []), before == "and" || before == "plus",
               at > 0, words[at - 1].text == "me" || words[at - 1].text == "myself", !mention.isMoney,
               mention.value >= 1, mention.value.rounded() == mention.value {
                headCount = mention
                facts.headCount = Understanding.NumberFact(value: mention.value + 1, start: words[at - 1].start,
                                                           end: mention.entity.end, evidence: .explicit)
                continue
            }
            // "we are 5... actually make that 7": the count just said, taken back (blind audit 58).
            if headCount != nil, correctsCount(mention, words) {
                headCount = mention
                facts.headCount = numberFact(mention, .explicit)
                continue
            }
            if HeadCountReading.isHeadCount(mention, words) {
                // "~1200 employees, marketing org is 85 people": the team's count, not the company's.
                if headCount.map({ HeadCountReading.teamWeight($0, words) < HeadCountReading.teamWeight(mention, words) }) ?? true {
                    headCount = mention
                    facts.headCount = numberFact(mention, .explicit)
                }
                continue
            }
            if let money = BudgetReading.amount(mention, words, min: lower?.value) {
                // "the Growth plan is 49 a month" prices a product: neither a budget nor a number.
                if facts.budget == nil, !BudgetReading.isProductPrice(mention, words) {
                    let evidence: Understanding.Evidence = BudgetReading.isSumAsked(mention, words) ? .bare : .explicit
                    facts.budget = moneyFact(money, mention, evidence, from: lower)
                }
                continue
            }
            if let lower { others.append(lower) }
            others.append(mention)
        }
        if let pendingLower { others.append(pendingLower) }
        // "maybe 100-150" alone: a bare range, which only the budget question can take, from its lower end.
        if others.count == 2, facts.headCount == nil, facts.budget == nil, joinsRange(others[0], others[1], words),
           BareNumber.isAlone(others[1], words, replaced: replaced + [others[0]]) {
            let (low, high) = (others[0], others[1])
            facts.budget = moneyFact(BudgetReading.money(high.value, period: nil, min: low.value), high, .bare, from: low)
            facts.numbers = [numberFact(high, .bare)]
            return facts
        }
        if others.count == 1, facts.headCount == nil, facts.budget == nil, BareNumber.isAlone(others[0], words, replaced: replaced) {
            let bare = others[0]
            facts.headCount = bare.value >= 1 && bare.value.rounded() == bare.value ? numberFact(bare, .bare) : nil
            facts.budget = bare.value > 0 ? moneyFact(BudgetReading.money(bare.value, period: nil), bare, .bare) : nil
            facts.numbers = [numberFact(bare, .bare)]
            return facts
        }
        // "that one", "any one", "one more time": a spelled "one" is a pronoun unless it stands alone.
        facts.numbers = others.filter { !isPronounOne($0) }.map { mention in
            numberFact(mention, countsThings(mention, words) ? .counted : .explicit)
        }
        return facts
    }

    /// What makes a number a count of things or of an audience, not of a team: "around 420
    /// families", "9 locations", "12k contacts" (blind audits 17 and 18). "5 users" counts seats.
    static let countedThings: Set<String> = [
        "families", "households", "customers", "clients", "subscribers", "contacts", "parents", "students", "pupils",
        "patients", "followers", "readers", "donors", "guests", "recipients", "attendees", "visitors", "leads",
        "locations", "stores", "shops", "branches", "outlets", "sites", "restaurants", "salons", "clinics", "offices",
        "schools", "emails", "messages", "newsletters", "texts", "campaigns", "products", "orders", "listings",
        "properties", "items", "brands", "warehouses",
    ]

    /// Plural nouns after a number that count people, or that make no count of things.
    static let notThings: Set<String> = ["members", "hours", "minutes", "days", "weeks", "months", "years", "times", "yes", "thanks", "plus"]

    /// Whether the noun after the number counts things: a listed one, or any other plural
    /// noun that is no people word ("14 gyms", "30 vans"), so that "like 30ish, it's for
    /// Hallmark Fitness - 14 gyms" still answers how many people (blind audit 31).
    static func countsThings(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        guard let noun = mention.nounAfter(in: words) else { return false }
        if countedThings.contains(noun) { return true }
        let isPlural = noun.utf8.count >= 4 && noun.utf8.last == UInt8(ascii: "s") && !noun.hasSuffix("ss")
            && noun.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
        return isPlural && !HeadCountReading.peopleWords.contains(noun) && !notThings.contains(noun)
            && !HeadCountReading.allowedAfter.contains(noun)
    }

    /// The number and money entities outside phone numbers, dates and the like, in order.
    private static func mentions(_ words: MessageWords, _ entities: [EntityMatch]) -> [NumberMention] {
        var mentions: [NumberMention] = []
        for entity in entities where entity.entity == "number" || entity.entity == "money" {
            let inside = entities.contains {
                otherEntities.contains($0.entity) && $0.start < entity.end && entity.start < $0.end
            }
            if !inside, let mention = NumberMention(entity, words: words) { mentions.append(mention) }
        }
        mentions.sort { $0.entity.start < $1.entity.start }
        return mentions
    }

    /// "10-20", "200 to 300", "between 200 and 300": two plain numbers with one joiner between.
    private static func joinsRange(_ low: NumberMention, _ high: NumberMention, _ words: MessageWords) -> Bool {
        guard !low.isMoney, !high.isMoney, high.first == low.after + 1, low.value < high.value * 1000 else { return false }
        return rangeJoiners.contains(words[low.after].text)
    }

    /// "not 12", "instead of 500", "rather than 12": the value a correction replaces, when
    /// the message gives another.
    private static func isReplaced(_ mention: NumberMention, _ words: MessageWords, among count: Int) -> Bool {
        guard count > 1, mention.first > 0 else { return false }
        let previous = words[mention.first - 1].text
        if previous == "not" { return true }
        guard mention.first > 1 else { return false }
        let pair = words[mention.first - 2].text
        return (pair == "instead" && previous == "of") || (pair == "rather" && previous == "than")
    }

    private static func isPronounOne(_ mention: NumberMention) -> Bool {
        mention.value == 1 && mention.entity.text.unicodeScalars.first.map { $0.properties.isAlphabetic } == true
    }

    private static func numberFact(_ mention: NumberMention, _ evidence: Understanding.Evidence) -> Understanding.NumberFact {
        Understanding.NumberFact(value: mention.value, start: mention.entity.start, end: mention.entity.end, evidence: evidence)
    }

    private static func moneyFact(_ value: JSONValue, _ mention: NumberMention, _ evidence: Understanding.Evidence,
                                  from lower: NumberMention? = nil) -> Understanding.MoneyFact {
        Understanding.MoneyFact(value: value, start: lower?.entity.start ?? mention.entity.start,
                                end: mention.entity.end, evidence: evidence)
    }

    /// A whole number right after words that take back what was just said: "make that 7",
    /// "make it 7", "sorry 7", "actually 7", "I mean 7", "or rather 7".
    static func correctsCount(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        guard !mention.isMoney, mention.value >= 1, mention.value.rounded() == mention.value,
              let (before, at) = NumberContext.wordBefore(words, mention.first, skipping: []) else { return false }
        switch before {
        case "that", "it": return at > 0 && words[at - 1].text == "make"
        case "sorry", "actually", "mean", "meant", "rather": return true
        default: return false
        }
    }
}

import ConciergeBot
import ConciergeDialog
import ConciergeEngine
import ConciergeJSON

/// How one simulated conversation went.
public struct ConversationVerdict: Sendable {
    public var seed: UInt64
    public var goalReached: Bool
    public var succeeded: Bool
    /// Visitor messages.
    public var turns: Int
    /// "turn 5: asked team_size again after it was answered"
    public var reasks: [String]
    /// "turn 4: team_size is 44, the visitor said 900"
    public var wrongValues: [String]
    /// "turn 2: email in the transcript text before consent"
    public var consentViolations: [String]
    public var fallbacks: Int
    /// Why the conversation failed, if it did.
    public var problems: [String]

    /// Succeeded without a wrong value, a consent violation, a re-ask or a fallback.
    public var isClean: Bool {
        succeeded && wrongValues.isEmpty && consentViolations.isEmpty && reasks.isEmpty && fallbacks == 0
    }
}

/// Judges a simulated conversation against its persona: the goal (lead → a consented
/// `lead_captured` whose fields match the facts, demo → the same carrying the demo request,
/// faq → `faq_answered` for each id, suggestions → products that are not excluded, handoff →
/// one handoff and only acknowledgements (or FAQ answers) after it, refusal → no lead and no personal data
/// kept, language_notice → the bot's `language_unsupported` phrase), re-asked questions,
/// slot values that differ from the facts, personal data shown without consent, fallbacks.
///
///     let judge = ConversationJudge(bot: simulatedBot)
///     let verdict = judge.verdict(conversation)
///     verdict.succeeded, verdict.wrongValues   // true, []
struct ConversationJudge: Sendable {
    let bot: SimulatedBot

    func verdict(_ conversation: SimulatedConversation) -> ConversationVerdict {
        let persona = conversation.persona
        let turns = conversation.turns
        let reached = goalReached(persona, turns: turns)
        let fallbacks = turns.filter { bot.isFallback($0.reply) }.count
        var problems: [String] = []
        if !reached { problems.append(missedGoal(persona, turns: turns)) }
        if let index = handoffTurn(in: turns), !bot.handoffNoticeIsTrue(turns[index].reply, at: turns[index].commit.at) {
            problems.append("turn \(index): the handoff message is wrong about business hours at \(turns[index].commit.at)")
        }
        if let limit = persona.maxFallbacks, fallbacks > limit {
            problems.append("\(fallbacks) fallback\(fallbacks == 1 ? "" : "s"), \(limit) allowed")
        }
        return ConversationVerdict(
            seed: conversation.seed, goalReached: reached, succeeded: problems.isEmpty, turns: conversation.visitorTurns,
            reasks: reasks(turns), wrongValues: wrongValues(persona, turns: turns),
            consentViolations: ConsentCheck(bot: bot, persona: persona).violations(turns), fallbacks: fallbacks,
            problems: problems)
    }

    // MARK: Goals

    func handoffTurn(in turns: [SimulatedTurn]) -> Int? {
        turns.firstIndex { turn in turn.reply.events.contains { $0.type == "handoff" } }
    }

    /// Whether the visitor is done with its goal: reached, a lead captured for a lead or demo
    /// goal, or consent refused and the form over for a refusal (right or wrong, a visitor who
    /// was thanked, or told nothing is kept, leaves).
    func goalSettled(_ persona: Persona, turns: [SimulatedTurn]) -> Bool {
        switch persona.goal.kind {
        case .lead, .demo:
            if !leads(in: turns.flatMap(\.reply.events)).isEmpty { return true }
        case .refusal:
            if turns.contains(where: { $0.act == .consent(false) }), turns.last?.session.form == nil { return true }
        default:
            break
        }
        return goalReached(persona, turns: turns)
    }

    func goalReached(_ persona: Persona, turns: [SimulatedTurn]) -> Bool {
        let events = turns.flatMap(\.reply.events)
        switch persona.goal.kind {
        case .lead:
            return leads(in: events).contains { $0.consent && leadMatches($0.fields, persona) }
        case .demo:
            return leads(in: events).contains { $0.consent && leadMatches($0.fields, persona) && mentionsDemo(.object($0.fields)) }
        case .faq:
            let answered = Set(events.compactMap { event -> String? in
                if case .faqAnswered(let id) = event { return id }
                return nil
            })
            return persona.goal.faq.allSatisfy(answered.contains)
        case .suggestions:
            let excluded = Set(persona.goal.excludedProducts.map(FactMatch.fold))
            let suggestions = events.compactMap { event -> [String]? in
                if case .productsSuggested(let products) = event { return products }
                return nil
            }
            // An excluded product suggested once fails the goal, even if a later answer is right.
            return suggestions.contains { !$0.isEmpty }
                && !suggestions.joined().contains { excluded.contains(FactMatch.fold($0)) }
        case .handoff:
            return handedOffAndAcknowledged(turns)
        case .refusal:
            let refused = turns.contains { $0.act == .consent(false) }
            let kept = ConsentCheck(bot: bot, persona: persona).personalFacts.contains { _, value in
                turns.last.map { ConsentCheck.shows(value, in: JSONValue.object($0.session.slots).jsonText) } ?? false
            }
            return refused && leads(in: events).isEmpty && !kept
        case .languageNotice:
            return turns.contains { bot.saysLanguageNotice($0.reply) }
        }
    }

    private func handedOffAndAcknowledged(_ turns: [SimulatedTurn]) -> Bool {
        guard let first = handoffTurn(in: turns), first + 1 < turns.count else { return false }
        let handoffs = turns.flatMap(\.reply.events).filter { $0.type == "handoff" }.count
        let after = turns[(first + 1)...]
        // A question the bot answers while nobody is there (closed, or past the promised time)
        // is no step out of the handoff: an FAQ answer is allowed, nothing else.
        return handoffs == 1 && after.allSatisfy { turn in
            turn.reply.events.allSatisfy { $0.type == "faq_answered" } && turn.reply.messages.allSatisfy(\.buttons.isEmpty)
                && !bot.isFallback(turn.reply)
                && bot.engine.isHandedOff(turn.session)
        }
    }

    private func missedGoal(_ persona: Persona, turns: [SimulatedTurn]) -> String {
        var text = "goal \(persona.goal.kind.rawValue) not reached"
        if persona.goal.kind != .handoff, let index = handoffTurn(in: turns) {
            text += " (handed off at turn \(index))"
        } else if turns.count - 1 >= persona.maxTurns {
            text += " in \(persona.maxTurns) turns"
        }
        if persona.goal.kind == .refusal {
            let slots = turns.last.map { JSONValue.object($0.session.slots).jsonText } ?? ""
            let kept = ConsentCheck(bot: bot, persona: persona).personalFacts.filter { ConsentCheck.shows($0.value, in: slots) }
            if !turns.contains(where: { $0.act == .consent(false) }) { text += "; consent was never asked" }
            if !kept.isEmpty { text += "; still in the slots: " + kept.map(\.name).joined(separator: ", ") }
        }
        let captured = leads(in: turns.flatMap(\.reply.events))
        if [.lead, .demo].contains(persona.goal.kind), let lead = captured.first {
            text += "; lead captured: \(JSONValue.object(lead.fields).jsonText)"
        }
        return text
    }

    private func leads(in events: [DialogEvent]) -> [(fields: [String: JSONValue], consent: Bool)] {
        events.compactMap { event in
            guard case .leadCaptured(let lead, _, _, let consent) = event else { return nil }
            return (lead, consent)
        }
    }

    /// Every fact the bot's leads carry is in the lead, with the visitor's value.
    private func leadMatches(_ lead: [String: JSONValue], _ persona: Persona) -> Bool {
        persona.facts.allSatisfy { name, fact in
            guard bot.leadFields.contains(name) else { return true }
            guard let value = lead[name], value != .null else { return false }
            return !FactMatch.comparable(fact: fact, value: value) || FactMatch.matches(fact: fact, value: value, kind: bot.kinds[name] ?? .value)
        }
    }

    private func mentionsDemo(_ value: JSONValue) -> Bool {
        switch value {
        case .string(let text): return text.lowercased().contains("demo")
        case .object(let fields): return fields.contains { key, value in key.lowercased().contains("demo") || mentionsDemo(value) }
        case .array(let items): return items.contains(where: mentionsDemo)
        default: return false
        }
    }

    // MARK: Questions and values

    /// The bot asking a slot the visitor had already answered: a new question, or the same
    /// one again right after an answer to it (still asking it after a digression is not another).
    private func reasks(_ turns: [SimulatedTurn]) -> [String] {
        turns.enumerated().compactMap { index, turn in
            guard index > 0, turn.message != nil, let slot = turn.session.form?.slot, turn.answered.contains(slot) else {
                return nil
            }
            let answeredIt = [VisitorAct.answer(slot), .repeatAnswer(slot), .correction(slot), .skip(slot)].contains(turn.act)
            guard turns[index - 1].session.form?.slot != slot || answeredIt else { return nil }
            return "turn \(index): asked \(slot) again after it was answered"
        }
    }

    /// Values in replies' slots and in events that differ from what the visitor said.
    private func wrongValues(_ persona: Persona, turns: [SimulatedTurn]) -> [String] {
        var seen = Set<String>()
        var found: [String] = []
        for (index, turn) in turns.enumerated() {
            var values = turn.reply.slots.map { (name: $0.key, value: $0.value, place: "slots") }
            for event in turn.reply.events {
                if case .leadCaptured(let lead, _, _, _) = event {
                    values += lead.map { (name: $0.key, value: $0.value, place: "lead") }
                }
            }
            for (name, value, place) in values.sorted(by: { ($0.name, $0.place) < ($1.name, $1.place) })
            where value != .null && (bot.factSlots.contains(name) || persona.facts[name] != nil) {
                let expected = turn.stated[name] ?? persona.facts[name]
                let wrong = expected.map { fact in
                    FactMatch.comparable(fact: fact, value: value) && !FactMatch.matches(fact: fact, value: value, kind: bot.kinds[name] ?? .value)
                } ?? true
                guard wrong, seen.insert("\(name)=\(value.jsonText)").inserted else { continue }
                let said = expected.map { "the visitor said \(FactMatch.display($0))" } ?? "the visitor never gave one"
                found.append("turn \(index): \(name) is \(value.jsonText) in \(place), \(said)")
            }
        }
        return found
    }
}

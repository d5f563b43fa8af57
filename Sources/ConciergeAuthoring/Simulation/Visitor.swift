import ConciergeBot
import ConciergeDialog
import ConciergeEngine
import ConciergeJSON

/// Where the visitor stands on consent, as they said it.
///
///     conversation.turns.last?.consent   // .given after "yes" to the consent question
public enum ConsentStatus: String, Hashable, Sendable {
    case notGiven = "not_given"
    case given
    case refused
}

/// What a visitor message does, for reports and the judge.
///
///     turn.act   // .answer("team_size") for "team of 40" asked the team size
public enum VisitorAct: Hashable, Sendable {
    case open, otherLanguage, answer(String), repeatAnswer(String), skip(String), consent(Bool), consentLater
    case digression, nonAnswer, correction(String), human, afterHandoff, decline
}

/// One message of the visitor and the minutes of silence before it.
struct VisitorMessage {
    var text: String
    var act: VisitorAct
    var minutesBefore: Double = 1
}

/// A simulated visitor: reads what the bot asked (the form's slot, the state, the events)
/// and answers as its persona would — the question asked, with its facts and phrasings,
/// sometimes more facts, a digression, a correction, a refusal — until its goal, a handoff
/// or its turn limit. One-shot behaviours happen at a question picked with the seed.
///
///     var visitor = Visitor(persona: persona, bot: simulatedBot, random: &random)
///     let first = visitor.next(after: opening, session: session, goalReached: false, random: &random)
struct Visitor {
    let persona: Persona
    let bot: SimulatedBot
    let phrasing: VisitorPhrasing
    /// Facts as the visitor has stated them so far (a mistake until it is corrected).
    private(set) var stated: [String: JSONValue] = [:]
    /// Slots the visitor answered: a fact, a repeat or a skip.
    private(set) var answered: Set<String> = []
    private(set) var consent = ConsentStatus.notGiven
    /// At which form question (counted from 0) each one-shot behaviour happens.
    private var oneShotAt: [PersonaBehaviour: Int] = [:]
    private var questionsSeen = 0
    private var pendingCorrections: [String] = []
    /// The slot asked last and how many times in a row.
    private var askedStreak: (slot: String, count: Int)?
    private var sent: [VisitorAct] = []

    static let oneShots: [PersonaBehaviour] = [.outOfOrder, .faqDigression, .nonAnswer, .sessionExpires]
    /// Messages after a handoff before the visitor leaves.
    static let followUpsAfterHandoff = 2
    /// Times the visitor restates what they came for when the bot is elsewhere.
    static let restatements = 3
    /// A question asked this many times in a row and the visitor leaves, as people do.
    static let patience = 4

    init<Random: RandomNumberGenerator>(persona: Persona, bot: SimulatedBot, random: inout Random) {
        self.persona = persona
        self.bot = bot
        phrasing = VisitorPhrasing(persona: persona)
        for behaviour in Visitor.oneShots where persona.behaves(behaviour) {
            oneShotAt[behaviour] = Int(random.next() % 3)
        }
    }

    private func count(_ act: VisitorAct) -> Int { sent.filter { $0 == act }.count }

    /// The next message, or nil when the visitor is done.
    mutating func next<Random: RandomNumberGenerator>(
        after reply: Reply, session: DialogSession, goalReached: Bool, handedOff: Bool, random: inout Random
    ) -> VisitorMessage? {
        guard sent.count < persona.maxTurns, let message = choose(reply: reply, session: session, goalReached: goalReached,
                                                                  handedOff: handedOff, random: &random) else { return nil }
        sent.append(message.act)
        return message
    }

    private mutating func choose<Random: RandomNumberGenerator>(
        reply: Reply, session: DialogSession, goalReached: Bool, handedOff: Bool, random: inout Random
    ) -> VisitorMessage? {
        if sent.isEmpty {
            if persona.behaves(.otherLanguage) { return say("other_language", act: .otherLanguage, random: &random) }
            return say("open", act: .open, random: &random)
        }
        if handedOff {
            let wantsPerson = persona.goal.kind == .handoff || persona.behaves(.asksForHuman)
            guard wantsPerson, count(.afterHandoff) < Visitor.followUpsAfterHandoff else { return nil }
            return say("after_handoff", act: .afterHandoff, random: &random)
        }
        if goalReached {
            guard persona.behaves(.declinesOffer), count(.decline) == 0 else { return nil }
            return say("decline", act: .decline, random: &random)
        }
        if let slot = pendingCorrections.first {
            pendingCorrections.removeFirst()
            return correct(slot, random: &random)
        }
        if consent == .refused, persona.behaves(.consentRefusedThenGiven), count(.consentLater) == 0 {
            consent = .given
            return say("consent_later", act: .consentLater, random: &random)
        }
        if let slot = session.form?.slot {
            let streak = askedStreak?.slot == slot ? (askedStreak?.count ?? 0) + 1 : 1
            askedStreak = (slot, streak)
            guard streak < Visitor.patience else { return nil }
            return answer(slot, random: &random)
        }
        askedStreak = nil
        return outsideForm(random: &random)
    }

    /// Not in a form and the goal not reached: ask for a person, or say again what they came for.
    private mutating func outsideForm<Random: RandomNumberGenerator>(random: inout Random) -> VisitorMessage? {
        let wantsPerson = persona.goal.kind == .handoff || persona.behaves(.asksForHuman)
        if wantsPerson, phrasing.has("human"), count(.human) < Visitor.restatements {
            return say("human", act: .human, random: &random)
        }
        if sent.contains(.otherLanguage), count(.open) == 0, phrasing.has("open") {
            return say("open", act: .open, random: &random)
        }
        guard phrasing.has("open"), count(.open) < Visitor.restatements else { return nil }
        return say("open", act: .open, random: &random)
    }

    private mutating func answer<Random: RandomNumberGenerator>(_ slot: String, random: inout Random) -> VisitorMessage {
        let question = questionsSeen
        questionsSeen += 1
        if bot.consentSlots.contains(slot) { return answerConsent(random: &random) }
        var message: VisitorMessage
        if oneShotAt[.faqDigression] == question {
            message = say("digression", act: .digression, random: &random)
        } else if oneShotAt[.nonAnswer] == question {
            message = say("non_answer", act: .nonAnswer, random: &random)
        } else if oneShotAt[.outOfOrder] == question, let other = unstatedFacts(excluding: slot).first {
            message = give([other], act: .answer(other), random: &random)
        } else if answered.contains(slot), let value = stated[slot] {
            message = say("repeat", act: .repeatAnswer(slot), value: value, random: &random)
        } else if persona.facts[slot] != nil, let several = severalFacts(answering: slot, random: &random) {
            message = several
        } else if persona.facts[slot] != nil {
            message = give([slot] + extraFacts(excluding: slot, random: &random), act: .answer(slot), random: &random)
        } else {
            answered.insert(slot)
            message = say("skip", act: .skip(slot), random: &random)
        }
        if oneShotAt[.sessionExpires] == question { message.minutesBefore = bot.sessionTimeoutMinutes + 5 }
        return message
    }

    /// Now and then, for `several_facts_at_once`, one of the persona's own `several` phrasings
    /// that gives the asked fact with others it may say now.
    private mutating func severalFacts<Random: RandomNumberGenerator>(answering slot: String,
                                                                       random: inout Random) -> VisitorMessage? {
        guard persona.behaves(.severalFactsAtOnce), random.next() % 2 == 0 else { return nil }
        let sayable = Set(unstatedFacts(excluding: slot) + [slot])
        let fitting = (persona.phrasings["several"] ?? []).filter { source in
            let names = PersonaPhrase(source).placeholders.filter { persona.facts[$0] != nil }
            return names.contains(slot) && names.allSatisfy(sayable.contains)
        }
        guard !fitting.isEmpty else { return nil }
        let said = phrasing.say("several", facts: persona.facts, among: fitting, random: &random)
        for name in said.facts {
            stated[name] = persona.facts[name]
            answered.insert(name)
        }
        return VisitorMessage(text: said.text, act: .answer(slot))
    }

    private mutating func answerConsent<Random: RandomNumberGenerator>(random: inout Random) -> VisitorMessage {
        let refuses = persona.behaves(.consentRefused)
            || persona.behaves(.consentRefusedThenGiven) && count(.consent(false)) == 0 && count(.consentLater) == 0
        consent = refuses ? .refused : .given
        if refuses { return say("no", act: .consent(false), random: &random) }
        var message = say("yes", act: .consent(true), random: &random)
        if persona.behaves(.severalFactsAtOnce), random.next() % 2 == 0, let name = unstatedFacts(excluding: "").first(where: {
            bot.personalSlots.contains($0) }) {
            message.text += ", " + phrase(name, random: &random)
        }
        return message
    }

    /// Says facts in one message, the first as the answer; states mistakes first where the persona makes them.
    private mutating func give<Random: RandomNumberGenerator>(_ slots: [String], act: VisitorAct,
                                                               random: inout Random) -> VisitorMessage {
        let parts = slots.map { phrase($0, random: &random) }
        let joiners = [", ", " and ", ". ", " — "]
        var text = parts.first ?? ""
        for part in parts.dropFirst() { text += joiners[Int(random.next() % UInt64(joiners.count))] + part }
        return VisitorMessage(text: text, act: act)
    }

    /// One fact in the persona's words, recorded as stated.
    private mutating func phrase<Random: RandomNumberGenerator>(_ slot: String, random: inout Random) -> String {
        var facts = persona.facts
        if persona.behaves(.correction), let mistake = persona.mistakes[slot], stated[slot] == nil {
            facts[slot] = mistake
            pendingCorrections.append(slot)
        }
        let said = phrasing.say(slot, facts: facts, random: &random)
        for name in [slot] + said.facts where stated[name] == nil || name == slot {
            stated[name] = facts[name]
            answered.insert(name)
        }
        return said.text
    }

    private mutating func correct<Random: RandomNumberGenerator>(_ slot: String, random: inout Random) -> VisitorMessage {
        let mistake = stated[slot]
        stated[slot] = persona.facts[slot]
        return say("correction", act: .correction(slot), value: persona.facts[slot], mistake: mistake, random: &random)
    }

    /// Facts not said yet that make sense unasked (not a bare yes or no), in a stable order;
    /// personal ones only after consent (or for a persona that volunteers them).
    private func unstatedFacts(excluding slot: String) -> [String] {
        persona.facts.keys.sorted().filter { name in
            name != slot && stated[name] == nil && bot.factSlots.contains(name) && !bot.yesNoSlots.contains(name)
                && (!bot.personalSlots.contains(name) || consent == .given || persona.behaves(.volunteersContact))
        }
    }

    private func extraFacts<Random: RandomNumberGenerator>(excluding slot: String, random: inout Random) -> [String] {
        var extra: [String] = []
        if persona.behaves(.volunteersContact), consent != .given {
            extra += unstatedFacts(excluding: slot).filter { bot.personalSlots.contains($0) }.prefix(1)
        }
        guard persona.behaves(.severalFactsAtOnce), random.next() % 5 < 3 else { return extra }
        let candidates = unstatedFacts(excluding: slot).filter { !extra.contains($0) }
        let wanted = 1 + Int(random.next() % 2)
        return extra + candidates.shuffled(using: &random).prefix(wanted)
    }

    private mutating func say<Random: RandomNumberGenerator>(
        _ key: String, act: VisitorAct, value: JSONValue? = nil, mistake: JSONValue? = nil, random: inout Random
    ) -> VisitorMessage {
        let said = phrasing.say(key, facts: stated.merging(persona.facts) { mine, _ in mine },
                                value: value, mistake: mistake, random: &random)
        for name in said.facts where stated[name] == nil {
            stated[name] = persona.facts[name]
            answered.insert(name)
        }
        return VisitorMessage(text: said.text, act: act)
    }
}

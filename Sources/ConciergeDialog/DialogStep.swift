import ConciergeBot
import ConciergeEntities
import ConciergeNLU
import Foundation
import ConciergeJSON

/// The working state of one turn: the session being changed, the messages and events so
/// far, and the random source. Lives only inside `DialogMachine.step`.
/// What a message is as a button click.
enum ButtonClick {
    case intent(label: String, intent: String)
    /// `/intent` naming an intent the bot does not have (a button from an older version).
    case stale
    case none
}

/// One step of the dialog machine in progress: the session being changed, and what the step
/// says and emits so far. `DialogMachine.step` runs one and returns its output.
struct DialogStep<Random: RandomNumberGenerator> {
    let machine: DialogMachine
    var session: DialogSession
    var random: Random
    let now: Date
    var messages: [BotMessage] = []
    var events: [DialogEvent] = []
    /// Set when the turn entered a handoff state; the event is added last, with the whole turn in its transcript.
    var pendingHandoff: HandoffReason?
    var actedIntent = ""
    var button: String?
    var previousFallbacks = 0
    /// The user's message, for product actions that read names and needs from it.
    var message = ""

    init(machine: DialogMachine, session: DialogSession, random: Random, now: Date) {
        self.machine = machine
        self.session = session
        self.random = random
        self.now = now
    }

    var settings: DialogSettings { machine.dialog.settings }
    var currentState: MachineState? { session.state.flatMap { machine.states[$0] } }

    mutating func run(_ input: DialogInput) {
        let parse = input.parse
        message = parse.text
        expireIfIdle()
        if session.state.flatMap({ machine.states.index(forKey: $0) }) == nil { session.state = settings.start }
        session.lastActivity = now
        session.turns += 1
        previousFallbacks = session.consecutiveFallbacks
        session.consecutiveFallbacks = 0
        if !input.context.isEmpty {
            for slot in machine.slots where session.slots[slot.name] == nil {
                if let value = input.context[slot.name] { session.slots[slot.name] = value }
            }
        }
        actedIntent = parse.intent.name
        // Emoji and punctuation alone say nothing the dialog can act on, whatever NLU made of them.
        if parse.decision == .empty || !parse.text.contains(where: { $0.isLetter || $0.isNumber }) {
            session.consecutiveFallbacks = previousFallbacks
            say(settings.messages[.empty])
            reaskPendingQuestion()
            return
        }
        var strong = parse.decision == .pattern || parse.decision == .exactExample
        switch resolveButton(parse.text) {
        case .intent(let label, let intent):
            actedIntent = intent
            button = label
            strong = true
        case .stale:
            // A button of an intent the bot no longer has: not something to classify.
            actedIntent = ParseResult.outOfScope
            strong = true
        case .none:
            break
        }
        if let handoff = machine.handoffState, session.state != handoff,
           parse.understanding.sentiment <= settings.frustrationThreshold {
            say(settings.messages[.frustration])
            enter(handoff, reason: .frustration)
            return
        }
        let (filled, invalid) = fillSlots(parse.entities)
        if session.form != nil, handleForm(parse: parse, strong: strong, filled: filled, invalid: invalid) { return }
        route(actedIntent, parse: parse, strong: strong)
    }

    /// The reply; records the turn in the bounded transcript of `session`.
    mutating func finish(intent: String, userText: String?) -> DialogOutput {
        session.buttons = messages.flatMap(\.buttons)
        if let userText {
            session.transcript.append(TranscriptTurn(
                user: String(userText.prefix(DialogSession.transcriptTextLimit)), bot: messages.map(\.text)))
            if session.transcript.count > DialogSession.transcriptLimit {
                session.transcript.removeFirst(session.transcript.count - DialogSession.transcriptLimit)
            }
        }
        if let reason = pendingHandoff {
            events.append(.handoff(reason: reason, transcript: session.transcript))
        }
        return DialogOutput(
            messages: messages, intent: intent, button: button, state: session.state ?? settings.start,
            slots: session.slots, events: events)
    }

    // MARK: Speaking

    /// Says one of the variations (picked with the turn's random source) with `buttons`.
    mutating func say(_ variations: [Template], buttons: [Button] = []) {
        guard !variations.isEmpty else {
            if !buttons.isEmpty { messages.append(BotMessage(text: "", buttons: buttons)) }
            return
        }
        let index = variations.count == 1 ? 0 : Int.random(in: 0..<variations.count, using: &random)
        messages.append(BotMessage(text: variations[index].render(session.slots), buttons: buttons))
    }

    func buttons(_ definitions: [ButtonDefinition]) -> [Button] {
        definitions.map { definition in
            definition.intent.map { Button(label: definition.label, intent: $0) }
                ?? Button(label: definition.label, payload: definition.label)
        }
    }

    // MARK: Moving between states

    /// Enters a state: says its messages, starts its form or follows its `then:` transitions.
    mutating func enter(_ target: String, reason: HandoffReason, depth: Int = 0) {
        var name = target
        if name == DialogDefinition.restartTarget {
            resetConversation()
            name = settings.start
        }
        guard let state = machine.states[name] else { return }
        session.state = name
        session.form = nil
        if let lead = state.lead { scoreLead(lead) }
        say(state.say, buttons: buttons(state.buttons))
        if let action = state.products { runProducts(action) }
        if state.handoff { pendingHandoff = reason }
        // The loader rejects cycles without input; the bound is a second line of defence.
        guard depth < 32 else { return }
        if state.form != nil {
            advanceForm(depth: depth)
        } else if let next = state.then.first(where: { $0.condition?.holds(in: session.slots) ?? true }) {
            enter(next.target, reason: reason, depth: depth + 1)
        }
    }

    /// Clears the conversation but keeps the profile slots, and goes back to the start state.
    mutating func resetConversation() {
        let profile = Set(settings.profileSlots)
        session.slots = session.slots.filter { profile.contains($0.key) }
        session.form = nil
        session.buttons = []
        session.consecutiveFallbacks = 0
        previousFallbacks = 0
        session.state = settings.start
    }

    mutating func expireIfIdle() {
        guard let last = session.lastActivity, session.state != nil,
              now.timeIntervalSince(last) > settings.sessionTimeout else { return }
        resetConversation()
        events.append(.sessionExpired)
    }

    // MARK: Routing

    /// A button click: `/intent` of a known intent (even from an older reply), or the label
    /// of a button of the last reply that names an intent; `/unknown` is a stale button.
    func resolveButton(_ text: String) -> ButtonClick {
        let trimmed = text.trimmedWhitespace
        if trimmed.hasPrefix("/"), trimmed.count > 1, !trimmed.contains(where: \.isWhitespace) {
            let intent = String(trimmed.dropFirst())
            guard machine.intents.contains(intent) else { return .stale }
            return .intent(label: session.buttons.first { $0.intent == intent }?.label ?? machine.label(for: intent), intent: intent)
        }
        let folded = trimmed.lowercased()
        guard let clicked = session.buttons.first(where: { $0.label.lowercased() == folded }),
              let intent = clicked.intent, machine.intents.contains(intent) else { return .none }
        return .intent(label: clicked.label, intent: intent)
    }

    mutating func route(_ intent: String, parse: ParseResult, strong: Bool) {
        let state = currentState
        if !strong, parse.decision == .classifier, askDidYouMean(parse, state: state) { return }
        if intent == ParseResult.outOfScope {
            fallback(parse)
        } else if let transition = DialogStep.first(state?.on ?? [], intent: intent, slots: session.slots)
                    ?? DialogStep.first(machine.dialog.globals, intent: intent, slots: session.slots) {
            enter(transition.target, reason: .requested)
        } else if let faq = machine.faqByIntent[intent] {
            say(faq.answer, buttons: buttons(faq.buttons))
            events.append(.faqAnswered(id: faq.id))
            reaskPendingQuestion()
        } else {
            fallback(parse)
        }
    }

    static func first(_ transitions: [Transition], intent: String, slots: [String: JSONValue]) -> Transition? {
        transitions.first { $0.intent == intent && ($0.condition?.holds(in: slots) ?? true) }
    }

    /// "Did you mean A or B?" when the best two intents are within the margin and both lead somewhere.
    mutating func askDidYouMean(_ parse: ParseResult, state: MachineState?) -> Bool {
        guard parse.ranking.count >= 2 else { return false }
        let (best, second) = (parse.ranking[0], parse.ranking[1])
        guard best.confidence - second.confidence < settings.didYouMeanMargin,
              [best, second].allSatisfy({ $0.name != ParseResult.outOfScope && machine.handles($0.name, in: state) })
        else { return false }
        say(settings.messages[.didYouMean], buttons: [best, second].map {
            Button(label: machine.label(for: $0.name), intent: $0.name)
        })
        return true
    }

    /// Says the fallback with the best guesses as buttons; offers, then hands over to, a human.
    mutating func fallback(_ parse: ParseResult) {
        session.consecutiveFallbacks = previousFallbacks + 1
        if let handoff = machine.handoffState, session.state != handoff,
           session.consecutiveFallbacks >= settings.handoffAfter {
            session.consecutiveFallbacks = 0
            enter(handoff, reason: .repeatedFallback)
            return
        }
        let state = currentState
        let suggestions = parse.ranking
            .filter { $0.name != ParseResult.outOfScope && $0.name != machine.humanIntent && machine.handles($0.name, in: state) }
            .prefix(3)
            .map { Button(label: machine.label(for: $0.name), intent: $0.name) }
        if session.consecutiveFallbacks >= settings.offerHumanAfter, let human = machine.humanIntent {
            say(settings.messages[.fallback])
            say(settings.messages[.offerHuman], buttons: [Button(label: settings.messages.label(.humanButton) ?? "", intent: human)] + suggestions)
        } else {
            say(settings.messages[.fallback], buttons: Array(suggestions))
        }
        reaskPendingQuestion()
    }
}

extension DialogStep {
    /// Leaves the handoff state (see `DialogMachine.handBack`).
    mutating func handBack() {
        guard let handoff = machine.handoffState, session.state == handoff else { return }
        session.lastActivity = now
        session.state = settings.start
        session.form = nil
        session.consecutiveFallbacks = 0
        say(settings.messages[.handback])
    }
}

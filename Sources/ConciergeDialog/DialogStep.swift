import ConciergeBot
import ConciergeEntities
import ConciergeNLU
import Foundation
import ConciergeJSON

/// What a message is as a button click.
enum ButtonClick: Equatable {
    case intent(label: String, intent: String)
    /// `/intent` naming an intent the bot does not have (a button from an older version).
    case stale
    /// An engine button: leave the form, or yes / no to a confirmation.
    case leaveForm, yes, no
    case none
}

/// The payloads of the engine's own buttons (not intents): yes / no to a confirmation or a
/// yes/no question, and leaving a form.
enum EngineButton {
    static let yes = "/yes"
    static let no = "/no"
    static let leaveForm = "/leave_form"
}

/// The caller's random source, behind one concrete type: `DialogStep` is not generic, so its
/// code is compiled for the one type it runs with. A generic step ran unspecialised in every
/// caller's module (public generic entry points), asking the runtime for its layout and
/// metadata on every call. The same numbers are drawn from the caller's generator.
struct TurnRandom: RandomNumberGenerator {
    var base: any RandomNumberGenerator

    mutating func next() -> UInt64 {
        base.next()
    }
}

/// One step of the dialog machine in progress: the session being changed, and what the step
/// does and says so far. `DialogMachine.step` runs one and returns its output.
struct DialogStep {
    let machine: DialogMachine
    var session: DialogSession
    var random: TurnRandom
    let now: Date
    var messages: [BotMessage] = []
    var actions: [DialogAction] = []
    var transitions: [DialogTransition] = []
    var events: [DialogEvent] = []
    /// Set when the turn entered a handoff state; the event is added last, with the whole turn in its transcript.
    var pendingHandoff: HandoffReason?
    var actedIntent = ""
    var button: String?
    var previousFallbacks = 0
    /// The user's message, for product actions that read names and needs from it.
    var message = ""
    /// What NLU read in the message beyond its intent.
    var understanding = Understanding()
    /// How NLU settled the intent: a pattern or example of the bot's is certain, the classifier's guess is not.
    var decision = ParseResult.Decision.empty
    /// NLU's confidence in its intent.
    var confidence = 0.0
    /// Spans of the message (Unicode scalar offsets) holding personal values without consent,
    /// masked in the transcript, with the slot each belongs to.
    var masks: [(start: Int, end: Int, slot: String)] = []
    /// The message is a confident request of its own (an FAQ, help, a person), or a question:
    /// not a free-text answer to the question asked.
    var digresses = false
    /// The form whose consent question this turn refused, to come back to on a later yes, and
    /// the questions it had passed over.
    var refusedIn: String?
    var refusedSkipped: [String] = []
    /// The e-mail addresses and phone numbers in the message: masked in what is stored until
    /// consent, whether or not a slot took them.
    var contacts: [EntityMatch] = []
    /// A reply of this turn says a value held for consent back to the user: its stored copy is masked.
    var saidHeldValue = false
    /// Personal values released by consent that this turn erased (a refusal or withdrawal
    /// after consent), and a company the visitor asked to forget, by slot.
    var erased: [String: String] = [:]
    /// This turn's erasure spared some details, and the consent they were given under.
    var keptConsent = false
    /// Where this turn said `consent_needed`: a consent question later in the turn makes it redundant.
    var consentNotice: Int?
    /// This turn put the consent question off for the form's next one (`postponeEarlyConsent`):
    /// the visitor did not answer that one, so what the message fills there is acknowledged.
    var postponedConsent = false
    /// The products the previous reply priced, and its discount (`DialogSession.priced`).
    var lastPriced: (products: [Product], discount: CatalogDiscount?)?

    init(machine: DialogMachine, session: DialogSession, random: TurnRandom, now: Date) {
        self.machine = machine
        self.session = session
        self.random = random
        self.now = now
    }

    var settings: DialogSettings { machine.dialog.settings }
    /// The slots with the personal values held for consent: what the dialog may say back to
    /// the user and branch on, never what it reports or stores.
    var knownSlots: [String: JSONValue] {
        guard let pending = session.pending, !pending.isEmpty else { return session.slots }
        return session.slots.merging(pending) { filled, _ in filled }
    }
    var currentState: MachineState? { session.state.flatMap { machine.states[$0] } }
    var isHandedOff: Bool { currentState?.handoff == true }

    mutating func run(_ input: DialogInput) {
        let parse = input.parse
        message = parse.text
        understanding = parse.understanding
        decision = parse.decision
        confidence = parse.intent.confidence
        contacts = parse.entities.filter { SlotPolicy.contactEntities.contains($0.entity) }
        let expired = expireIfIdle(parse)
        takeLastPriced()
        noteQualifiedDiscount()
        // "and yearly?" after the session expired asks nothing of a price said an hour ago.
        if expired { lastPriced = nil }
        if session.state.flatMap({ machine.states.index(forKey: $0) }) == nil { session.state = settings.start }
        session.lastActivity = now
        session.turns += 1
        previousFallbacks = session.consecutiveFallbacks
        session.consecutiveFallbacks = 0
        applyContext(input.context)
        actedIntent = parse.intent.name
        if expired { say(.sessionExpired) }
        if isHandedOff, !takeBackInBotLanguage(), !takeBackForForm(parse) {
            waitForPerson(parse)
            return
        }
        // Emoji and punctuation alone say nothing the dialog can act on, whatever NLU made of them.
        if parse.decision == .empty || !parse.text.contains(where: { $0.isLetter || $0.isNumber }) {
            session.consecutiveFallbacks = previousFallbacks
            say(.empty)
            reaskPendingQuestion()
            return
        }
        var strong = parse.decision == .pattern || parse.decision == .exactExample
        let click = resolveButton(parse.text)
        switch click {
        case .intent(let label, let intent):
            actedIntent = intent
            button = label
            strong = true
        case .stale:
            // A button of an intent the bot no longer has: not something to classify.
            actedIntent = ParseResult.outOfScope
            strong = true
        case .leaveForm:
            leaveForm()
            return
        case .yes, .no:
            // A Yes / No button answers like the word would.
            understanding.answer = click == .yes ? .yes : .no
            understanding.freeText = nil
            understanding.freeTextBeyondFacts = nil
            understanding.needBeyondFacts = nil
            strong = true
        case .none:
            break
        }
        if session.confirming != nil, answerConfirmation(click, parse: parse) { return }
        if answerConsentQuestion() { return }
        if answerOtherLanguage(parse) { return }
        // "delete my company name too" (account deletion at 0.67), or in a form (it is no answer).
        if !strong, forgetCompanyOnly() { return }
        // "forget the human. why is the editor so slow": upset, and turning the person down.
        let turnsPersonDown = understanding.refusesPerson
            || settings.handBackIntents.contains(parse.intent.name) && (parse.decision == .pattern || parse.decision == .exactExample)
        // "ugh this is confusing… whats the sms plan cost": upset, but asking what the bot
        // answers for sure; the answer helps more than a person who replies in hours. While the
        // team is closed, nobody would reply for hours: the bot goes on (a complaint it does not
        // understand gets the offer of a person, `fallback`).
        // So is an upset request the bot answers for sure ("stop sending me emails. i never signed
        // up for your crap", "I want to cancel… your product is garbage": blind audits 53 and 54
        // handed those over unasked); a failure reported still gets a person.
        let asksAnswerable = (understanding.isQuestion || !understanding.reportsFailure)
            && parse.intent.confidence >= DialogMachine.certainConfidence && machine.faqByIntent[parse.intent.name] != nil
        if let handoff = machine.handoffState, understanding.sentiment <= settings.frustrationThreshold, !turnsPersonDown,
           !asksAnswerable, isTeamIn {
            say(.frustration)
            enter(handoff, reason: .frustration, trigger: .handoff(.frustration))
            return
        }
        resumePostponedConsent()
        postponeEarlyConsent()
        digresses = isDigression(parse, strong: strong)
        // "…, and can I book a demo for thursday?": the request's form takes the facts.
        let classified = actedIntent
        if !strong, session.form == nil, let request = clausePlan(parse)?.request { actedIntent = request }
        let filling = fillSlots(parse, clicked: button != nil)
        actedIntent = classified
        if session.form != nil, handleForm(filling) { return }
        // A correction outside a form is the whole message: "Got it — John, not Jon" is the reply.
        if filling.corrected, !strong, session.form == nil {
            // "I said max 60 dollars a month, what fits?": suggestions follow the corrected facts.
            if currentState?.products == .suggest || currentState?.products == .cheaper, let here = session.state {
                enter(here, reason: .requested, trigger: .intent(actedIntent, global: false))
            }
            return
        }
        route(actedIntent, parse: parse, strong: strong, noted: filling.noted)
    }

    /// Facts the website knows about the user fill the slots of the same name that are empty;
    /// personal ones wait for consent like typed ones.
    mutating func applyContext(_ context: [String: JSONValue]) {
        guard !context.isEmpty else { return }
        for slot in machine.slots where session.slots[slot.name] == nil {
            guard let value = context[slot.name] else { continue }
            if slot.personal, !hasConsent {
                session.pending = (session.pending ?? [:]).merging([slot.name: value]) { held, _ in held }
            } else {
                session.slots[slot.name] = value
            }
        }
    }

    /// The reply; records the turn (masked where it holds personal values without consent)
    /// in the bounded transcript of `session`.
    mutating func finish(intent: String, userText: String?) -> DialogOutput {
        askConsentOutsideForm()
        noteNamedProducts()
        session.buttons = messages.flatMap(\.buttons)
        if let pending = session.pending, !pending.isEmpty { session.heldSlots = pending.keys.sorted() }
        // After a refusal of consent, a yes in the next message gives it after all.
        if let refusedIn, !isHandedOff {
            session.confirming = refusedIn
            session.skippedBeforeRefusal = refusedSkipped.isEmpty ? nil : refusedSkipped
        }
        if !hasConsent {
            for contact in contacts where !masks.contains(where: { $0.start < contact.end && contact.start < $0.end }) {
                masks.append((contact.start, contact.end, contact.entity))
            }
        }
        let erasure = erased.isEmpty ? nil : PersonalDataErasure(values: erased, withdrawsConsent: !keptConsent)
        if let erasure {
            session.transcript = session.transcript.map { TranscriptTurn(user: erasure.mask($0.user), bot: $0.bot.map(erasure.mask)) }
        }
        // A closure, not the method itself: `map(masked)` copied the whole step into a partial application.
        let storedText = userText.map { masked($0) }.map { erasure?.mask($0) ?? $0 }
        // A reply may say a held value back to the user; its stored copy must not.
        let held = saidHeldValue ? PersonalDataErasure(values: (session.pending ?? [:]).mapValues(\.displayText)) : nil
        let storedReplies = messages.map { held?.mask($0.text) ?? $0.text }
        if let storedText {
            // No more bytes than the limit, no more characters: the text is kept whole, unwalked.
            let limit = DialogSession.transcriptTextLimit
            let user = storedText.utf8.count <= limit ? storedText : String(storedText.prefix(limit))
            let turn = TranscriptTurn(user: user, bot: storedReplies)
            session.transcriptLog.append(turn, keepingLast: DialogSession.transcriptLimit)
        }
        if let reason = pendingHandoff {
            events.append(.handoff(reason: reason, transcript: session.transcript))
            actions.append(.emit(events[events.count - 1]))
        }
        return DialogOutput(
            messages: messages, intent: intent, button: button, state: session.state ?? settings.start,
            slots: session.slots, events: events, actions: actions, transitions: transitions,
            storedText: storedText, maskedSpans: masks.map { $0.start..<$0.end }, storedReplies: storedReplies,
            erasure: erasure)
    }

    // MARK: Speaking

    /// Says one of the variations (picked with the turn's random source) with `buttons`;
    /// `arguments` fill the phrase's own placeholders.
    mutating func say(_ source: MessageSource, _ variations: [Template], arguments: [String: String] = [:],
                      buttons: [Button] = []) {
        guard !variations.isEmpty else {
            if !buttons.isEmpty { messages.append(BotMessage(text: "", buttons: buttons)) }
            return
        }
        messages.append(BotMessage(text: render(variations, arguments) ?? "", buttons: buttons))
        actions.append(.say(source, arguments: arguments))
    }

    /// One of the variations (picked with the turn's random source) filled with the slots, in
    /// the bot's words, and `arguments`; nil when there is none.
    mutating func render(_ variations: [Template], _ arguments: [String: String] = [:]) -> String? {
        guard !variations.isEmpty else { return nil }
        let index = variations.count == 1 ? 0 : Int.random(in: 0..<variations.count, using: &random)
        // The user sees their own held values ("Hi Ana!"); the stored copy of the text masks them.
        if let pending = session.pending, variations[index].slots.contains(where: { pending[$0] != nil && session.slots[$0] == nil }) {
            saidHeldValue = true
        }
        return variations[index].render(templateValues(for: variations[index], arguments))
    }

    /// What `template` is filled with: the known slots it names and `arguments`; the amounts
    /// and dates it says in the bot's words ("$300 a month", "December 8, 12:00–19:00"). Only
    /// the slots it uses (every reply renders one, and rendering reads no other): merging all
    /// the known slots into a new dictionary was most of rendering a phrase.
    func templateValues(for template: Template, _ arguments: [String: String] = [:]) -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        for name in template.slots where values[name] == nil {
            // As `knownSlots`: a filled value, else one held for consent.
            if let value = session.slots[name] ?? session.pending?[name] { values[name] = value }
        }
        for name in template.slots {
            guard let value = values[name] else { continue }
            if Money.isMoney(value) {
                values[name] = .string(value.displayText(words: settings.messages))
            } else if machine.dateSlots.contains(name), let words = dateWords(value) {
                values[name] = .string(words)
            }
        }
        for (name, value) in arguments { values[name] = .string(value) }
        return values
    }

    /// Says an engine phrase of the bot's `settings: messages:`.
    mutating func say(_ key: EngineMessage, arguments: [String: String] = [:], buttons: [Button] = []) {
        say(.engine(key), settings.messages[key], arguments: arguments, buttons: buttons)
    }


    func buttons(_ definitions: [ButtonDefinition]) -> [Button] {
        definitions.map { definition in
            definition.intent.map { Button(label: definition.label, intent: $0) }
                ?? Button(label: definition.label, payload: definition.label)
        }
    }

    /// Yes / No buttons with the bot's labels.
    var yesNoButtons: [Button] {
        [(EngineMessage.yesButton, EngineButton.yes), (.noButton, EngineButton.no)].compactMap { key, payload in
            settings.messages.label(key).map { Button(label: $0, payload: payload) }
        }
    }


    // MARK: Moving between states

    /// Enters a state: says its messages, starts its form or follows its `then:` transitions.
    mutating func enter(_ target: String, reason: HandoffReason, trigger: DialogTransition.Trigger, depth: Int = 0) {
        var name = target
        if name == DialogDefinition.restartTarget {
            resetConversation()
            name = settings.start
        }
        guard let state = machine.states[name] else { return }
        transitions.append(DialogTransition(from: session.state, to: name, trigger: trigger))
        let wasHandedOff = isHandedOff
        session.state = name
        session.form = nil
        session.confirming = nil
        session.skippedBeforeRefusal = nil
        if case .intent = trigger, asksConsent(state), let consent = machine.consentSlot,
           session.slots[consent] == .string(Understanding.Answer.no.rawValue) {
            // Asking again for what was refused for want of consent is a new chance to give it.
            session.slots[consent] = nil
        }
        var toldSales = false
        if state.withdrawConsent {
            guard let told = withdrawOnEntering() else { return }
            toldSales = told
        }
        // A request already passed on is said so, instead of the state's own words.
        if let lead = state.lead, !scoreLead(lead) { return }
        say(.state(name), state.say, buttons: buttons(state.buttons))
        if toldSales { say(.withdrawalPassedOn) }
        if let action = state.products { runProducts(action) }
        if state.handoff, !wasHandedOff {
            // Worked out once: calendar arithmetic on every later message would cost more than the turn.
            session.replyDueAt = settings.businessHours?.replyDue(after: now)
            pendingHandoff = reason
            actions.append(.handOff(reason))
            sayBusinessHours()
            // "can someone call me? Rafael, 0612345678": the number is for the person. A name
            // alone (the website's) is no way to reach them: nothing to ask about.
            if !hasConsent, machine.consentSlot != nil, holdsContactDetails { askConsentForPerson() }
        }
        // The loader rejects cycles without input; the bound is a second line of defence.
        guard depth < 32 else { return }
        if state.form != nil {
            if depth == 0 { takeNeedFromRequest(state) }
            advanceForm(depth: depth)
        } else if let next = state.then.first(where: { $0.condition?.holds(in: knownSlots) ?? true }) {
            enter(next.target, reason: reason, trigger: .then, depth: depth + 1)
        }
    }

    /// Whether a state's form asks the consent question.
    func asksConsent(_ state: MachineState) -> Bool {
        guard let consent = machine.consentSlot else { return false }
        return state.form?.fields.contains { $0.slot == consent } == true
    }
}

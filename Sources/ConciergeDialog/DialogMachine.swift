import ConciergeBot
import ConciergeEntities
import ConciergeNLU
import Foundation
import ConciergeJSON

/// What the dialog gets for one turn: what NLU made of the message, when it arrived, and
/// what the website knows about the user.
public struct DialogInput: Sendable {
    public var parse: ParseResult
    public var now: Date
    /// Known facts about the user (`name`, `company`…); they fill empty slots of the same name.
    public var context: [String: JSONValue]

    public init(parse: ParseResult, now: Date, context: [String: JSONValue] = [:]) {
        self.parse = parse
        self.now = now
        self.context = context
    }
}

/// What the dialog did in one turn.
public struct DialogOutput: Hashable, Sendable {
    public var messages: [BotMessage]
    /// The intent the dialog acted on: NLU's, or the one of a clicked button.
    public var intent: String
    /// The label of the button the message was a click on.
    public var button: String?
    public var state: String
    public var slots: [String: JSONValue]
    public var events: [DialogEvent]
    /// What the step did, as data (the messages are its `say` actions rendered).
    public var actions: [DialogAction]
    /// The states the step moved through, and why: what `/why` explains.
    public var transitions: [DialogTransition]
    /// The user's message as it may be stored: personal values given without consent are
    /// masked (`[email]`). Nil for a turn without a message.
    public var storedText: String?
    /// The spans of the message (Unicode scalar offsets) masked in `storedText`.
    public var maskedSpans: [Range<Int>]
    /// The texts of `messages` as they may be stored: a personal value held for consent that a
    /// message says back to the user ("Hi Ana!") is masked (`Hi [name]!`).
    public var storedReplies: [String]
    /// Personal values stored earlier (consent had released them) that this step erased: the
    /// store must mask them in the session's rows and leads.
    public var erasure: PersonalDataErasure?
}

/// The conversation state machine of a bot: a pure function from (session, NLU result, time)
/// to (reply, new session). It owns no clock and no randomness: both are passed in. An
/// immutable class, so each turn shares its tables instead of copying a struct of them.
///
///     let machine = DialogMachine(bot: definition)
///     var random = SplitMix64(seed: 1)
///     var session = DialogSession()
///     let input = DialogInput(parse: nlu.parse("I'd like a demo"), now: Date())
///     let (output, next) = machine.step(input, session: session, random: &random)
///     output.messages.first?.text   // "Great! What's your work email?"
///     session = next
public final class DialogMachine: Sendable {
    public let dialog: DialogDefinition
    /// The bot's slots in declaration order (nil entity: free text), so filling is deterministic.
    let slots: [SlotDefinition]
    /// The slot holding the user's consent to keep personal data (a lead's `consent:`).
    let consentSlot: String?
    /// The slots forms ask that are neither personal nor the consent: the visitor's answers,
    /// which stay when the chat times out.
    let formAnswerSlots: Set<String>
    /// The slots some lead passes on to sales: one given after its lead went out is passed on
    /// too (`lead_updated`).
    let leadFieldSlots: Set<String>
    /// The states a greeting or "hello" leads to: the start state and states that only pass on to it.
    let openingStates: Set<String>
    let intents: Set<String>
    let states: [String: MachineState]
    let faqByIntent: [String: FAQEntry]
    /// The intent whose global transition leads to a handoff state, for "Talk to a human" buttons.
    let humanIntent: String?
    /// The intent whose global transition describes a product, for "does Growth include SMS?"
    /// whatever the classifier made of it.
    let detailsIntent: String?
    /// The intent whose global transition suggests products, for a need stated without a request.
    let suggestIntent: String?
    let handoffState: String?
    /// Intents whose global transition clears the conversation (a restart) or erases what the
    /// user gave (`withdraw_consent`): never offered on a guess.
    let destructiveIntents: Set<String>
    /// The catalog with its TF-IDF index, built once per bot.
    let products: ProductMatcher
    /// The catalog's discounts, to find the one a price question names.
    let discounts: DiscountMatcher
    /// The slots of dates and times, which the bot's words say in words ("December 8").
    let dateSlots: [String]
    /// How to tell that a reply was the answer of an FAQ entry with follow-ups, or of one of them.
    let followUpMarkers: [ReplyMarker]
    /// How to tell the consent question, which may stand between an answer and its follow-up.
    let consentQuestionMarker: ReplyMarker?
    /// How to tell the apology for an overdue reply, said once rather than to every message.
    let overdueMarker: ReplyMarker?

    /// The machine of a loaded bot; a bot without dialog files gets a one-state dialog that
    /// only answers FAQ-less fallbacks.
    public init(bot: BotDefinition) {
        let dialog = bot.dialog ?? DialogDefinition(
            settings: DialogSettings(start: "start"),
            states: [StateDefinition(name: "start", final: true, location: SourceLocation(file: "", line: 1, column: 1))])
        self.dialog = dialog
        slots = bot.slots
        consentSlot = dialog.states.lazy.compactMap(\.lead?.consent).first
        let personal = Set(bot.slots.filter(\.personal).map(\.name))
        formAnswerSlots = Set(dialog.states.flatMap { $0.form?.fields.map(\.slot) ?? [] })
            .subtracting(personal).subtracting(consentSlot.map { [$0] } ?? [])
        leadFieldSlots = Set(dialog.states.flatMap { $0.lead?.fields ?? [] })
        openingStates = Self.openingStates(of: dialog)
        intents = Set(bot.intents.map(\.name))
        states = Dictionary(dialog.states.map { ($0.name, MachineState($0)) }, uniquingKeysWith: { first, _ in first })
        faqByIntent = Dictionary(dialog.faq.map { ($0.intent, $0) }, uniquingKeysWith: { first, _ in first })
        let handoff = dialog.settings.handoffState ?? dialog.states.first(where: \.handoff)?.name
        handoffState = handoff
        products = ProductMatcher(products: dialog.catalog.products, featureWords: dialog.catalog.featureWords)
        discounts = DiscountMatcher(dialog.catalog.discounts)
        destructiveIntents = Set(dialog.globals.filter { transition in
            transition.target == DialogDefinition.restartTarget
                || dialog.states.first { $0.name == transition.target }?.withdrawConsent == true
        }.map(\.intent))
        humanIntent = dialog.globals.first { transition in
            transition.condition == nil && dialog.states.first { $0.name == transition.target }?.handoff == true
        }?.intent
        // The state itself, or the form it asks first ("what do you need?" then the suggestions).
        func leadsTo(_ name: String, _ action: ProductAction) -> Bool {
            guard let state = dialog.states.first(where: { $0.name == name }) else { return false }
            if state.products == action { return true }
            return state.form?.done.flatMap { done in dialog.states.first { $0.name == done } }?.products == action
        }
        func productsIntent(_ action: ProductAction) -> String? {
            dialog.globals.first { transition in transition.condition == nil && leadsTo(transition.target, action) }?.intent
        }
        dateSlots = bot.slots.filter { $0.entity == "date" || $0.entity == "time" }.map(\.name)
        followUpMarkers = ReplyMarker.markers(of: dialog.faq)
        consentQuestionMarker = ReplyMarker(id: "", templates: dialog.settings.messages[.consentQuestion])
        overdueMarker = ReplyMarker(id: "", templates: dialog.settings.messages[.handoffOverdue])
        detailsIntent = productsIntent(.details)
        suggestIntent = productsIntent(.suggest)
    }

    /// One turn: the reply to `input` and the session after it.
    public func step<Random: RandomNumberGenerator>(
        _ input: DialogInput, session: DialogSession, random: inout Random
    ) -> (DialogOutput, DialogSession) {
        var next = session
        let output = step(input, session: &next, random: &random)
        return (output, next)
    }

    /// One turn that changes `session` in place: the same turn as the pure `step`, for callers
    /// that keep sessions in a table. The session's arrays and dictionaries are changed where
    /// they are instead of copied, when the caller holds no other copy.
    public func step<Random: RandomNumberGenerator>(
        _ input: DialogInput, session: inout DialogSession, random: inout Random
    ) -> DialogOutput {
        stepping(&session, now: input.now, random: &random, userText: input.parse.text) { $0.run(input) }
    }

    /// Runs `body` on a step over `session` in place, and finishes it; the intent of the output
    /// is the one the step acted on.
    func stepping<Random: RandomNumberGenerator>(
        _ session: inout DialogSession, now: Date, random: inout Random, userText: String?,
        _ body: (inout DialogStep) -> Void
    ) -> DialogOutput {
        var turn = DialogStep(machine: self, session: DialogSession(), random: TurnRandom(base: random), now: now)
        swap(&turn.session, &session)
        body(&turn)
        if let advanced = turn.random.base as? Random { random = advanced }
        let output = turn.finish(intent: turn.actedIntent, userText: userText)
        swap(&turn.session, &session)
        return output
    }

    /// Opens a conversation without a user message: enters the start state and says its
    /// messages (a website widget calls this when the chat opens).
    public func start<Random: RandomNumberGenerator>(
        session: DialogSession, now: Date, random: inout Random
    ) -> (DialogOutput, DialogSession) {
        var turn = DialogStep(machine: self, session: session, random: TurnRandom(base: random), now: now)
        turn.session.lastActivity = now
        turn.enter(dialog.settings.start, reason: .requested, trigger: .reset)
        if let advanced = turn.random.base as? Random { random = advanced }
        return (turn.finish(intent: "", userText: nil), turn.session)
    }

    /// The entity that fills `slot` (nil: free text or an unknown slot).
    func entity(of name: String) -> String? {
        slot(named: name)?.entity
    }

    /// The slot definition named `name`.
    func slot(named name: String) -> SlotDefinition? {
        slots.first { $0.name == name }
    }

    /// The button label of an intent: the dialog's label or the FAQ title. An intent without
    /// one is never offered as a button (its name is not words a visitor should read).
    func label(for intent: String) -> String? {
        // An empty label says the intent is never offered (small talk: a greeting, thanks).
        if let label = dialog.settings.labels[intent] { return label.isEmpty ? nil : label }
        return faqByIntent[intent]?.title
    }

    /// The label of an intent offered on a guess ("did you mean", the fallback's suggestions):
    /// none for an intent that would clear or erase anything — a guess must be safe to click.
    func guessLabel(for intent: String) -> String? {
        destructiveIntents.contains(intent) ? nil : label(for: intent)
    }

    /// Small talk: an intent the author labelled `""` (a greeting, thanks, "no thanks"). It
    /// answers only what it is; a question or stated facts taken for it are not answered so.
    func isSmallTalk(_ intent: String) -> Bool {
        dialog.settings.labels[intent]?.isEmpty == true
    }

    /// A classifier confidence at which an intent that clears the conversation needs no confirmation.
    static let certainConfidence = 0.9
    /// A classifier confidence below which a reading is a guess: a person is no guess ("tell
    /// me a joke" at 0.33 talk_to_human falls back, with a person among the buttons), nor is a
    /// second question in a message the classifier is sure of as a whole.
    static let guessConfidence = 0.5
    /// A sentiment at or below which the visitor is upset ("this bot is useless"): a fallback
    /// offers a person at once, and a guessed FAQ answer is not given.
    static let upsetSentiment = -2.0
    /// A clause's confidence, read alone, at which it is the question of a message whose whole
    /// reads as small talk ("thanks. do you use my chats to train AI?": 0.89), above a lone
    /// clause's noise ("no. do you sell pizza": data privacy at 0.62).
    static let clauseConfidence = 0.8
    /// A follow-up score (cosine) at which a message is that follow-up even when the classifier
    /// is sure of another intent: "how long does the deletion take" is no new deletion request.
    static let closeFollowUp = 0.75

    /// Whether entering the state leads, through its form, to a lead for sales (a demo or
    /// a sales request), not to suggestions or an answer.
    func endsInLead(_ name: String) -> Bool {
        firstAlongForms(from: name) { $0.lead.map { _ in true } } ?? false
    }

    /// The request (`demo`) a state passes on, itself or through its form's `done:`.
    func request(of name: String) -> String? {
        firstAlongForms(from: name) { $0.lead?.request }
    }

    /// The first value `pick` finds in the state or in the states its forms' `done:` lead to
    /// (at most eight deep: a loop of forms ends).
    private func firstAlongForms<Value>(from name: String, depth: Int = 0, _ pick: (MachineState) -> Value?) -> Value? {
        guard let state = states[name], depth < 8 else { return nil }
        if let value = pick(state) { return value }
        return state.form?.done.flatMap { firstAlongForms(from: $0, depth: depth + 1, pick) }
    }

    /// The requests that ask for contact details: intents of global transitions into a state
    /// whose form asks for an e-mail or a phone ("Book a demo", "Talk to sales"), in the dialog's order.
    var contactRequests: [String] {
        var requests: [String] = []
        for transition in dialog.globals where !requests.contains(transition.intent) {
            let asks = states[transition.target]?.form?.fields.contains { field in
                let entity = field.entity ?? self.entity(of: field.slot)
                return entity == "email" || entity == "phone"
            } ?? false
            if asks { requests.append(transition.intent) }
        }
        return requests
    }

    /// Whether entering `target` only opens the conversation again (a greeting in a form).
    func opensConversation(_ target: String) -> Bool {
        openingStates.contains(target)
    }

    /// The start state and the states without words or form that pass on to an opening state.
    static func openingStates(of dialog: DialogDefinition) -> Set<String> {
        var opening: Set<String> = [dialog.settings.start]
        var grew = true
        while grew {
            grew = false
            for state in dialog.states where !opening.contains(state.name) && state.say.isEmpty && state.form == nil
                && !state.handoff && state.then.contains(where: { opening.contains($0.target) }) {
                opening.insert(state.name)
                grew = true
            }
        }
        return opening
    }

    /// Whether the dialog does something with `intent` in `state` (a transition, a global, an FAQ
    /// answer, a question about where a request stands).
    func handles(_ intent: String, in state: MachineState?) -> Bool {
        state?.on.contains { $0.intent == intent } == true || dialog.globals.contains { $0.intent == intent }
            || faqByIntent[intent] != nil || dialog.settings.statusIntents.contains(intent)
    }
}

extension DialogMachine {
    /// Whether a person has the conversation: its state is a handoff state.
    public func isHandedOff(_ session: DialogSession) -> Bool {
        session.state.flatMap { states[$0] }?.handoff == true
    }

    /// The desk hands a conversation back: it leaves the handoff state for the start state
    /// without a welcome, and the bot says `handback`. A session not handed off is unchanged
    /// and nothing is said.
    public func handBack<Random: RandomNumberGenerator>(
        session: inout DialogSession, now: Date, random: inout Random
    ) -> DialogOutput {
        stepping(&session, now: now, random: &random, userText: nil) { $0.handBack() }
    }

    /// The visitor left: the chat window closed, or the desk's own timer gave up on them
    /// (`{"type": "close"}`). A lead form they left halfway after agreeing to be contacted,
    /// with an e-mail or a phone number given, goes to sales now (`lead_captured`), since no
    /// message of theirs will come to expire the session. Nothing is said (nobody is there to
    /// read it), and a session with no such lead is unchanged: a visitor who comes back goes
    /// on where they were.
    ///
    ///     machine.close(session: &session, now: now, random: &random).events   // [.leadCaptured(…)] or []
    public func close<Random: RandomNumberGenerator>(
        session: inout DialogSession, now: Date, random: inout Random
    ) -> DialogOutput {
        let before = session
        let output = stepping(&session, now: now, random: &random, userText: nil) { $0.closeForm() }
        guard output.events.isEmpty else { return output }
        // Nothing passed on: the session stays as it was, buttons on screen included.
        session = before
        return DialogOutput(
            messages: [], intent: "", button: nil, state: session.state ?? dialog.settings.start, slots: session.slots,
            events: [], actions: [], transitions: [], storedText: nil, maskedSpans: [], storedReplies: [], erasure: nil)
    }
}

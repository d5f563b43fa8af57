import ConciergeBot
import ConciergeDialog
import ConciergeNLU
import Foundation
import ConciergeJSON

/// A message from the user, with what the website knows about them.
///
///     UserMessage(text: "I'd like a demo", context: ["name": "Ana", "company": "Acme"])
public struct UserMessage: Codable, Hashable, Sendable {
    public var text: String
    /// Facts about the user (name, company, plan…): they fill empty slots of the same name.
    public var context: [String: JSONValue]?

    public init(text: String, context: [String: JSONValue]? = nil) {
        self.text = text
        self.context = context
    }
}

/// The bot's answer to one message: what it says, what NLU understood, where the dialog is,
/// and what happened (events).
public struct Reply: Hashable, Sendable {
    public var messages: [BotMessage]
    public var nlu: ParseResult
    /// The intent the dialog acted on: NLU's, or the one of a clicked button.
    public var intent: String
    public var button: String?
    public var state: String
    public var slots: [String: JSONValue]
    public var events: [DialogEvent]
    /// What the dialog did, as data (see `DialogAction`).
    public var actions: [DialogAction] = []
    /// The states the turn moved through, and why (for `/why`).
    public var transitions: [DialogTransition] = []
    /// Personal values stored in earlier turns that this turn erased (see `PersonalDataErasure`).
    public var erasure: PersonalDataErasure?
    /// The texts of `messages` as they may be stored (held personal values masked).
    public var storedReplies: [String] = []

    /// The texts of the messages, one per line.
    public var text: String { messages.map(\.text).joined(separator: "\n") }
}

/// A loaded and trained bot: definition, NLU model and dialog machine. A pure value: the
/// same session, message, time and random source always give the same reply.
///
/// A bot is built from a loaded definition, the same way everywhere (the command line's
/// `BotOptions.loadBot`, the REPL's `/reload`, the tests' `DemoBot`):
///
///     let result = BotLoader().load(directory: "brightwave")   // ConciergeLoader: files → definition + diagnostics
///     guard let definition = result.definition else { … }     // nil when a diagnostic is an error
///     let bot = Bot(definition: definition)                    // trains the NLU model
///     var random = SplitMix64(seed: 42)
///     let (reply, session) = bot.step(session: DialogSession(), message: UserMessage(text: "hi"),
///                                      now: Date(), random: &random)
///     reply.text    // "Hi there! I'm Brightwave's virtual assistant — a bot, not a person. …"
public struct Bot: Sendable {
    /// The three parts behind one immutable reference. Copying a bot copies a pointer, and a
    /// `Bot?` is one word: held inline, a change of layout deep in the model (a field more or
    /// less in a table) crashed debug builds that copy a `Bot?` (Swift 6.3's outlined copies).
    private final class Parts: Sendable {
        let definition: BotDefinition
        let nlu: NLUModel
        let dialog: DialogMachine

        init(definition: BotDefinition, nlu: NLUModel, dialog: DialogMachine) {
            self.definition = definition
            self.nlu = nlu
            self.dialog = dialog
        }
    }

    private let parts: Parts

    public var definition: BotDefinition { parts.definition }
    public var nlu: NLUModel { parts.nlu }
    public var dialog: DialogMachine { parts.dialog }

    /// The time zone of relative dates when the caller gives none.
    public static let utc = TimeZone(secondsFromGMT: 0) ?? TimeZone.current

    public init(definition: BotDefinition, nlu: NLUModel? = nil) {
        var model = nlu ?? NLUModel.train(bot: definition)
        model.followUps = FollowUpMatcher(faq: definition.dialog?.faq ?? [])
        parts = Parts(definition: definition, nlu: model, dialog: DialogMachine(bot: definition))
    }

    /// One turn: NLU on the message, then the dialog. Relative dates in the message are read
    /// in `timeZone` (the user's, when the website knows it).
    public func step<Random: RandomNumberGenerator>(
        session: DialogSession, message: UserMessage, now: Date, timeZone: TimeZone = Bot.utc, random: inout Random
    ) -> (Reply, DialogSession) {
        var next = session
        let reply = step(session: &next, message: message, now: now, timeZone: timeZone, random: &random)
        return (reply, next)
    }

    /// The same turn, changing `session` in place: for callers that keep sessions in a
    /// table, so a session's storage is changed where it is rather than copied each turn.
    public func step<Random: RandomNumberGenerator>(
        session: inout DialogSession, message: UserMessage, now: Date, timeZone: TimeZone = Bot.utc,
        random: inout Random
    ) -> Reply {
        let parse = nlu.parse(message.text, now: now, timeZone: timeZone, answered: dialog.answeredWithFollowUps(session))
        let input = DialogInput(parse: parse, now: now, context: message.context ?? [:])
        let output = dialog.step(input, session: &session, random: &random)
        return Reply(output, parse: parse)
    }

    /// Takes over a session of another version of this bot (after a reload): when its dialog
    /// state no longer exists, the session starts over at its next message, its slots kept.
    /// Returns the name of the state that is gone, if any.
    ///
    ///     var session = stored
    ///     if let gone = bot.continuing(&session) { log("state \(gone) is gone; the next message starts over") }
    @discardableResult
    public func continuing(_ session: inout DialogSession) -> String? {
        guard let state = session.state, definition.dialog?.state(named: state) == nil else { return nil }
        session.state = nil
        session.form = nil
        return state
    }

    /// Opens a conversation without a message (a chat widget opening): the start state speaks.
    public func start<Random: RandomNumberGenerator>(
        session: DialogSession = DialogSession(), now: Date, random: inout Random
    ) -> (Reply, DialogSession) {
        let (output, next) = dialog.start(session: session, now: now, random: &random)
        return (Reply(output, parse: Reply.noMessage), next)
    }
}

extension Reply {
    /// What NLU made of a turn without a user message (an opening, a handback).
    static let noMessage = ParseResult(text: "", intent: IntentScore(name: ParseResult.outOfScope, confidence: 1),
                                       ranking: [], entities: [], decision: .empty)

    /// The reply of a dialog step. Personal values the dialog holds for consent are withheld
    /// from the reply's NLU result too: its text is the masked one and their entities are dropped.
    init(_ output: DialogOutput, parse: ParseResult) {
        var nlu = parse
        if !output.maskedSpans.isEmpty, let stored = output.storedText {
            nlu.text = stored
            nlu.entities.removeAll { entity in output.maskedSpans.contains { $0.overlaps(entity.start..<entity.end) } }
            nlu.understanding = Understanding(answer: parse.understanding.answer, isQuestion: parse.understanding.isQuestion,
                                              sentiment: parse.understanding.sentiment)
        }
        self.init(messages: output.messages, nlu: nlu, intent: output.intent, button: output.button,
                  state: output.state, slots: output.slots, events: output.events,
                  actions: output.actions, transitions: output.transitions, erasure: output.erasure,
                  storedReplies: output.storedReplies)
    }
}

extension Bot {
    /// The desk gives a handed-off conversation back to the bot (`{"type": "handback"}`):
    /// the session leaves the handoff state and the bot says `handback`.
    public func handBack<Random: RandomNumberGenerator>(
        session: inout DialogSession, now: Date, random: inout Random
    ) -> Reply {
        let output = dialog.handBack(session: &session, now: now, random: &random)
        return Reply(output, parse: Reply.noMessage)
    }

    /// The visitor left (`{"type": "close"}`): a lead form they agreed to is passed on as it
    /// stands (see `DialogMachine.close`); otherwise nothing changes.
    public func close<Random: RandomNumberGenerator>(
        session: inout DialogSession, now: Date, random: inout Random
    ) -> Reply {
        Reply(dialog.close(session: &session, now: now, random: &random), parse: Reply.noMessage)
    }

    /// Whether the conversation is with a person: its state is a handoff state of the bot's
    /// dialog. Fronts ask before `handBack`, to tell a desk that a session was not handed off.
    ///
    ///     bot.isHandedOff(DialogSession(state: "human"))     // true when `human` has `handoff: true`
    ///     bot.isHandedOff(DialogSession())                   // false: no conversation yet
    public func isHandedOff(_ session: DialogSession) -> Bool {
        dialog.isHandedOff(session)
    }
}

import ConciergeDialog
import ConciergeJSON
import Foundation

/// One turn to store: any of the session, its transcript entry and captured leads.
///
///     TurnCommit(sessionID: "web-42", session: next, turn: TranscriptEntry(text: "hi", intent: "greet",
///                confidence: 1, state: "welcome", events: []), at: now)
public struct TurnCommit: Hashable, Sendable {
    public var sessionID: String
    /// The session after the turn; nil leaves the saved one unchanged.
    public var session: DialogSession?
    public var turn: TranscriptEntry?
    public var leads: [LeadRecord]
    public var at: Date
    /// Personal values of this session stored by earlier turns that must be masked in its
    /// transcript rows and removed from its leads, in the same transaction (a withdrawal).
    public var erasure: PersonalDataErasure?
    /// Corrected fields of the session's last lead (`lead_updated`), applied to its stored row.
    public var leadChanges: [String: JSONValue]
    /// The request this turn answered, with its response, for a resend to get it again
    /// (stored in the same transaction as the turn).
    public var answered: AnsweredRequest?
    /// The session's revision after this turn (each turn adds one), or nil to apply it
    /// whatever the revision. A store refuses the batch when the stored revision is not the one
    /// before: another process moved the session on since it was read.
    public var revision: Int?

    public init(sessionID: String, session: DialogSession? = nil, turn: TranscriptEntry? = nil,
                leads: [LeadRecord] = [], at: Date, erasure: PersonalDataErasure? = nil,
                leadChanges: [String: JSONValue] = [:]) {
        self.sessionID = sessionID
        self.session = session
        self.turn = turn
        self.leads = leads
        self.at = at
        self.erasure = erasure
        self.leadChanges = leadChanges
    }
}

/// One line of the stored transcript: what the user wrote, what the engine made of it and
/// what the bot answered.
///
///     TranscriptEntry(text: "how much is it?", intent: "pricing", confidence: 0.91,
///                     state: "welcome", events: [.faqAnswered(id: "pricing")], reply: ["Plans start at $49."])
public struct TranscriptEntry: Hashable, Sendable {
    public var text: String
    /// NLU's intent (`oos` when the message fell back).
    public var intent: String
    public var confidence: Double
    /// The dialog state after the turn.
    public var state: String?
    public var events: [DialogEvent]
    /// The texts of the bot's messages. With the text they are the session's `TranscriptTurn`,
    /// so a stored session refers to its last turns instead of carrying them (see `SessionTail`).
    public var reply: [String]

    public init(text: String, intent: String, confidence: Double, state: String?, events: [DialogEvent],
                reply: [String] = []) {
        self.text = text
        self.intent = intent
        self.confidence = confidence
        self.state = state
        self.events = events
        self.reply = reply
    }
}

/// Whom `forget` deletes: one conversation, or every conversation that mentioned an e-mail.
///
///     ForgetSubject(argument: "ana@acme.com")   // .email("ana@acme.com")
///     ForgetSubject(argument: "web-42")         // .session("web-42")
public enum ForgetSubject: Hashable, Sendable {
    case session(String)
    case email(String)

    /// An argument with an `@` is an e-mail; anything else is a session id.
    public init(argument: String) {
        self = argument.contains("@") ? .email(argument) : .session(argument)
    }
}

/// What `forget` deleted.
public struct ForgetResult: Hashable, Sendable {
    public var sessionIDs: [String]
    public var turns: Int
    public var leads: Int

    public init(sessionIDs: [String] = [], turns: Int = 0, leads: Int = 0) {
        self.sessionIDs = sessionIDs
        self.turns = turns
        self.leads = leads
    }
}

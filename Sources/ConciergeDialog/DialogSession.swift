import ConciergeEntities
import Foundation
import ConciergeJSON

/// Everything the dialog remembers about one conversation: a plain value that round-trips
/// through its JSON form without loss (`DialogSession+JSON.swift`), bounded whatever the user sends.
///
///     var session = DialogSession()
///     session = try JSONDecoder().decode(DialogSession.self, from: Data(session.jsonText.utf8))
public struct DialogSession: Decodable, Hashable, Sendable {
    /// The current state; nil before the first turn.
    public var state: String?
    public var slots: [String: JSONValue]
    /// The form question being asked, when the current state is a form.
    public var form: FormProgress?
    public var consecutiveFallbacks: Int
    public var lastActivity: Date?
    /// The most recent turns, at most `transcriptLimit`, for handoffs (`transcript`).
    public var transcriptLog: TranscriptLog
    /// The buttons of the last reply, so a click on one is understood.
    public var buttons: [Button]
    public var turns: Int
    /// The products suggested last, best first, for "tell me more", "compare" and "anything cheaper?".
    public var suggested: [String]?
    /// The products the last reply priced, and the discount it took off, for the next message
    /// to ask their price again another way ("and yearly?", "with the nonprofit discount?");
    /// without a price, the products the last message named ("can I combine pages and
    /// social" → "how much together?").
    public var priced: [String]?
    public var pricedDiscount: String?
    /// The catalog discount the visitor said they qualify for ("we are a nonprofit
    /// association"): later prices are theirs (`visitorDiscount`).
    public var qualifiedDiscount: String?
    /// Personal values (name, email, phone…) given before consent: held here, out of `slots`,
    /// events and transcripts, until consent is yes (they move to `slots`) or no (erased).
    public var pending: [String: JSONValue]?
    /// The requests already passed on as leads (`demo`…), so a second one is not booked twice.
    public var requested: [String]?
    /// A state the user must confirm before entering it (a restart in the middle of a form).
    public var confirming: String?
    /// The slot filled last, which a bare correction ("sorry, I meant 30") changes.
    public var lastFilled: String?
    /// The slots passed on to sales in a lead: a later correction of one is passed on too
    /// (`lead_updated`).
    public var passedOn: [String]?
    /// When the person's reply to a handoff is due (`reply_within_minutes` of business hours
    /// after it): a wait past that is owned up to.
    public var replyDueAt: Date?
    /// While waiting for a person, the bot asked whether it may pass on the contact details
    /// just given: the next yes or no answers that.
    public var consentAskedForPerson: Bool?
    /// The slots of the values held for consent (names only, never the values): a process
    /// that takes the session up without them (`pending` is never stored) knows details were
    /// given and not kept, and does not say none were given.
    public var heldSlots: [String]?
    /// `pending` as a store with a seal keeps it (`PendingSeal` in ConciergeStore): encrypted
    /// under a key the store does not hold, so that a worker that takes the session up after
    /// consent still has the details. Opaque to the dialog, which never reads it.
    public var sealedPending: String?
    /// Contact details given in this chat were erased (a refusal or a withdrawal): a later
    /// "did you delete my number?" is answered yes, not "you gave me none".
    public var erasedDetails: Bool?
    /// The conversation went to a person because the visitor wrote in a language the bot does
    /// not speak: a message in the bot's language ("ok english then. we are …") takes it back.
    public var handedOverForLanguage: Bool?
    /// Outside any form, the bot asked whether it may keep the contact details just typed
    /// (`consent_question`): the next yes or no answers that.
    public var consentAsked: Bool?
    /// The questions the form had passed over when its consent question was refused: a later
    /// yes goes back to the form without asking them again (`confirming`).
    public var skippedBeforeRefusal: [String]?

    /// The most recent turns, oldest first.
    public var transcript: [TranscriptTurn] {
        get { transcriptLog.turns }
        set { transcriptLog = TranscriptLog(newValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case state, slots, form, consecutiveFallbacks, lastActivity, transcriptLog = "transcript", buttons, turns
        case suggested, priced, pricedDiscount, qualifiedDiscount, pending, requested, confirming, lastFilled, passedOn, replyDueAt, consentAskedForPerson
        case heldSlots, erasedDetails, sealedPending, handedOverForLanguage, consentAsked, skippedBeforeRefusal
    }

    /// How many turns the transcript keeps.
    public static let transcriptLimit = 20
    /// How many characters of a user message the transcript keeps.
    public static let transcriptTextLimit = 500

    public init(state: String? = nil, slots: [String: JSONValue] = [:], form: FormProgress? = nil,
                consecutiveFallbacks: Int = 0, lastActivity: Date? = nil, transcript: [TranscriptTurn] = [],
                buttons: [Button] = [], turns: Int = 0) {
        self.state = state
        self.slots = slots
        self.form = form
        self.consecutiveFallbacks = consecutiveFallbacks
        self.lastActivity = lastActivity
        self.transcriptLog = TranscriptLog(transcript)
        self.buttons = buttons
        self.turns = turns
    }
}

/// Where a form stands: the slot asked, invalid answers so far, optional slots skipped.
public struct FormProgress: Decodable, Hashable, Sendable {
    public var slot: String
    public var attempts: Int
    public var skipped: [String]
    /// The consent question was asked early and put off for the next question: a "yes" to
    /// no question it could answer is the consent (`resumePostponedConsent`). Never asked, a
    /// "yes" gives none (blind audit 68 took a yes to the demo time for consent).
    public var consentPutOff: Bool?

    public init(slot: String, attempts: Int = 0, skipped: [String] = [], consentPutOff: Bool? = nil) {
        self.slot = slot
        self.attempts = attempts
        self.skipped = skipped
        self.consentPutOff = consentPutOff
    }
}

/// One exchange of the transcript: what the user wrote and what the bot answered.
public struct TranscriptTurn: Decodable, Hashable, Sendable {
    public var user: String
    public var bot: [String]

    public init(user: String, bot: [String]) {
        self.user = user
        self.bot = bot
    }
}

/// A quick-reply button as sent to the user: clicking it sends `payload`.
///
///     Button(label: "Book a demo", payload: "/book_demo")   // understood as intent book_demo
///     Button(label: "Pricing", payload: "Pricing")          // read by NLU like typed text
public struct Button: Decodable, Hashable, Sendable {
    public var label: String
    public var payload: String

    public init(label: String, payload: String) {
        self.label = label
        self.payload = payload
    }

    /// A button that triggers `intent` directly.
    public init(label: String, intent: String) {
        self.init(label: label, payload: "/" + intent)
    }

    /// The intent the payload names, if it is `/intent`.
    public var intent: String? {
        payload.hasPrefix("/") && payload.count > 1 ? String(payload.dropFirst()) : nil
    }
}

/// One message of the bot: text and optional quick replies.
public struct BotMessage: Hashable, Sendable {
    public var text: String
    public var buttons: [Button]

    public init(text: String, buttons: [Button] = []) {
        self.text = text
        self.buttons = buttons
    }
}

import ConciergeBot
import ConciergeJSON

/// What one step of the dialog machine did, as data: the messages it said (by where their
/// words come from in the bot's files), the questions it asked, the slots it set, the events
/// it emitted. The output's `messages` are these `say` actions rendered.
///
///     [.setSlot("team_size", 12), .ask(slot: "budget"), .say(.field(state: "lead_form", slot: "budget"))]
public enum DialogAction: Hashable, Sendable {
    /// Said a message; `arguments` fill the phrase's own placeholders (`{expected}`…).
    case say(MessageSource, arguments: [String: String] = [:])
    /// Asked a form question.
    case ask(slot: String)
    /// Set a slot (the answer to its question, or a fact stated with clear evidence).
    case setSlot(String, JSONValue)
    /// Changed a filled slot on an explicit correction; said back to the user.
    case confirmSlot(String, old: JSONValue, new: JSONValue)
    /// Held a personal value until consent; it appears nowhere before.
    case holdPersonal(slot: String)
    /// Erased a slot (a refusal of consent, a reset).
    case eraseSlot(String)
    case emit(DialogEvent)
    case handOff(HandoffReason)
}

/// Where the words of a said message come from.
public enum MessageSource: Hashable, Sendable {
    /// An engine phrase under `settings: messages:`.
    case engine(EngineMessage)
    /// A state's `say`.
    case state(String)
    /// A form field's `ask`.
    case field(state: String, slot: String)
    /// A form field's `invalid`.
    case fieldInvalid(state: String, slot: String)
    /// An FAQ answer, by id.
    case faq(String)
    /// The answer of an FAQ entry's follow-up, by the entry's id and the follow-up's place.
    case faqFollowUp(String, index: Int)
    /// The catalog's `ask_need`.
    case catalog
    /// A phrase under `catalog: messages:`; a composed reply says several.
    case catalogMessage(CatalogMessage)
}

/// A move of the machine from one state to another, and what triggered it: the answer to
/// `/why` ("welcome → demo_form on book_demo (global)").
public struct DialogTransition: Hashable, Sendable {
    public enum Trigger: Hashable, Sendable {
        /// An intent's transition of the state (`on:`) or a global one.
        case intent(String, global: Bool)
        /// A `then:` transition taken on entering.
        case then
        /// A form's `done:`, after its last question.
        case formDone
        /// A form's `give_up:` after too many invalid answers.
        case giveUp
        /// An automatic handoff (repeated fallbacks, frustration).
        case handoff(HandoffReason)
        /// The session expired, the conversation was restarted or the desk handed it back.
        case reset
        /// After the session expired, a message answering the open form's question picked it up again.
        case formResumed
    }

    public var from: String?
    public var to: String
    public var trigger: Trigger

    public init(from: String?, to: String, trigger: Trigger) {
        self.from = from
        self.to = to
        self.trigger = trigger
    }
}

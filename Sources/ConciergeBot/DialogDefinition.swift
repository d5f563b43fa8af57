import ConciergeEntities

/// A bot's conversation design, read from `<bot>/dialogs/*.yml`: states with responses and
/// transitions, forms, global intents, FAQ answers and the bot-wide dialog settings.
///
///     let dialog = BotLoader().load(directory: "brightwave").definition?.dialog
///     dialog?.settings.start              // "welcome"
///     dialog?.state(named: "demo_form")?.form?.fields.map(\.slot)   // ["email", "team_size", "company"]
public struct DialogDefinition: Sendable, Codable {
    public var settings: DialogSettings
    /// Intents that work from any state, checked after the current state's own transitions.
    public var globals: [Transition]
    public var states: [StateDefinition]
    public var faq: [FAQEntry]
    /// The product catalog (`catalog:`), empty when the bot suggests no products.
    public var catalog: CatalogDefinition

    public init(settings: DialogSettings, globals: [Transition] = [], states: [StateDefinition], faq: [FAQEntry] = [],
                catalog: CatalogDefinition = CatalogDefinition()) {
        self.settings = settings
        self.globals = globals
        self.states = states
        self.faq = faq
        self.catalog = catalog
    }

    public func state(named name: String) -> StateDefinition? {
        states.first { $0.name == name }
    }

    /// The transition target that clears the conversation (profile slots stay) and re-enters the start state.
    public static let restartTarget = "restart"
}

/// Bot-wide dialog settings (`settings:` in a dialog file).
public struct DialogSettings: Sendable, Codable {
    /// The entry state of a new conversation.
    public var start: String
    /// Seconds of silence after which the flow restarts; profile slots stay.
    public var sessionTimeout: Double
    /// Seconds of silence after which a form in progress is given up (its questions are
    /// picked up again within them: "sorry, got pulled into a meeting — Thursday works").
    /// A conversation handed off to a person never times out: the person answers it.
    public var formTimeout: Double = 86_400
    /// Intents with which the user takes a handed-off conversation back from the person to
    /// the bot ("never mind, I'll ask the bot"): the bot says `handback` and the desk gets a
    /// `handoff_cancelled` event.
    public var handBackIntents: [String] = []
    /// Answers the team acts on for a customer (erasure, export, billing, a broken login): what
    /// follows one is support, not sales. Contact details typed after it ("I want my data
    /// deleted" → the answer → "my email is …") get `consent_question`, and a yes hands the
    /// conversation to the team instead of offering a demo or sales; a request for a form the
    /// classifier only guesses (under 0.5) right after it falls back instead of opening the form.
    public var supportAnswers: [String] = []
    /// Intents that ask where the visitor's request stands ("what happens next?", "did my demo
    /// request go through?"): in a form, `form_continues` and the question; once a request was
    /// passed on, `status_passed_on`; before, `status_nothing_passed` with the requests as buttons.
    public var statusIntents: [String] = []
    /// Slots that describe the user (name, company, email) and survive timeouts and restarts.
    public var profileSlots: [String]
    /// After this many fallbacks in a row the fallback reply offers a human.
    public var offerHumanAfter: Int
    /// After this many fallbacks in a row the bot hands over to a human.
    public var handoffAfter: Int
    /// When the best two intents are closer than this, the bot asks "did you mean A or B?".
    public var didYouMeanMargin: Double
    /// A sentiment score at or below this is frustration and hands over to a human.
    public var frustrationThreshold: Double
    /// A classifier confidence above which an intent interrupts a form's free-text question.
    public var digressionConfidence: Double
    /// The state automatic handoffs go to (a state with `handoff: true`).
    public var handoffState: String?
    /// Button labels for intents in "did you mean" and fallback suggestions.
    public var labels: [String: String]
    /// The built-in replies, each a list of variations.
    public var messages: DialogMessages
    /// When people answer a handoff; nil: always (the handoff says nothing about hours).
    public var businessHours: BusinessHours?
    /// The languages the bot speaks (ISO 639-1 codes); a message clearly in another one is
    /// answered with `language_unsupported`.
    public var languages: [String]
    public var location: SourceLocation?

    public init(start: String, sessionTimeout: Double = 1800, profileSlots: [String] = [], offerHumanAfter: Int = 2,
                handoffAfter: Int = 3, didYouMeanMargin: Double = 0.1, frustrationThreshold: Double = -3,
                digressionConfidence: Double = 0.5, handoffState: String? = nil, labels: [String: String] = [:],
                messages: DialogMessages = DialogMessages(), businessHours: BusinessHours? = nil,
                languages: [String] = ["en"], location: SourceLocation? = nil) {
        self.start = start
        self.sessionTimeout = sessionTimeout
        self.profileSlots = profileSlots
        self.offerHumanAfter = offerHumanAfter
        self.handoffAfter = handoffAfter
        self.didYouMeanMargin = didYouMeanMargin
        self.frustrationThreshold = frustrationThreshold
        self.digressionConfidence = digressionConfidence
        self.handoffState = handoffState
        self.labels = labels
        self.messages = messages
        self.businessHours = businessHours
        self.languages = languages
        self.location = location
    }
}

/// The phrases the dialog engine says itself (re-prompts, confirmations, handoff notices…),
/// written by the bot under `settings: messages:` so that no user-facing word lives in Swift.
/// A phrase the bot does not define is not said (`check` warns about each missing one).
///
///     messages[.fallback]            // ["Sorry, I didn't understand that."]
///     messages.label(.humanButton)   // "Talk to a human"
public struct DialogMessages: Sendable, Codable {
    /// Variations per phrase; one is picked at random.
    public var phrases: [EngineMessage: [Template]]

    public init(phrases: [EngineMessage: [Template]] = [:]) {
        self.phrases = phrases
    }

    public subscript(key: EngineMessage) -> [Template] {
        get { phrases[key] ?? [] }
        set { phrases[key] = newValue }
    }

    /// A phrase used as a button label: its first variation's text.
    public func label(_ key: EngineMessage) -> String? {
        phrases[key]?.first.map { $0.source }
    }
}

/// One state of the conversation: what the bot says on entering it, its buttons, and where
/// each intent leads from here.
public struct StateDefinition: Sendable, Codable {
    public var name: String
    /// Variations of the message said on entering; one is picked at random.
    public var say: [Template]
    public var buttons: [ButtonDefinition]
    /// Transitions on the user's intent, tried in order.
    public var on: [Transition]
    /// Transitions taken right after entering, without waiting for input (intent is empty).
    public var then: [Transition]
    public var form: FormDefinition?
    /// Entering this state hands the conversation over to a person.
    public var handoff: Bool
    /// The conversation may end here: no "no way out" warning.
    public var final: Bool
    /// Scores the lead on entering (before `say`), see `LeadDefinition`.
    public var lead: LeadDefinition?
    /// What the state does with the product catalog on entering (after `say`).
    public var products: ProductAction?
    /// Entering this state withdraws consent: personal slots are erased (before `say`).
    public var withdrawConsent: Bool = false
    public var location: SourceLocation

    public init(name: String, say: [Template] = [], buttons: [ButtonDefinition] = [], on: [Transition] = [],
                then: [Transition] = [], form: FormDefinition? = nil, handoff: Bool = false, final: Bool = false,
                lead: LeadDefinition? = nil, products: ProductAction? = nil, location: SourceLocation) {
        self.lead = lead
        self.products = products
        self.name = name
        self.say = say
        self.buttons = buttons
        self.on = on
        self.then = then
        self.form = form
        self.handoff = handoff
        self.final = final
        self.location = location
    }
}

/// `intent → state`, taken when the condition (if any) holds.
public struct Transition: Sendable, Codable {
    /// The intent that triggers it; empty for `then:` transitions.
    public var intent: String
    public var condition: Condition?
    public var target: String
    public var location: SourceLocation
    public var targetLocation: SourceLocation

    public init(intent: String, condition: Condition? = nil, target: String, location: SourceLocation,
                targetLocation: SourceLocation? = nil) {
        self.intent = intent
        self.condition = condition
        self.target = target
        self.location = location
        self.targetLocation = targetLocation ?? location
    }
}

/// A quick-reply button: clicking it sends `/intent` (understood directly) or the label as text.
public struct ButtonDefinition: Hashable, Sendable, Codable {
    public var label: String
    public var intent: String?
    public var location: SourceLocation

    public init(label: String, intent: String? = nil, location: SourceLocation) {
        self.label = label
        self.intent = intent
        self.location = location
    }
}

/// A form: slots the bot asks for one by one until the required ones are filled.
public struct FormDefinition: Sendable, Codable {
    public var fields: [FormField]
    /// Invalid answers to one question before the form gives up.
    public var maxAttempts: Int
    /// Where to go after too many invalid answers.
    public var giveUp: String?
    /// Where to go once every required slot is filled.
    public var done: String?
    public var location: SourceLocation

    public init(fields: [FormField], maxAttempts: Int = 3, giveUp: String? = nil, done: String? = nil, location: SourceLocation) {
        self.fields = fields
        self.maxAttempts = maxAttempts
        self.giveUp = giveUp
        self.done = done
        self.location = location
    }
}

/// One question of a form and how its answer is checked.
public struct FormField: Sendable, Codable {
    public var slot: String
    public var ask: [Template]
    /// Said before the question again when an answer is rejected; nil → a reason the engine writes.
    public var invalid: [Template]?
    /// Asked once; an answer that does not fit leaves it empty.
    public var optional: Bool
    /// The entity whose values answer it; nil → the slot's own entity.
    public var entity: String?
    /// A regular expression the whole answer must match.
    public var pattern: String?
    /// Allowed values (compared ignoring case).
    public var values: [String]
    public var min: Double?
    public var max: Double?
    /// Asked only when this holds (`when: consent == yes`); otherwise not required.
    public var when: Condition?
    /// A yes/no question: the answer is read as `yes` or `no` ("sure", "no thanks"…).
    public var yesNo: Bool
    /// For an optional field: re-ask an invalid answer (up to `max_attempts`) instead of skipping it.
    public var retryInvalid: Bool
    /// Overrides the setting for this question: an open question like "what do you need?"
    /// gets answers that look like intents, so it may ask for more certainty.
    public var digressionConfidence: Double?
    public var location: SourceLocation

    public init(slot: String, ask: [Template], invalid: [Template]? = nil, optional: Bool = false, entity: String? = nil, pattern: String? = nil,
                values: [String] = [], min: Double? = nil, max: Double? = nil, when: Condition? = nil, yesNo: Bool = false,
                retryInvalid: Bool = false, location: SourceLocation) {
        self.when = when
        self.yesNo = yesNo
        self.retryInvalid = retryInvalid
        self.slot = slot
        self.ask = ask
        self.invalid = invalid
        self.optional = optional
        self.entity = entity
        self.pattern = pattern
        self.values = values
        self.min = min
        self.max = max
        self.location = location
    }
}

/// A frequently asked question: recognised as the intent `faq/<id>` (or an existing intent)
/// and answered from any state.
public struct FAQEntry: Sendable, Codable {
    public var id: String
    /// The intent that triggers the answer.
    public var intent: String
    /// The button label in "did you mean" questions.
    public var title: String
    public var answer: [Template]
    public var buttons: [ButtonDefinition]
    /// Questions that lean on this answer ("how long does it take?" after the erasure answer),
    /// answered only right after it.
    public var followUps: [FAQFollowUp]
    public var location: SourceLocation

    public init(id: String, intent: String, title: String, answer: [Template], buttons: [ButtonDefinition] = [],
                followUps: [FAQFollowUp] = [], location: SourceLocation) {
        self.id = id
        self.intent = intent
        self.title = title
        self.answer = answer
        self.buttons = buttons
        self.followUps = followUps
        self.location = location
    }

    /// The intent name of an entry authored with its own questions.
    public static func intentName(id: String) -> String { "faq/\(id)" }
}

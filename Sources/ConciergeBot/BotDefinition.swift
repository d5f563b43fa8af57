/// Everything the loader read from a bot folder, checked: the input of NLU training.
///
/// Produced by `BotLoader`; a definition only exists when loading found no errors.
public struct BotDefinition: Sendable, Codable {
    public var settings: BotSettings
    public var intents: [IntentDefinition]
    public var entities: [EntityDefinition]
    public var slots: [SlotDefinition]
    /// The conversation design from `dialogs/*.yml`; nil for a bot with intents only.
    /// Its FAQ entries with their own questions are also in `intents` (as `faq/<id>`).
    public var dialog: DialogDefinition?

    public init(
        settings: BotSettings,
        intents: [IntentDefinition],
        entities: [EntityDefinition] = [],
        slots: [SlotDefinition] = [],
        dialog: DialogDefinition? = nil
    ) {
        self.settings = settings
        self.intents = intents
        self.entities = entities
        self.slots = slots
        self.dialog = dialog
    }
}

/// Bot-wide settings (`settings:` in an intents file).
public struct BotSettings: Hashable, Sendable, Codable {
    /// The bot's name, used for its store file and greetings.
    public var name: String
    /// Below this classifier confidence a message is the fallback intent `oos`.
    public var fallbackThreshold: Double
    /// The country calling code a phone number without one belongs to, digits only ("1", "44").
    public var defaultCountryCode: String
    /// Whether stored transcripts have e-mail addresses and phone numbers masked
    /// (`mask_personal_data`); leads keep them, since a lead is for contacting the person.
    public var maskPersonalData: Bool
    public var location: SourceLocation?

    public static let defaultFallbackThreshold = 0.3

    public init(
        name: String = "concierge",
        fallbackThreshold: Double = BotSettings.defaultFallbackThreshold,
        defaultCountryCode: String = "1",
        maskPersonalData: Bool = false,
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.fallbackThreshold = fallbackThreshold
        self.defaultCountryCode = defaultCountryCode
        self.maskPersonalData = maskPersonalData
        self.location = location
    }
}

/// One intent: what users say (examples) and deterministic rules (patterns).
public struct IntentDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var examples: [Example]
    public var patterns: [PhrasePattern]
    public var location: SourceLocation

    public init(name: String, examples: [Example], patterns: [PhrasePattern] = [], location: SourceLocation) {
        self.name = name
        self.examples = examples
        self.patterns = patterns
        self.location = location
    }
}

/// A training example with its slot annotations removed from the text and kept as spans.
///
///     // from `we are [40](team_size) people`
///     Example(text: "we are 40 people",
///             annotations: [SlotAnnotation(slot: "team_size", value: "40", start: 7, end: 9)], …)
public struct Example: Hashable, Sendable, Codable {
    public var text: String
    public var annotations: [SlotAnnotation]
    public var location: SourceLocation

    public init(text: String, annotations: [SlotAnnotation] = [], location: SourceLocation) {
        self.text = text
        self.annotations = annotations
        self.location = location
    }
}

/// A span of an example that fills a slot; offsets in Unicode scalars of `Example.text`.
public struct SlotAnnotation: Hashable, Sendable, Codable {
    public var slot: String
    public var value: String
    public var start: Int
    public var end: Int

    public init(slot: String, value: String, start: Int, end: Int) {
        self.slot = slot
        self.value = value
        self.start = start
        self.end = end
    }
}

/// A lookup entity: canonical values, each with the synonyms that map to it.
public struct EntityDefinition: Hashable, Sendable, Codable {
    public struct Value: Hashable, Sendable, Codable {
        public var value: String
        public var synonyms: [String]
        public var location: SourceLocation

        public init(value: String, synonyms: [String] = [], location: SourceLocation) {
            self.value = value
            self.synonyms = synonyms
            self.location = location
        }
    }

    public var name: String
    public var values: [Value]
    /// Whether near misses (typos) may match, bounded by token length.
    public var fuzzy: Bool
    public var location: SourceLocation

    public init(name: String, values: [Value], fuzzy: Bool = true, location: SourceLocation) {
        self.name = name
        self.values = values
        self.fuzzy = fuzzy
        self.location = location
    }
}

/// A slot and the entity that fills it: a built-in (`number`, `money`, `email`, …), a lookup
/// entity of the bot, or nil for a free-text slot that the learned tagger fills.
public struct SlotDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var entity: String?
    /// What the value is, which decides the evidence that fills it (see docs/dialog-files.md,
    /// "Slot filling").
    public var kind: SlotKind
    /// Personal data: held pending until consent, masked in transcripts, erased on refusal.
    public var personal: Bool
    public var location: SourceLocation

    public init(name: String, entity: String?, kind: SlotKind = .value, personal: Bool = false,
                location: SourceLocation) {
        self.name = name
        self.entity = entity
        self.kind = kind
        self.personal = personal
        self.location = location
    }
}

/// What a slot holds, beyond the entity that fills it: the slot-filling policy reads a head
/// count only with people words, a budget only with money or budget words, and free-text
/// kinds only from a real answer (never "skip", "yes" or a question).
public enum SlotKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Any value of the slot's entity; filled only as the answer to its own question or by its entity.
    case value
    /// How many people: "12 people", "a team of 12", "12 of us".
    case headCount = "head_count"
    /// An amount of money to spend: "$300 a month", "about 200 a month", "50k per year".
    case budget
    /// A person's name: "I'm Ana", "my name is Ana Lopez".
    case personName = "person_name"
    /// A company: "I work at Acme", "the company is called Vela Travel".
    case company
    /// What the user wants, in their words.
    case need
    /// A yes or a no ("I make the decision" is yes).
    case yesNo = "yes_no"
    /// Whether the visitor decides: yes or no, answering its question or said anywhere ("I'm
    /// the owner, I decide", "my boss signs off").
    case decisionMaker = "decision_maker"
    /// When the visitor's project starts (a date slot): "we want to start next month", "go
    /// live in January". A date said as a start fills no other date slot unless asked for.
    case startDate = "start_date"

    /// Whether the slot holds any value of its entity, as `value` does (a start date is a date).
    public var holdsEntityValue: Bool { self == .value || self == .startDate }
}

/// Everything the loader read from a bot folder, checked: the input of NLU training.
///
/// Produced by `BotLoader`; a definition only exists when loading found no errors.
public struct BotDefinition: Sendable {
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
public struct BotSettings: Hashable, Sendable {
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
public struct IntentDefinition: Hashable, Sendable {
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
public struct Example: Hashable, Sendable {
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
public struct EntityDefinition: Hashable, Sendable {
    public struct Value: Hashable, Sendable {
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
public struct SlotDefinition: Hashable, Sendable {
    public var name: String
    public var entity: String?
    public var location: SourceLocation

    public init(name: String, entity: String?, location: SourceLocation) {
        self.name = name
        self.entity = entity
        self.location = location
    }
}

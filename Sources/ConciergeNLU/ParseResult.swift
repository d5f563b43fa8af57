import ConciergeEntities

/// What NLU made of one message: the intent, the ranking behind it, the entities, and which
/// stage decided (so `/why` can explain it).
///
///     {"text": "hi", "intent": {"name": "greet", "confidence": 1}, "ranking": […], "entities": []}
public struct ParseResult: Hashable, Sendable {
    /// The stage that chose the intent.
    public enum Decision: String, Hashable, Sendable, Codable {
        case pattern
        case exactExample = "exact_example"
        case classifier
        /// The classifier's best guess fell below the bot's threshold.
        case fallback
        /// Nothing to classify: an empty message, or one of only punctuation.
        case empty
    }

    /// The name of the fallback intent.
    public static let outOfScope = "oos"

    public var text: String
    public var intent: IntentScore
    public var ranking: [IntentScore]
    public var entities: [EntityMatch]
    public var decision: Decision
    /// What the message says beyond its intent (answers, facts, sentiment, language).
    public var understanding: Understanding
    /// The follow-up of an FAQ answer just given that the message asks, if any.
    public var followUp: FollowUpMatch?

    public init(text: String, intent: IntentScore, ranking: [IntentScore], entities: [EntityMatch], decision: Decision,
                understanding: Understanding = Understanding()) {
        self.text = text
        self.intent = intent
        self.ranking = ranking
        self.entities = entities
        self.decision = decision
        self.understanding = understanding
    }

    public var isOutOfScope: Bool { intent.name == Self.outOfScope }
}

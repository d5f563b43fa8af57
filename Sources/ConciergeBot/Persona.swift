import ConciergeJSON
import Foundation

/// A simulated website visitor (`<bot>/personas/*.yml`, docs/simulate.md): what they want,
/// what they know about themselves, how they behave and how they phrase things.
/// `concierge simulate` plays each persona against the bot with several seeds.
///
///     let persona = personas.first { $0.name == "bookstore-chain" }
///     persona.goal.kind             // .lead
///     persona.facts["team_size"]    // 12
///     persona.behaves(.severalFactsAtOnce)
///     persona.phrasings["team_size"] // ["we're {team_size} people", "team of {team_size}"]
public struct Persona: Hashable, Sendable {
    public var name: String
    public var description: String
    public var goal: PersonaGoal
    /// The visitor's facts by slot name: the truth the bot's slots and leads are judged against.
    public var facts: [String: JSONValue]
    /// For `correction`: the value first given by mistake, then corrected.
    public var mistakes: [String: JSONValue]
    public var behaviours: [PersonaBehaviour]
    /// Message templates by act (`open`, `yes`, `skip`…) or fact name; `{fact}` and
    /// `{value}` placeholders. One variation is picked per message with the seed.
    public var phrasings: [String: [String]]
    /// The share of seeds that must reach the goal for the persona to pass (default 0.9).
    public var requiredSuccess: Double
    /// Visitor messages before the visitor gives up (default 20).
    public var maxTurns: Int
    /// Fallbacks allowed in one conversation; nil: not judged.
    public var maxFallbacks: Int?
    /// When the visitor arrives (`starts_at`); nil: the simulator's default time.
    public var startsAt: Date?
    public var location: SourceLocation

    public static let defaultRequiredSuccess = 0.9
    public static let defaultMaxTurns = 20

    public init(name: String, description: String = "", goal: PersonaGoal, facts: [String: JSONValue] = [:],
                mistakes: [String: JSONValue] = [:], behaviours: [PersonaBehaviour] = [],
                phrasings: [String: [String]] = [:], requiredSuccess: Double = Persona.defaultRequiredSuccess,
                maxTurns: Int = Persona.defaultMaxTurns, maxFallbacks: Int? = nil, startsAt: Date? = nil,
                location: SourceLocation) {
        self.name = name
        self.description = description
        self.goal = goal
        self.facts = facts
        self.mistakes = mistakes
        self.behaviours = behaviours
        self.phrasings = phrasings
        self.requiredSuccess = requiredSuccess
        self.maxTurns = maxTurns
        self.maxFallbacks = maxFallbacks
        self.startsAt = startsAt
        self.location = location
    }

    public func behaves(_ behaviour: PersonaBehaviour) -> Bool { behaviours.contains(behaviour) }
}

/// What a persona came for, and how success is told.
///
///     PersonaGoal(kind: .faq, faq: ["pricing"])                       // goal: pricing_answer
///     PersonaGoal(kind: .suggestions, excludedProducts: ["Growth"])    // "anything cheaper? we're on Growth"
public struct PersonaGoal: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// A `lead_captured` event with consent whose fields match the facts.
        case lead
        /// A `lead_captured` event that carries the demo request.
        case demo
        /// `faq_answered` for every id of `faq`.
        case faq
        /// A `products_suggested` event naming none of `excludedProducts`.
        case suggestions
        /// One handoff event; afterwards the bot only acknowledges.
        case handoff
        /// No lead, and no personal data kept.
        case refusal
        /// A reply with the bot's `language_unsupported` phrase.
        case languageNotice = "language_notice"
    }

    public var kind: Kind
    public var faq: [String]
    public var excludedProducts: [String]

    public init(kind: Kind, faq: [String] = [], excludedProducts: [String] = []) {
        self.kind = kind
        self.faq = faq
        self.excludedProducts = excludedProducts
    }

    /// Goal names a persona file may use: the kinds, and `pricing_answer` (FAQ `pricing`).
    public static let names = Kind.allCases.map(\.rawValue) + ["pricing_answer"]
}

/// A way real visitors depart from the script, played with a probability set by the seed.
public enum PersonaBehaviour: String, CaseIterable, Hashable, Sendable {
    /// Answers with one or two more facts than asked ("Ana Lopez, ana@acme.com").
    case severalFactsAtOnce = "several_facts_at_once"
    /// Once, answers another question than the one asked.
    case outOfOrder = "out_of_order"
    /// Gives a fact of `mistakes:` first, then corrects it.
    case correction
    /// Once, asks an FAQ (`digression` phrasings) instead of answering.
    case faqDigression = "faq_digression"
    /// Lowercase, dropped apostrophes, slang words and swapped letters in its own words.
    case slangTypos = "slang_typos"
    /// Says no to consent, then gives it (`consent_later` phrasings).
    case consentRefusedThenGiven = "consent_refused_then_given"
    /// Says no to consent.
    case consentRefused = "consent_refused"
    /// Asks for a person (`human` phrasings), then writes again (`after_handoff`).
    case asksForHuman = "asks_for_human"
    /// Once, answers a question with a non-answer (`non_answer` phrasings).
    case nonAnswer = "non_answer"
    /// Opens in another language (`other_language` phrasings), then goes on in the bot's.
    case otherLanguage = "other_language"
    /// Gives name or e-mail before being asked, even before consent.
    case volunteersContact = "volunteers_contact"
    /// Once, goes quiet longer than the session timeout in the middle of the conversation.
    case sessionExpires = "session_expires"
    /// After reaching the goal, declines the bot's offer (`decline` phrasings: "no thanks", "nah").
    case declinesOffer = "declines_offer"
}

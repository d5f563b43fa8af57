import ConciergeEntities
import ConciergeJSON

/// Something a turn did that the outside world may act on (analytics, a CRM, a help desk),
/// encoded as `{"type": "…", …}`.
///
///     DialogEvent.faqAnswered(id: "pricing")   // {"type":"faq_answered","id":"pricing"}
///     DialogEvent.handoff(reason: .requested, transcript: […])
///     // {"type":"handoff","reason":"requested","transcript":[{"user":"…","bot":["…"]}]}
public enum DialogEvent: Hashable, Sendable {
    case faqAnswered(id: String)
    case handoff(reason: HandoffReason, transcript: [TranscriptTurn])
    /// The session had been silent longer than the timeout, so the flow restarted.
    case sessionExpired
    /// A qualified lead, emitted only with the user's consent: every collected field, the
    /// score and tier. `{"type":"lead_captured","lead":{…},"score":70,"tier":"hot","consent":true}`
    case leadCaptured(lead: [String: JSONValue], score: Double, tier: String, consent: Bool)
    /// Products suggested, best first. `{"type":"products_suggested","products":["A","B"]}`
    case productsSuggested(products: [String])
    /// Values of a lead already passed on that the user corrected since ("sorry, we're 30
    /// people, not 40"). `{"type":"lead_updated","changes":{"team_size":30}}`
    case leadUpdated(changes: [String: JSONValue])
    /// The user took a handed-off conversation back before a person answered ("never mind,
    /// I'll ask the bot"): the desk can close it. `{"type":"handoff_cancelled"}`
    case handoffCancelled

    /// The `type` field of the encoded event.
    public var type: String {
        switch self {
        case .faqAnswered: "faq_answered"
        case .handoff: "handoff"
        case .sessionExpired: "session_expired"
        case .leadCaptured: "lead_captured"
        case .productsSuggested: "products_suggested"
        case .handoffCancelled: "handoff_cancelled"
        case .leadUpdated: "lead_updated"
        }
    }
}

/// Why the conversation is handed over to a person.
public enum HandoffReason: String, Codable, Hashable, Sendable {
    /// The user asked for a person.
    case requested
    /// Too many messages in a row were not understood.
    case repeatedFallback = "repeated_fallback"
    /// The user is clearly upset.
    case frustration
    /// A form question got too many invalid answers and its way out is a handoff.
    case maxAttempts = "max_attempts"
}

/// Read back from the store; written only by `write(to:)` (DialogEvent+JSON.swift).
extension DialogEvent: Decodable {
    private enum Key: String, CodingKey {
        case type, id, reason, transcript, lead, score, tier, consent, products, changes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "faq_answered":
            self = .faqAnswered(id: try container.decode(String.self, forKey: .id))
        case "handoff":
            self = .handoff(reason: try container.decode(HandoffReason.self, forKey: .reason),
                            transcript: try container.decode([TranscriptTurn].self, forKey: .transcript))
        case "session_expired":
            self = .sessionExpired
        case "lead_captured":
            self = .leadCaptured(lead: try container.decode([String: JSONValue].self, forKey: .lead),
                                 score: try container.decode(Double.self, forKey: .score),
                                 tier: try container.decode(String.self, forKey: .tier),
                                 consent: try container.decode(Bool.self, forKey: .consent))
        case "products_suggested":
            self = .productsSuggested(products: try container.decode([String].self, forKey: .products))
        case "handoff_cancelled":
            self = .handoffCancelled
        case "lead_updated":
            self = .leadUpdated(changes: try container.decode([String: JSONValue].self, forKey: .changes))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown event type '\(type)'")
        }
    }
}

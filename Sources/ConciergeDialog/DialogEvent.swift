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

    /// The `type` field of the encoded event.
    public var type: String {
        switch self {
        case .faqAnswered: "faq_answered"
        case .handoff: "handoff"
        case .sessionExpired: "session_expired"
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

extension DialogEvent: Codable {
    private enum Key: String, CodingKey {
        case type, id, reason, transcript
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
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown event type '\(type)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .faqAnswered(let id):
            try container.encode(id, forKey: .id)
        case .handoff(let reason, let transcript):
            try container.encode(reason, forKey: .reason)
            try container.encode(transcript, forKey: .transcript)
        case .sessionExpired:
            break
        }
    }
}

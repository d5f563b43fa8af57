import ConciergeBot

/// How the machine tells which FAQ answer the last reply gave, so NLU can compare the next
/// message with that answer's follow-ups ("how long does it take?" after the erasure answer),
/// and whether a reply was the consent question that may stand between them.
struct ReplyMarker: Sendable {
    /// The FAQ entry the reply answers (empty for an engine phrase).
    var id: String
    /// The literal opening of each answer of the entry and of its follow-ups: a reply that
    /// starts with one is that answer, whatever its placeholders were filled with.
    var openings: [(text: String, atStart: Bool)]

    /// The markers of the entries that have follow-ups. An answer opening with a placeholder
    /// is told by its first literal part of 12 characters or more, anywhere in the reply.
    static func markers(of faq: [FAQEntry]) -> [ReplyMarker] {
        faq.filter { !$0.followUps.isEmpty }.compactMap { entry in
            ReplyMarker(id: entry.id, templates: entry.answer + entry.followUps.flatMap(\.answer))
        }
    }

    /// Nil when no template has a literal part long enough to tell it by.
    init?(id: String, templates: [Template]) {
        let openings = templates.compactMap(Self.opening)
        guard !openings.isEmpty else { return nil }
        self.id = id
        self.openings = openings
    }

    private static func opening(of template: Template) -> (text: String, atStart: Bool)? {
        for (index, segment) in template.segments.enumerated() {
            if case .text(let text) = segment, text.count >= 12 { return (text, index == 0) }
        }
        return nil
    }

    func marks(_ reply: String) -> Bool {
        openings.contains { $0.atStart ? reply.hasPrefix($0.text) : reply.contains($0.text) }
    }
}

extension DialogMachine {
    /// The FAQ entries with follow-ups whose answer (or one of whose follow-ups' answers) the
    /// last reply of the session gave — or the reply before it, when the last one only asked
    /// for consent to keep details typed after the answer ("my email is …" → "May I keep…?"):
    /// the context `NLUModel.parse(…answered:)` compares the next message in. While a person
    /// has the conversation, none.
    public func answeredWithFollowUps(_ session: DialogSession) -> [String] {
        guard !followUpMarkers.isEmpty, !isHandedOff(session) else { return [] }
        let log = session.transcriptLog
        for index in stride(from: log.count - 1, through: max(0, log.count - 2), by: -1) {
            let replies = log.replies(ofTurn: index)
            let answered = followUpMarkers.filter { marker in replies.contains { marker.marks($0) } }.map(\.id)
            if !answered.isEmpty { return answered }
            guard replies.contains(where: { consentQuestionMarker?.marks($0) ?? false }) else { return [] }
        }
        return []
    }
}

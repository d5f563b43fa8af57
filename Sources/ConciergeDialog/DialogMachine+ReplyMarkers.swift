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

    /// Byte for byte: the bot's own words come back as it wrote them, and `hasPrefix`'s
    /// canonical comparison cost a turn several microseconds over the last replies.
    func marks(_ reply: String) -> Bool {
        openings.contains { $0.atStart ? reply.utf8.starts(with: $0.text.utf8) : reply.contains($0.text) }
    }
}

extension DialogMachine {
    /// The FAQ entries with follow-ups whose answer (or one of whose follow-ups' answers) the
    /// last two replies of the session gave, the latest first — passing over a reply that only
    /// asked for consent to keep details typed after the answer ("my email is …" → "May I
    /// keep…?"): the context `NLUModel.parse(…answered:)` compares the next message in. "how do I
    /// cancel" → "will I get a refund?" → "and will I lose my data?" asks the cancelling
    /// answer's follow-up (blind audit 46 fell back). While a person has the conversation, none.
    public func answeredWithFollowUps(_ session: DialogSession) -> [String] {
        guard !followUpMarkers.isEmpty, !isHandedOff(session) else { return [] }
        let log = session.transcriptLog
        var answered: [String] = []
        var answers = 0
        var index = log.count - 1
        while index >= 0, index >= log.count - 3, answers < 2 {
            let replies = log.replies(ofTurn: index)
            let found = followUpMarkers.filter { marker in replies.contains { marker.marks($0) } }.map(\.id)
            index -= 1
            if found.isEmpty, replies.contains(where: { consentQuestionMarker?.marks($0) ?? false }) { continue }
            answers += 1
            answered += found.filter { !answered.contains($0) }
        }
        return answered
    }
}

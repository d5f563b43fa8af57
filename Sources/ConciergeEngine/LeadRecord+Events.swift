import ConciergeDialog
import Foundation
import ConciergeJSON

extension LeadRecord {
    /// The leads a turn captured: one per `lead_captured` event, with consent as the event
    /// says (the dialog only puts contact details in a lead the person agreed to store).
    ///
    ///     LeadRecord.records(in: reply.events, sessionID: "web-42", at: now)
    public static func records(in events: [DialogEvent], sessionID: String, at now: Date) -> [LeadRecord] {
        events.compactMap { event in
            guard case .leadCaptured(let lead, let score, let tier, let consent) = event else { return nil }
            return LeadRecord(sessionID: sessionID, capturedAt: now, fields: lead, score: score, tier: tier, consent: consent)
        }
    }

    /// The corrections of a lead already passed on that a turn made (`lead_updated`), merged.
    public static func changes(in events: [DialogEvent]) -> [String: JSONValue] {
        var changes: [String: JSONValue] = [:]
        for case .leadUpdated(let changed) in events { changes.merge(changed) { _, new in new } }
        return changes
    }
}

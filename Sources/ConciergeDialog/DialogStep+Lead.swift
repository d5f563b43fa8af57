import ConciergeBot
import ConciergeEntities
import Foundation
import ConciergeJSON

/// Lead qualification: score the collected slots, pick the tier, and — only with consent —
/// emit `lead_captured`. Without consent the contact details are forgotten and no event is
/// sent: a lead is someone to contact, and without consent there is no one.
extension DialogStep {
    /// Scores the lead and passes it on with consent; false when its request was passed on before.
    mutating func scoreLead(_ lead: LeadDefinition) -> Bool {
        let score = lead.rules.filter(holds).reduce(0) { $0 + $1.points }
        let tier = lead.tiers.first { score >= $0.minimum }?.name ?? lead.tiers.last?.name ?? ""
        session.slots[lead.scoreSlot] = .number(score)
        session.slots[lead.tierSlot] = .string(tier)
        guard hasConsent else {
            erasePending()
            for slot in lead.contact where session.slots[slot] != nil {
                session.slots[slot] = nil
                actions.append(.eraseSlot(slot))
            }
            return true
        }
        if let request = lead.request {
            // The same request twice in one conversation is passed on once.
            guard !(session.requested ?? []).contains(request) else {
                say(.alreadyRequested)
                return false
            }
            session.requested = (session.requested ?? []) + [request]
        }
        var fields: [String: JSONValue] = [:]
        for slot in lead.fields {
            if let value = session.slots[slot] { fields[slot] = value }
        }
        session.passedOn = Set((session.passedOn ?? []) + fields.keys).sorted()
        if let request = lead.request { fields["request"] = .string(request) }
        let event = DialogEvent.leadCaptured(lead: fields, score: score, tier: tier, consent: true)
        events.append(event)
        actions.append(.emit(event))
        return true
    }

    /// A rule holds when its condition does, and its date slot (if any) starts within the days.
    func holds(_ rule: ScoreRule) -> Bool {
        if let condition = rule.condition, !condition.holds(in: session.slots) { return false }
        guard let days = rule.withinDays else { return true }
        guard let slot = rule.slot, let value = session.slots[slot], let start = DialogStep.firstDay(of: value) else {
            return false
        }
        return start.timeIntervalSince(now) <= days * 86_400
    }

    /// The first day of a date (`"2025-02-01"`) or a range (`{"from": …, "to": …}`), at midnight UTC.
    static func firstDay(of value: JSONValue) -> Date? {
        day(of: (value["from"] ?? value).stringValue)
    }

    /// When a date or a range (its `to`) ends, its local time read as UTC: the time of
    /// `"2026-12-04T17:00"`, the end of the day of `"2026-12-04"`.
    static func lastMoment(of value: JSONValue) -> Date? {
        let text = (value["to"] ?? value["from"] ?? value).stringValue
        guard let start = day(of: text) else { return nil }
        guard let text, let time = DialogStep.time(text) else { return start.addingTimeInterval(86_400) }
        return start.addingTimeInterval(Double(time.hour * 3600 + time.minute * 60))
    }

    private static func day(of text: String?) -> Date? {
        guard let text else { return nil }
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }
}

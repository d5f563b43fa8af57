import ConciergeBot
import ConciergeEntities
import Foundation
import ConciergeJSON

/// Lead qualification: score the collected slots, pick the tier, and — only with consent —
/// emit `lead_captured`. Without consent the contact details are forgotten and no event is
/// sent: a lead is someone to contact, and without consent there is no one.
extension DialogStep {
    mutating func scoreLead(_ lead: LeadDefinition) {
        let score = lead.rules.filter(holds).reduce(0) { $0 + $1.points }
        let tier = lead.tiers.first { score >= $0.minimum }?.name ?? lead.tiers.last?.name ?? ""
        session.slots[lead.scoreSlot] = .number(score)
        session.slots[lead.tierSlot] = .string(tier)
        let consent = session.slots[lead.consent].map { $0 == .bool(true) || YesNo.read($0.displayText) == true } ?? false
        guard consent else {
            for slot in lead.contact { session.slots[slot] = nil }
            return
        }
        var fields: [String: JSONValue] = [:]
        for slot in lead.fields {
            if let value = session.slots[slot] { fields[slot] = value }
        }
        events.append(.leadCaptured(lead: fields, score: score, tier: tier, consent: true))
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
        guard let text = (value["from"] ?? value).stringValue else { return nil }
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }
}

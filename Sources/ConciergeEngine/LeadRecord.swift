import Foundation
import ConciergeJSON

/// A captured lead as the store keeps it: the contact columns a CRM needs, the score and
/// tier, the consent, and every collected field as JSON.
///
///     let lead = LeadRecord(sessionID: "web-42", capturedAt: now,
///                           fields: ["email": "ana@acme.com", "team_size": 40], score: 70, tier: "hot", consent: true)
///     lead.email   // "ana@acme.com"
public struct LeadRecord: Hashable, Sendable {
    public var sessionID: String
    public var capturedAt: Date
    public var email: String?
    public var name: String?
    public var company: String?
    public var phone: String?
    public var tier: String?
    public var score: Double?
    public var consent: Bool
    /// Every field the bot collected, including the ones above.
    public var fields: [String: JSONValue]

    public init(sessionID: String, capturedAt: Date, email: String? = nil, name: String? = nil, company: String? = nil,
                phone: String? = nil, tier: String? = nil, score: Double? = nil, consent: Bool,
                fields: [String: JSONValue] = [:]) {
        self.sessionID = sessionID
        self.capturedAt = capturedAt
        self.email = email
        self.name = name
        self.company = company
        self.phone = phone
        self.tier = tier
        self.score = score
        self.consent = consent
        self.fields = fields
    }

    /// A lead from the collected fields (a `lead_captured` event's `lead` object): the contact
    /// columns are read from the fields of the same name.
    public init(sessionID: String, capturedAt: Date, fields: [String: JSONValue], score: Double?, tier: String?,
                consent: Bool) {
        self.init(sessionID: sessionID, capturedAt: capturedAt,
                  email: fields["email"].flatMap(LeadRecord.text), name: fields["name"].flatMap(LeadRecord.text),
                  company: fields["company"].flatMap(LeadRecord.text), phone: fields["phone"].flatMap(LeadRecord.text),
                  tier: tier, score: score, consent: consent, fields: fields)
    }

    /// A field as a CSV cell or column: strings as they are, whole numbers without a fraction,
    /// anything else (money, ranges) as compact JSON with sorted keys, so exports are stable.
    public static func text(_ value: JSONValue) -> String? {
        switch value {
        case .null: return nil
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            return JSONNumber.text(number)
        case .array, .object:
            return value.jsonText
        }
    }
}

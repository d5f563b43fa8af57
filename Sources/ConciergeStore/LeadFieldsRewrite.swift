import ConciergeDialog
import ConciergeEngine
import ConciergeJSON
import Foundation

/// How a stored lead's `fields` JSON changes after it was captured, the same in every store:
/// an erasure (consent withdrawn) and corrections passed on later (`lead_updated`).
///
///     try LeadFieldsRewrite.erased(#"{"email":"ana@acme.com","team_size":40}"#, erasure)   // {"team_size":40}
///     try LeadFieldsRewrite.corrected(#"{"team_size":40}"#, with: ["team_size": 30])?.fields   // {"team_size":30}
enum LeadFieldsRewrite {
    /// The fields without the erased slots, and with the erased values masked elsewhere.
    static func erased(_ text: String, _ erasure: PersonalDataErasure) throws -> String {
        guard case .object(var fields) = try JSONParser.parse(Array(text.utf8)) else { return erasure.mask(text) }
        for slot in erasure.values.keys { fields.removeValue(forKey: slot) }
        return JSONValue.object(fields.mapValues { value in
            if case .string(let string) = value { return .string(erasure.mask(string)) }
            return value
        }).jsonText
    }

    /// The fields with the corrections applied (a null one removed), as JSON, and the contact columns read from
    /// them; nil when the stored text is no JSON object.
    static func corrected(_ text: String, with changes: [String: JSONValue]) throws -> (json: String, lead: LeadRecord)? {
        guard case .object(var fields) = try JSONParser.parse(Array(text.utf8)) else { return nil }
        // A field set to null was erased (`withdrawal_passed_on`): it goes, like an erased slot.
        for (name, value) in changes {
            if value == .null { fields.removeValue(forKey: name) } else { fields[name] = value }
        }
        let lead = LeadRecord(sessionID: "", capturedAt: Date(timeIntervalSince1970: 0), fields: fields, score: nil, tier: nil,
                              consent: true)
        return (JSONValue.object(fields).jsonText, lead)
    }
}

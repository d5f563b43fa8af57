import ConciergeEngine
import Foundation
import ConciergeJSON

/// Leads as a CRM imports them: CSV (RFC 4180: CRLF line ends, fields with a comma, quote or
/// line break quoted, quotes doubled) in a fixed column order, or one JSON object per line.
///
///     LeadExport.csv([lead])
///     // captured_at,session,name,email,phone,company,team_size,budget,timeline,role,need,score,tier,consent,extra\r\n
///     // 2026-11-22T10:00:00Z,web-42,"Doe, Ana",ana@acme.com,,Acme,40,,,,,70,hot,true,"{""plan"":""pro""}"\r\n
public enum LeadExport {
    /// The fields with a column of their own, after captured_at and session.
    public static let fieldColumns = ["name", "email", "phone", "company", "team_size", "budget", "timeline", "role", "need"]
    public static let columns = ["captured_at", "session"] + fieldColumns + ["score", "tier", "consent", "extra"]

    public static func csv(_ leads: [LeadRecord]) -> String {
        ([columns] + leads.map(row)).map { $0.map(quote).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One lead's cells, in `columns` order. The dedicated columns (email…) win over fields of
    /// the same name; the fields without a column go to `extra` as a JSON object.
    static func row(_ lead: LeadRecord) -> [String] {
        let dedicated: [String: String?] = ["name": lead.name, "email": lead.email, "phone": lead.phone, "company": lead.company]
        let cells = fieldColumns.map { column -> String in
            if let value = dedicated[column] ?? nil { return value }
            return lead.fields[column].flatMap(LeadRecord.text) ?? ""
        }
        let extra = lead.fields.filter { !fieldColumns.contains($0.key) }
        let score = lead.score.flatMap { LeadRecord.text(.number($0)) } ?? ""
        return [timestamp(lead.capturedAt), lead.sessionID] + cells
            + [score, lead.tier ?? "", lead.consent ? "true" : "false",
               extra.isEmpty ? "" : JSONValue.object(extra).jsonText]
    }

    /// A field quoted when RFC 4180 requires it.
    public static func quote(_ field: String) -> String {
        let special = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return special ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// One JSON object per lead, keys sorted, ending with a newline.
    public static func jsonLines(_ leads: [LeadRecord]) -> String {
        leads.map { jsonLine($0) + "\n" }.joined()
    }

    /// UTC, to the second: what CRMs parse.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// One lead's JSON line: keys sorted, absent fields left out.
    static func jsonLine(_ lead: LeadRecord) -> String {
        var json = JSONWriter(capacity: 512)
        json.beginObject()
        json.key("captured_at"); json.string(timestamp(lead.capturedAt))
        if let company = lead.company { json.key("company"); json.string(company) }
        json.key("consent"); json.bool(lead.consent)
        if let email = lead.email { json.key("email"); json.string(email) }
        json.key("fields"); json.value(.object(lead.fields))
        if let name = lead.name { json.key("name"); json.string(name) }
        if let phone = lead.phone { json.key("phone"); json.string(phone) }
        if let score = lead.score { json.key("score"); json.number(score) }
        json.key("session"); json.string(lead.sessionID)
        if let tier = lead.tier { json.key("tier"); json.string(tier) }
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self)
    }
}

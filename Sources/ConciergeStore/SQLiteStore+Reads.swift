import ConciergeDialog
import ConciergeEntities
import Foundation
import GRDB

extension SQLiteStore {
    /// The saved session, nil for an unknown id (or one known only through a lead). A session
    /// that no longer decodes is an error the caller can answer by starting afresh.
    ///
    ///     let session = try store.loadSession(id: "web-42") ?? DialogSession()
    public func loadSession(id: String) throws -> DialogSession? {
        let data = try perform { db in
            try String.fetchOne(db, sql: "SELECT data FROM session WHERE id = ?", arguments: [id])
        }
        guard let data else { return nil }
        do {
            return try JSONDecoder().decode(DialogSession.self, from: Data(data.utf8))
        } catch {
            throw StoreError.unreadableSession(id: id, message: String(describing: error))
        }
    }

    /// The leads captured at or after `since`, oldest first.
    ///
    ///     try store.leads(since: nil).map(\.email)   // ["ana@acme.com", "bo@example.org"]
    public func leads(since: Date?) throws -> [LeadRecord] {
        let rows = try perform { db in
            try Row.fetchAll(db, sql: """
                SELECT session_id, captured_at, email, name, company, phone, tier, score, consent, fields
                FROM lead WHERE captured_at >= ? ORDER BY captured_at, id
                """, arguments: [since ?? Date.distantPast])
        }
        return try rows.map { row in
            let fieldsText: String = row["fields"] ?? "{}"
            let fields: [String: JSONValue]
            do {
                fields = try JSONDecoder().decode([String: JSONValue].self, from: Data(fieldsText.utf8))
            } catch {
                throw StoreError.damaged(path: path, message: "a lead's fields are not JSON")
            }
            return LeadRecord(sessionID: row["session_id"] ?? "", capturedAt: row["captured_at"] ?? Date.distantPast,
                              email: row["email"], name: row["name"], company: row["company"], phone: row["phone"],
                              tier: row["tier"], score: row["score"], consent: row["consent"] ?? false, fields: fields)
        }
    }
}

import ConciergeEngine
import ConciergeDialog
import Foundation
import GRDB
import ConciergeJSON

extension SQLiteStore {
    /// The saved session, nil for an unknown id (or one known only through a lead). A session
    /// that no longer decodes is an error the caller can answer by starting afresh. A tail
    /// stored by reference is read back from its turn rows (`SessionTail`).
    ///
    ///     let session = try store.loadSession(id: "web-42") ?? DialogSession()
    public func loadSession(id: String) throws -> DialogSession? {
        let found = try perform { db -> (data: String, chain: TailChain?)? in
            guard let row = try Row.fetchOne(db, sql: "SELECT data, tail FROM session WHERE id = ?", arguments: [id]),
                  let data: String = row["data"] else { return nil }
            guard let tail: String = row["tail"] else { return (data, nil) }
            guard let ids = SessionTail.ids(tail) else {
                throw StoreError.unreadableSession(id: id, message: "its transcript tail is not a list of turns")
            }
            return (data, try chain(ids, sessionID: id, db))
        }
        guard let found else { return nil }
        var session: DialogSession
        do {
            session = try JSONDecoder().decode(DialogSession.self, from: Data(found.data.utf8))
        } catch {
            throw StoreError.unreadableSession(id: id, message: String(describing: error))
        }
        if let chain = found.chain {
            session.transcript = chain.turns
            // The next commit of this session may refer to these turns again.
            tails.store(chain, for: id)
        }
        return session
    }

    /// The transcript turns of the turn rows `ids`, in that order. A row deleted since (by a
    /// `forget` in another process) is left out: its text is meant to be gone.
    private func chain(_ ids: [Int64], sessionID: String, _ db: Database) throws -> TailChain {
        var chain = TailChain()
        let select = try db.cachedStatement(sql: "SELECT text, reply FROM turn WHERE id = ? AND session_id = ?")
        for id in ids {
            guard let row = try Row.fetchOne(select, arguments: [id, sessionID]) else { continue }
            let text: String = row["text"] ?? ""
            let replyText: String = row["reply"] ?? "[]"
            let reply: [String]
            do {
                reply = try JSONDecoder().decode([String].self, from: Data(replyText.utf8))
            } catch {
                throw StoreError.unreadableSession(id: sessionID, message: "a turn's reply is not a list of texts")
            }
            chain.ids.append(id)
            chain.turns.append(SessionTail.turn(text: text, reply: reply))
        }
        return chain
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

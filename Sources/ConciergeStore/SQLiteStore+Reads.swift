import ConciergeEngine
import ConciergeDialog
import Foundation
import GRDB
import ConciergeJSON

extension SQLiteStore {
    /// What is saved of each of `ids`: the session (nil for an unknown id, or one known only
    /// through a lead), its revision and its last answered requests. A session that no longer
    /// decodes is an error the caller can answer by starting afresh. A tail stored by
    /// reference is read back from its turn rows (`SessionTail`).
    ///
    ///     let session = try store.loadConversations(ids: ["web-42"])["web-42"]?.session ?? DialogSession()
    public func loadConversations(ids: [String]) throws -> [String: StoredConversation] {
        var loaded: [String: StoredConversation] = [:]
        for id in ids where loaded[id] == nil {
            loaded[id] = try loadConversation(id: id)
        }
        return loaded
    }

    private func loadConversation(id: String) throws -> StoredConversation {
        let found = try perform { db -> (data: String?, chain: TailChain?, revision: Int, keys: [String]) in
            let keys = try String.fetchAll(db.cachedStatement(
                sql: "SELECT key FROM answered WHERE session_id = ? ORDER BY revision"), arguments: [id])
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT data, tail, revision FROM session WHERE id = ?"),
                                             arguments: [id]) else { return (nil, nil, 0, keys) }
            let revision: Int = row["revision"] ?? 0
            guard let data: String = row["data"] else { return (nil, nil, revision, keys) }
            guard let tail: String = row["tail"] else { return (data, nil, revision, keys) }
            guard let ids = SessionTail.ids(tail) else {
                throw StoreError.unreadableSession(id: id, message: "its transcript tail is not a list of turns")
            }
            return (data, try chain(ids, sessionID: id, db), revision, keys)
        }
        guard let data = found.data else { return StoredConversation(revision: found.revision, answeredKeys: found.keys) }
        var session = try SessionJSON.decode(data, sessionID: id, seal: settings.pendingSeal)
        if let chain = found.chain {
            session.transcript = chain.turns
            // The next commit of this session may refer to these turns again.
            tails.store(chain, for: id)
        }
        return StoredConversation(session: session, revision: found.revision, answeredKeys: found.keys)
    }

    /// The stored responses of answered requests, by address (the latest, should a key repeat).
    ///
    ///     try store.responses(to: [AnswerAddress(sessionID: "web-42", key: "7")])   // [… : #"{"id":7,…}"#]
    public func responses(to addresses: [AnswerAddress]) throws -> [AnswerAddress: String] {
        guard !addresses.isEmpty else { return [:] }
        return try perform { db in
            let select = try db.cachedStatement(
                sql: "SELECT response FROM answered WHERE session_id = ? AND key = ? ORDER BY revision DESC LIMIT 1")
            var found: [AnswerAddress: String] = [:]
            for address in Set(addresses) {
                if let response = try String.fetchOne(select, arguments: [address.sessionID, address.key]) {
                    found[address] = response
                }
            }
            return found
        }
    }

    /// The stored revisions of `ids` (those stored), read inside a commit's transaction.
    func storedRevisions(_ ids: Set<String>, _ db: Database) throws -> [String: Int] {
        let select = try db.cachedStatement(sql: "SELECT revision FROM session WHERE id = ?")
        var revisions: [String: Int] = [:]
        for id in ids {
            if let revision = try Int.fetchOne(select, arguments: [id]) { revisions[id] = revision }
        }
        return revisions
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

import ConciergeDialog
import ConciergeEngine
import ConciergeJSON
import Foundation

extension PostgreSQLStore {
    /// Stores a batch in one transaction: one statement (`concierge_commit`) unless a turn
    /// erases personal data, which then runs in the same transaction after it. Refused as a
    /// whole (`conflict`) when a session moved on since its turns were computed, and
    /// (`sessionLocked`) when another worker holds a session beyond `busyTimeout`.
    ///
    ///     try store.commit([TurnCommit(sessionID: "web-42", session: next, turn: entry, leads: [lead], at: now)])
    public func commit(_ turns: [TurnCommit]) throws {
        guard !turns.isEmpty else { return }
        let batch = try PostgreSQLBatch(turns, maskPersonalData: settings.maskPersonalData, seal: settings.pendingSeal).json
        let keep = String(AnsweredRequest.remembered)
        // Rewrites of rows stored before: a withdrawal's erasure, a lead's corrections.
        let rewrites = turns.filter { $0.erasure != nil || !$0.leadChanges.isEmpty }
        let outcome: String? = try wrapping {
            if rewrites.isEmpty {
                return try connection.query("SELECT concierge_commit($1::jsonb, $2::integer)", [batch, keep]).first?.first ?? nil
            }
            // In the same transaction, after the batch's own rows (and under its locks).
            return try connection.transaction { query in
                let outcome = try query("SELECT concierge_commit($1::jsonb, $2::integer)", [batch, keep]).first?.first ?? nil
                guard outcome == nil else { return outcome }
                for turn in rewrites {
                    if let erasure = turn.erasure { try Self.erase(erasure, ofSession: turn.sessionID, query) }
                    if !turn.leadChanges.isEmpty { try Self.update(leadOf: turn.sessionID, with: turn.leadChanges, query) }
                }
                return nil
            }
        }
        if let outcome { throw Self.conflict(outcome) }
    }

    /// The refusal `concierge_commit` returned: "<stored> <read> <session id>".
    private static func conflict(_ outcome: String) -> StoreError {
        let parts = outcome.split(separator: " ", maxSplits: 2).map(String.init)
        guard parts.count == 3, let stored = Int(parts[0]), let read = Int(parts[1]) else {
            return .database(path: "", message: "unexpected commit outcome \(outcome)")
        }
        return .conflict(sessionID: parts[2], stored: stored, read: read)
    }

    /// Masks the erased values in the session's transcript rows and remembered answers, and
    /// removes them from its leads (see `SQLiteStore.erase`).
    static func erase(_ erasure: PersonalDataErasure, ofSession sessionID: String,
                      _ query: (String, [String?]) throws -> [[String?]]) throws {
        for row in try query("SELECT id, text, reply, events FROM turn WHERE session_id = $1", [sessionID]) {
            let columns = Array(row.dropFirst())
            let masked = columns.map { $0.map(erasure.mask) }
            guard masked != columns else { continue }
            _ = try query("UPDATE turn SET text = $1, reply = $2, events = $3 WHERE id = $4::bigint",
                          [masked[0], masked[1], masked[2], row[0]])
        }
        for row in try query("SELECT id, email, name, phone, fields FROM lead WHERE session_id = $1", [sessionID]) {
            let contact = row[1...3].map { value in value.flatMap { erasure.mask($0) == $0 ? $0 : nil } }
            let fields = try LeadFieldsRewrite.erased(row[4] ?? "{}", erasure)
            _ = try query("""
                UPDATE lead SET email = $1, name = $2, phone = $3, fields = $4, consent = (consent AND $6::boolean)
                WHERE id = $5::bigint
                """, [contact[0], contact[1], contact[2], fields, row[0], erasure.withdrawsConsent ? "false" : "true"])
        }
        for row in try query("SELECT revision, response FROM answered WHERE session_id = $1", [sessionID]) {
            guard let response = row[1], erasure.mask(response) != response else { continue }
            _ = try query("UPDATE answered SET response = $1 WHERE session_id = $2 AND revision = $3::integer",
                          [erasure.mask(response), sessionID, row[0]])
        }
    }

    /// Applies corrections the user made after a lead was passed on (`lead_updated`) to the
    /// session's last lead: its fields and the contact columns read from them (see
    /// `SQLiteStore.update(leadOf:with:)`).
    static func update(leadOf sessionID: String, with changes: [String: JSONValue],
                       _ query: (String, [String?]) throws -> [[String?]]) throws {
        guard let row = try query("SELECT id, fields FROM lead WHERE session_id = $1 ORDER BY id DESC LIMIT 1", [sessionID]).first,
              let (json, lead) = try LeadFieldsRewrite.corrected(row[1] ?? "{}", with: changes) else { return }
        _ = try query("UPDATE lead SET email = $1, name = $2, company = $3, phone = $4, fields = $5 WHERE id = $6::bigint",
                      [lead.email, lead.name, lead.company, lead.phone, json, row[0]])
    }

    /// Deletes every trace of a person (sessions, turns, answered requests, leads) in one
    /// transaction, under the sessions' locks. PostgreSQL marks the rows dead; autovacuum
    /// reclaims their space later (docs/store.md says what that means for erasure).
    ///
    ///     try store.forget(.email("ana@acme.com"))   // ForgetResult(sessionIDs: ["web-42"], turns: 7, leads: 1)
    public func forget(_ subject: ForgetSubject) throws -> ForgetResult {
        if case .email(let email) = subject, !EmailMention.isAddress(email) { throw StoreError.notAnEmail(email) }
        return try wrapping {
            try connection.transaction { query in
                var result = ForgetResult()
                result.sessionIDs = try sessionIDs(of: subject, query)
                for id in result.sessionIDs {
                    _ = try query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [id])
                    result.turns += Self.count(try query("WITH d AS (DELETE FROM turn WHERE session_id = $1 RETURNING 1) SELECT count(*) FROM d", [id]))
                    result.leads += Self.count(try query("WITH d AS (DELETE FROM lead WHERE session_id = $1 RETURNING 1) SELECT count(*) FROM d", [id]))
                    _ = try query("DELETE FROM answered WHERE session_id = $1", [id])
                    _ = try query("DELETE FROM session WHERE id = $1", [id])
                }
                if case .email(let email) = subject {
                    result.leads += Self.count(try query("WITH d AS (DELETE FROM lead WHERE lower(email) = lower($1) RETURNING 1) SELECT count(*) FROM d", [email]))
                }
                return result
            }
        }
    }

    /// The number a `SELECT count(*)` returned.
    static func count(_ rows: [[String?]]) -> Int {
        rows.first?.first.flatMap { $0 }.flatMap { Int($0) } ?? 0
    }

    /// The sessions a subject covers (see `SQLiteStore.sessionIDs(of:)`): SQL narrows the
    /// candidates with `strpos`, `EmailMention` keeps whole-address matches.
    private func sessionIDs(of subject: ForgetSubject, _ query: (String, [String?]) throws -> [[String?]]) throws -> [String] {
        switch subject {
        case .session(let id):
            return try query("SELECT id FROM session WHERE id = $1", [id]).compactMap { $0.first ?? nil }
        case .email(let email):
            let rows = try query("""
                SELECT id, coalesce(data, '') FROM session WHERE strpos(lower(coalesce(data, '')), lower($1)) > 0
                UNION ALL SELECT session_id, text || ' ' || events || ' ' || reply FROM turn
                    WHERE strpos(lower(text || ' ' || events || ' ' || reply), lower($1)) > 0
                UNION ALL SELECT session_id, coalesce(email, '') || ' ' || fields FROM lead
                    WHERE strpos(lower(coalesce(email, '') || ' ' || fields), lower($1)) > 0
                UNION ALL SELECT session_id, response FROM answered WHERE strpos(lower(response), lower($1)) > 0
                """, [email])
            let ids = rows.compactMap { row -> String? in
                guard let id = row[0] else { return nil }
                return EmailMention.mentions(row[1] ?? "", email: email) ? id : nil
            }
            return Set(ids).sorted()
        }
    }
}

import ConciergeEngine
import ConciergeJSON
import Foundation

extension PostgreSQLStore {
    /// The sessions `ids` with their revisions and the keys of their remembered answers: two
    /// statements for the whole list, whatever its length.
    ///
    ///     try store.loadConversations(ids: ["web-42", "web-43"])["web-42"]?.revision   // 7
    public func loadConversations(ids: [String]) throws -> [String: StoredConversation] {
        guard !ids.isEmpty else { return [:] }
        let list = PostgreSQLArray.text(ids)
        let (sessions, answered) = try wrapping {
            (try reader.read("SELECT id, data, revision FROM session WHERE id = ANY($1::text[])", [list]),
             try reader.read("SELECT session_id, key FROM answered WHERE session_id = ANY($1::text[]) ORDER BY session_id, revision",
                                  [list]))
        }
        var loaded: [String: StoredConversation] = [:]
        for row in sessions {
            guard let id = row[0] else { continue }
            loaded[id] = StoredConversation(session: try row[1].map { try SessionJSON.decode($0, sessionID: id, seal: settings.pendingSeal) },
                                            revision: row[2].flatMap { Int($0) } ?? 0)
        }
        for row in answered {
            guard let id = row[0], let key = row[1] else { continue }
            loaded[id, default: StoredConversation()].answeredKeys.append(key)
        }
        return loaded
    }

    /// The stored responses of answered requests, by address (the latest, should a key
    /// repeat): one statement for the whole list.
    ///
    ///     try store.responses(to: [AnswerAddress(sessionID: "web-42", key: "7")])   // [… : #"{"id":7,…}"#]
    public func responses(to addresses: [AnswerAddress]) throws -> [AnswerAddress: String] {
        guard !addresses.isEmpty else { return [:] }
        let wanted = Array(Set(addresses))
        let rows = try wrapping {
            try reader.read("""
                SELECT DISTINCT ON (a.session_id, a.key) a.session_id, a.key, a.response
                FROM answered a JOIN unnest($1::text[], $2::text[]) AS w(session_id, key)
                  ON a.session_id = w.session_id AND a.key = w.key
                ORDER BY a.session_id, a.key, a.revision DESC
                """, [PostgreSQLArray.text(wanted.map(\.sessionID)), PostgreSQLArray.text(wanted.map(\.key))])
        }
        var found: [AnswerAddress: String] = [:]
        for row in rows {
            guard let id = row[0], let key = row[1], let response = row[2] else { continue }
            found[AnswerAddress(sessionID: id, key: key)] = response
        }
        return found
    }

    /// The stored revisions of `ids`: one short statement.
    public func revisions(of ids: [String]) throws -> [String: Int] {
        guard !ids.isEmpty else { return [:] }
        let rows = try wrapping {
            try reader.read("SELECT id, revision FROM session WHERE id = ANY($1::text[])", [PostgreSQLArray.text(ids)])
        }
        var revisions: [String: Int] = [:]
        for row in rows {
            if let id = row[0], let revision = row[1].flatMap({ Int($0) }) { revisions[id] = revision }
        }
        return revisions
    }

    /// The leads captured at or after `since`, oldest first.
    public func leads(since: Date?) throws -> [LeadRecord] {
        let rows = try wrapping {
            try connection.query("""
                SELECT session_id, extract(epoch FROM captured_at)::text, email, name, company, phone, tier, score::text,
                       consent::text, fields
                FROM lead WHERE captured_at >= to_timestamp($1::double precision) ORDER BY captured_at, id
                """, [Self.epoch(since)])
        }
        return try rows.map { row in
            let fields: [String: JSONValue]
            do {
                fields = try JSONDecoder().decode([String: JSONValue].self, from: Data((row[9] ?? "{}").utf8))
            } catch {
                throw StoreError.damaged(path: url, message: "a lead's fields are not JSON")
            }
            return LeadRecord(sessionID: row[0] ?? "", capturedAt: Date(timeIntervalSince1970: row[1].flatMap { Double($0) } ?? 0),
                              email: row[2], name: row[3], company: row[4], phone: row[5], tier: row[6],
                              score: row[7].flatMap { Double($0) }, consent: row[8] == "true", fields: fields)
        }
    }

    /// `since` as seconds since 1970 for `to_timestamp`; the distant past when nil.
    static func epoch(_ since: Date?) -> String {
        String((since ?? Date(timeIntervalSince1970: -62_135_596_800)).timeIntervalSince1970)
    }

    /// Aggregates over the turns and leads at or after `since`, in one read-only transaction
    /// (REPEATABLE READ), so the numbers agree with each other.
    public func report(since: Date?, funnel: FunnelStates) throws -> StoreReport {
        let from = Self.epoch(since)
        let forms = PostgreSQLArray.text(funnel.formStates.sorted())
        let completions = PostgreSQLArray.text(funnel.completionStates.sorted())
        let limit = String(StoreReport.topLimit)
        return try wrapping {
            try connection.transaction { query in
                _ = try query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", [])
                let at = "at >= to_timestamp($1::double precision)"
                func count(_ sql: String, _ more: [String?] = []) throws -> Int { Self.count(try query(sql, [from] + more)) }
                func counts(_ sql: String) throws -> [StoreReport.Count] {
                    try query(sql, [from, limit]).map { StoreReport.Count($0[0] ?? "", $0[1].flatMap { Int($0) } ?? 0) }
                }
                return StoreReport(
                    conversations: try count("SELECT count(DISTINCT session_id) FROM turn WHERE \(at)"),
                    messages: try count("SELECT count(*) FROM turn WHERE \(at) AND text <> ''"),
                    fallbacks: try count("SELECT count(*) FROM turn WHERE \(at) AND text <> '' AND intent = 'oos'"),
                    topIntents: try counts("""
                        SELECT intent, count(*) AS n FROM turn WHERE \(at) AND text <> ''
                        GROUP BY intent ORDER BY n DESC, intent LIMIT $2::integer
                        """),
                    topFallbacks: try counts("""
                        SELECT lower(trim(text)) AS utterance, count(*) AS n FROM turn
                        WHERE \(at) AND text <> '' AND intent = 'oos'
                        GROUP BY utterance ORDER BY n DESC, utterance LIMIT $2::integer
                        """),
                    funnel: StoreReport.Funnel(
                        started: try count("SELECT count(DISTINCT session_id) FROM turn WHERE \(at) AND state = ANY($2::text[])", [forms]),
                        completed: try count("""
                            SELECT count(*) FROM (SELECT session_id FROM turn GROUP BY session_id
                                HAVING max(CASE WHEN \(at) AND state = ANY($2::text[]) THEN id END)
                                    > min(CASE WHEN state = ANY($3::text[]) THEN id END)) AS done
                            """, [completions, forms]),
                        captured: try count("SELECT count(DISTINCT session_id) FROM lead WHERE captured_\(at)"),
                        capturedByTier: try counts("""
                            SELECT coalesce(tier, 'none') AS tier, count(*) AS n FROM lead WHERE captured_\(at)
                            GROUP BY tier ORDER BY n DESC, tier LIMIT $2::integer
                            """)),
                    handoffsByReason: try counts("""
                        SELECT coalesce(event->>'reason', 'unknown') AS reason, count(*) AS n
                        FROM turn, jsonb_array_elements(turn.events::jsonb) AS event
                        WHERE turn.\(at) AND event->>'type' = 'handoff'
                        GROUP BY reason ORDER BY n DESC, reason LIMIT $2::integer
                        """))
            }
        }
    }
}

/// PostgreSQL array literals for text parameters (`{"a","b"}`), quoted and escaped.
///
///     PostgreSQLArray.text(["a", "say \"hi\""])   // {"a","say \"hi\""}
enum PostgreSQLArray {
    static func text(_ values: [String]) -> String {
        "{" + values.map { value in
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }.joined(separator: ",") + "}"
    }
}

import Foundation
import GRDB

/// Aggregates for `concierge report`: traffic, what fell back, the lead funnel, handoffs.
/// Messages are turns with text (a widget opening has none); a fallback is a message whose
/// NLU intent is `oos`.
///
///     let report = try store.report(since: nil, funnel: FunnelStates(formStates: ["demo_form"]))
///     report.fallbackRate   // 0.125
public struct StoreReport: Hashable, Sendable {
    /// A name and how often it occurred.
    public struct Count: Hashable, Sendable {
        public var name: String
        public var count: Int

        public init(_ name: String, _ count: Int) {
            self.name = name
            self.count = count
        }
    }

    /// Sessions that entered a form state → reached a completion state after it → left a lead.
    public struct Funnel: Hashable, Sendable {
        public var started: Int
        public var completed: Int
        public var captured: Int
        public var capturedByTier: [Count]
    }

    public var conversations: Int
    public var messages: Int
    public var fallbacks: Int
    public var topIntents: [Count]
    /// The most frequent messages that fell back, lowercased and trimmed: the authoring to-do list.
    public var topFallbacks: [Count]
    public var funnel: Funnel
    public var handoffsByReason: [Count]

    public var fallbackRate: Double { messages == 0 ? 0 : Double(fallbacks) / Double(messages) }

    /// How many entries the top lists keep.
    public static let topLimit = 10
}

extension SQLiteStore {
    /// The report over turns and leads at or after `since`.
    public func report(since: Date?, funnel: FunnelStates) throws -> StoreReport {
        let from = since ?? Date.distantPast
        return try perform { db in
            // One read transaction, so the numbers agree with each other.
            var report: StoreReport?
            try db.inTransaction(.deferred) {
                report = try Self.report(db, from: from, funnel: funnel)
                return .commit
            }
            return report ?? StoreReport(conversations: 0, messages: 0, fallbacks: 0, topIntents: [], topFallbacks: [],
                                         funnel: .init(started: 0, completed: 0, captured: 0, capturedByTier: []),
                                         handoffsByReason: [])
        }
    }

    private static func report(_ db: Database, from: Date, funnel: FunnelStates) throws -> StoreReport {
        func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
            try Int.fetchOne(db, sql: sql, arguments: [from] + arguments) ?? 0
        }
        func counts(_ sql: String) throws -> [StoreReport.Count] {
            try Row.fetchAll(db, sql: sql, arguments: [from, StoreReport.topLimit]).map {
                StoreReport.Count($0[0] ?? "", $0[1] ?? 0)
            }
        }
        let forms = Array(funnel.formStates).sorted()
        let completions = Array(funnel.completionStates).sorted()
        let formList = placeholders(forms.count)
        let completionList = placeholders(completions.count)
        return StoreReport(
            conversations: try count("SELECT count(DISTINCT session_id) FROM turn WHERE at >= ?"),
            messages: try count("SELECT count(*) FROM turn WHERE at >= ? AND text != ''"),
            fallbacks: try count("SELECT count(*) FROM turn WHERE at >= ? AND text != '' AND intent = 'oos'"),
            topIntents: try counts("""
                SELECT intent, count(*) AS n FROM turn WHERE at >= ? AND text != ''
                GROUP BY intent ORDER BY n DESC, intent LIMIT ?
                """),
            topFallbacks: try counts("""
                SELECT lower(trim(text)) AS utterance, count(*) AS n FROM turn
                WHERE at >= ? AND text != '' AND intent = 'oos'
                GROUP BY utterance ORDER BY n DESC, utterance LIMIT ?
                """),
            funnel: StoreReport.Funnel(
                started: try count("SELECT count(DISTINCT session_id) FROM turn WHERE at >= ? AND state IN (\(formList))",
                                   StatementArguments(forms)),
                // Sessions with a completion turn since `from` after any form turn: one pass
                // over the turns grouped by session (there is no index of turns by session).
                completed: try count("""
                    SELECT count(*) FROM (SELECT session_id FROM turn GROUP BY session_id
                        HAVING max(CASE WHEN at >= ? AND state IN (\(completionList)) THEN id END)
                            > min(CASE WHEN state IN (\(formList)) THEN id END))
                    """, StatementArguments(completions) + StatementArguments(forms)),
                captured: try count("SELECT count(DISTINCT session_id) FROM lead WHERE captured_at >= ?"),
                capturedByTier: try counts("""
                    SELECT coalesce(tier, 'none') AS tier, count(*) AS n FROM lead WHERE captured_at >= ?
                    GROUP BY tier ORDER BY n DESC, tier LIMIT ?
                    """)),
            handoffsByReason: try counts("""
                SELECT coalesce(json_extract(event.value, '$.reason'), 'unknown') AS reason, count(*) AS n
                FROM turn, json_each(turn.events) AS event
                WHERE turn.at >= ? AND json_extract(event.value, '$.type') = 'handoff'
                GROUP BY reason ORDER BY n DESC, reason LIMIT ?
                """)
        )
    }

    /// `?, ?, ?` for an IN list; `NULL` for an empty one, which matches nothing.
    private static func placeholders(_ count: Int) -> String {
        count == 0 ? "NULL" : Array(repeating: "?", count: count).joined(separator: ", ")
    }
}

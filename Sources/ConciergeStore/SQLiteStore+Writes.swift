import ConciergeEngine
import ConciergeDialog
import Foundation
import GRDB
import ConciergeJSON

extension SQLiteStore {
    /// One transaction per batch of turns (a batch of one is a plain turn). With a lead in
    /// any of them it runs under `synchronous = FULL`, so SQLite fsyncs the WAL before
    /// `COMMIT` returns: the leads, the rest of the batch and every earlier turn in the same
    /// log are on disk before the caller answers the user.
    ///
    /// Statements are prepared once per connection (`cachedStatement`), a session written
    /// twice in a batch is stored once, as it is after its last turn, and its transcript tail
    /// by reference to its turn rows when they give it back (`SessionTail`).
    ///
    ///     try store.commit([TurnCommit(sessionID: "web-42", session: next, turn: entry, leads: [lead], at: now)])
    public func commit(_ turns: [TurnCommit]) throws {
        guard !turns.isEmpty else { return }
        // Which turn carries each session's final snapshot in this batch.
        var lastSnapshot: [String: Int] = [:]
        for index in turns.indices where turns[index].session != nil { lastSnapshot[turns[index].sessionID] = index }
        // Which turn is each session's last in this batch: it leaves the session's revision.
        var lastTurn: [String: Int] = [:]
        for index in turns.indices { lastTurn[turns[index].sessionID] = index }
        var rows = try turns.map(row)
        // The transcript turns this batch adds to each session's chain, in order, and how many
        // of them come up to the session's snapshot (a turn stored without a session may follow it).
        var added: [String: [TranscriptTurn]] = [:]
        var beforeSnapshot: [String: Int] = [:]
        for (index, row) in rows.enumerated() {
            guard let entry = row.entry else { continue }
            added[row.sessionID, default: []].append(entry.tailTurn)
            if let snapshot = lastSnapshot[row.sessionID], index <= snapshot { beforeSnapshot[row.sessionID, default: 0] += 1 }
        }
        // Each session's transcript, built once from its flat log (`DialogSession.transcriptLog`).
        var transcripts: [String: [TranscriptTurn]] = [:]
        for (sessionID, index) in lastSnapshot {
            if let session = turns[index].session { transcripts[sessionID] = session.transcript }
        }
        // A session's transcript must end with the known chain, then the batch's turns up to its snapshot.
        let references = tails.references(transcripts.map { sessionID, transcript in
            (sessionID, transcript, Array((added[sessionID] ?? []).prefix(beforeSnapshot[sessionID] ?? 0)))
        })
        for (sessionID, index) in lastSnapshot {
            guard let session = turns[index].session, let transcript = transcripts[sessionID] else { continue }
            let byReference = !transcript.isEmpty && references[sessionID] != nil
            rows[index].sessionJSON = SessionJSON.text(session, withTranscript: !byReference, seal: settings.pendingSeal)
            rows[index].tailCount = byReference ? transcript.count : nil
            // Checked equal: the chain keeps the dialog's own turns (the bot's messages share
            // their strings with the session's), so that comparing them with the next transcript
            // reads little of the text.
            let upTo = beforeSnapshot[sessionID] ?? 0
            if byReference, var new = added[sessionID] {
                let shared = min(upTo, transcript.count)
                new.replaceSubrange((upTo - shared)..<upTo, with: transcript.suffix(shared))
                added[sessionID] = new
            }
        }
        // GRDB formats each Date with a DateFormatter; a batch's turns mostly share a few instants.
        var dates: [Date: DatabaseValue] = [:]
        func date(_ value: Date) -> DatabaseValue {
            if let known = dates[value] { return known }
            let text = value.databaseValue
            dates[value] = text
            return text
        }
        try perform { db in
            let durable = turns.contains { !$0.leads.isEmpty }
            if durable { try db.execute(sql: "PRAGMA synchronous = FULL") }
            // Back to the cheap mode even when the transaction failed; if that fails too the
            // connection merely stays in the safer mode.
            defer { if durable { try? db.execute(sql: "PRAGMA synchronous = NORMAL") } }
            // The ids of the turn rows this batch inserts, per session, in order.
            var insertedIDs: [String: [Int64]] = [:]
            try db.inTransaction(.immediate) {
                insertedIDs = [:]
                let statements = try WriteStatements(db)
                let revisions = try Revisions.after(turns, stored: try storedRevisions(Set(lastTurn.keys), db))
                for (index, row) in rows.enumerated() {
                    let at = date(row.at)
                    let revision = revisions[index]
                    if let erasure = row.erasure { try Self.erase(erasure, ofSession: row.sessionID, db) }
                    if let answered = turns[index].answered {
                        try statements.remember.execute(arguments: [row.sessionID, revision, answered.key, answered.response])
                    }
                    if let entry = row.entry {
                        try statements.insertTurn.execute(arguments: [
                            row.sessionID, at, entry.text, entry.intent, entry.confidence, entry.state, entry.events,
                            entry.reply])
                        insertedIDs[row.sessionID, default: []].append(db.lastInsertedRowID)
                    }
                    for (lead, fields) in row.leads {
                        try statements.insertLead.execute(arguments: [
                            lead.sessionID, date(lead.capturedAt), lead.email, lead.name, lead.company, lead.phone,
                            lead.tier, lead.score, lead.consent, fields])
                    }
                    if !row.leadChanges.isEmpty { try Self.update(leadOf: row.sessionID, with: row.leadChanges, db) }
                    if let sessionJSON = row.sessionJSON {
                        let tail = row.tailCount.map { count in
                            SessionTail.text(((references[row.sessionID] ?? []) + (insertedIDs[row.sessionID] ?? [])).suffix(count))
                        }
                        try statements.saveSession.execute(arguments: [row.sessionID, sessionJSON, tail, at, at, revision])
                    } else if lastSnapshot[row.sessionID] == nil || lastTurn[row.sessionID] == index {
                        try statements.touchSession.execute(arguments: [row.sessionID, at, at, revision])
                    }
                    if lastTurn[row.sessionID] == index {
                        try statements.forgetAnswered.execute(arguments: [row.sessionID, Revisions.forgottenUpTo(revision)])
                    }
                }
                return .commit
            }
            // Committed: the new rows are true now, so the next batches may refer to them.
            tails.append(ids: insertedIDs, turns: added)
            // An erasure rewrote older rows: their known texts are no longer what the rows hold.
            tails.remove(rows.filter { $0.erasure != nil }.map(\.sessionID))
        }
    }

    /// One turn's values as stored, encoded before the transaction so it stays short (the
    /// session's JSON is added by `commit`, which knows the batch).
    private func row(_ turn: TurnCommit) throws -> EncodedCommit {
        let entry = try turn.turn.map { entry in
            let mask = settings.maskPersonalData
            let text = mask ? PersonalDataMask.mask(entry.text) : entry.text
            let reply = mask ? entry.reply.map { PersonalDataMask.mask($0) } : entry.reply
            return EncodedCommit.Entry(text: text, intent: entry.intent, confidence: entry.confidence, state: entry.state,
                                    events: try eventsJSON(entry.events), reply: SessionJSON.strings(reply),
                                    tailTurn: SessionTail.turn(text: text, reply: reply))
        }
        let leads = turn.leads.map { lead in (lead: lead, fields: JSONValue.object(lead.fields).jsonText) }
        return EncodedCommit(sessionID: turn.sessionID, at: turn.at, entry: entry, leads: leads, erasure: turn.erasure,
                             leadChanges: turn.leadChanges)
    }

    /// Deletes the sessions of `subject` with their turns and leads, then checkpoints the WAL
    /// (TRUNCATE), rebuilds the file (VACUUM) and truncates the WAL again, so the deleted
    /// bytes are in none of the `.sqlite`, `-wal` and `-shm` files.
    ///
    ///     try store.forget(.email("ana@acme.com"))   // ForgetResult(sessionIDs: ["web-42"], turns: 7, leads: 1)
    public func forget(_ subject: ForgetSubject) throws -> ForgetResult {
        let result = try perform { db in
            var result = ForgetResult()
            try db.inTransaction(.immediate) {
                result.sessionIDs = try sessionIDs(of: subject, db)
                for id in result.sessionIDs {
                    result.turns += try Int.fetchOne(db, sql: "SELECT count(*) FROM turn WHERE session_id = ?", arguments: [id]) ?? 0
                    result.leads += try Int.fetchOne(db, sql: "SELECT count(*) FROM lead WHERE session_id = ?", arguments: [id]) ?? 0
                    // Turns and leads go by ON DELETE CASCADE; named here as well so the deletion
                    // does not depend on the connection's foreign_keys setting.
                    try db.execute(sql: "DELETE FROM turn WHERE session_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM lead WHERE session_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM answered WHERE session_id = ?", arguments: [id])
                }
                if case .email(let email) = subject {
                    // A lead whose session row is gone cannot exist (foreign key), but an e-mail
                    // typed into another session's lead must go too.
                    result.leads += try Int.fetchOne(db, sql: "SELECT count(*) FROM lead WHERE email = ? COLLATE NOCASE",
                                                     arguments: [email]) ?? 0
                    try db.execute(sql: "DELETE FROM lead WHERE email = ? COLLATE NOCASE", arguments: [email])
                }
                return .commit
            }
            return result
        }
        tails.remove(result.sessionIDs)
        try scrub()
        return result
    }

    /// Rewrites the files so no deleted byte survives: SQLite's secure_delete zeroes freed
    /// pages in the database, but the WAL still holds the old pages until checkpointed.
    func scrub() throws {
        guard path != ":memory:" else { return }
        try perform { db in
            try checkpoint(db)
            try db.execute(sql: "VACUUM")
            // VACUUM in WAL mode writes the new pages through the WAL: checkpoint them too.
            try checkpoint(db)
        }
    }

    private func checkpoint(_ db: Database) throws {
        let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        let busy: Int = row?[0] ?? 1
        if busy != 0 { throw StoreError.checkpointBlocked(path: path) }
    }

    /// The sessions a subject covers: the session itself, or every session that mentioned the
    /// e-mail in its saved state, its transcript, its events or its leads. SQL narrows the
    /// candidates (case-insensitive `instr`, not LIKE: `_` and `%` are common in addresses);
    /// `EmailMention` then requires whole-address matches, so forgetting `a@acme.com` spares
    /// `ana@acme.com`.
    private func sessionIDs(of subject: ForgetSubject, _ db: Database) throws -> [String] {
        switch subject {
        case .session(let id):
            return try String.fetchAll(db, sql: "SELECT id FROM session WHERE id = ?", arguments: [id])
        case .email(let email):
            guard EmailMention.isAddress(email) else { throw StoreError.notAnEmail(email) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, coalesce(data, '') FROM session WHERE instr(lower(coalesce(data, '')), lower(:email)) > 0
                UNION ALL SELECT session_id, text || ' ' || events || ' ' || coalesce(reply, '') FROM turn
                    WHERE instr(lower(text), lower(:email)) > 0 OR instr(lower(events), lower(:email)) > 0
                        OR instr(lower(coalesce(reply, '')), lower(:email)) > 0
                UNION ALL SELECT session_id, coalesce(email, '') || ' ' || fields FROM lead
                    WHERE instr(lower(coalesce(email, '')), lower(:email)) > 0 OR instr(lower(fields), lower(:email)) > 0
                """, arguments: ["email": email])
            let ids = rows.compactMap { row -> String? in
                let text: String = row[1] ?? ""
                return EmailMention.mentions(text, email: email) ? row[0] : nil
            }
            return Set(ids).sorted()
        }
    }

    /// The events as a JSON array, masked like the text when the bot asks for it (a handoff
    /// carries the transcript, a captured lead its e-mail).
    private func eventsJSON(_ events: [DialogEvent]) throws -> String {
        guard settings.maskPersonalData else { return SessionJSON.events(events) }
        let value = try JSONParser.parse(Array(SessionJSON.events(events).utf8))
        return PersonalDataMask.mask(value).jsonText
    }
}

/// A `TurnCommit` ready for the database: its texts masked and its JSON encoded.
struct EncodedCommit {
    struct Entry {
        var text: String
        var intent: String
        var confidence: Double
        var state: String?
        var events: String
        /// The bot's texts as a JSON array, masked like the user's text.
        var reply: String
        /// What the row gives back as a transcript turn (`SessionTail`).
        var tailTurn: TranscriptTurn
    }

    // Not the whole `TurnCommit`: copying its session per turn was a measurable cost.
    var sessionID: String
    var at: Date
    var entry: Entry?
    var leads: [(lead: LeadRecord, fields: String)]
    var erasure: PersonalDataErasure?
    var leadChanges: [String: JSONValue]
    /// The session's JSON when this turn stores it; nil when another turn of the batch does.
    var sessionJSON: String?
    /// How many of the session's last stored turns are its transcript; nil when the JSON has it.
    var tailCount: Int?
}

/// The statements of a commit, prepared once per connection.
private struct WriteStatements {
    let saveSession: Statement
    let touchSession: Statement
    let insertTurn: Statement
    let insertLead: Statement
    let remember: Statement
    let forgetAnswered: Statement

    init(_ db: Database) throws {
        // A turn row is written before its session's row (whose tail lists the turn's id):
        // the foreign keys are checked at COMMIT, when both exist. Reset by every COMMIT.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        saveSession = try db.cachedStatement(sql: """
            INSERT INTO session (id, data, tail, created_at, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET data = excluded.data, tail = excluded.tail, updated_at = excluded.updated_at,
                revision = excluded.revision
            """)
        touchSession = try db.cachedStatement(sql: """
            INSERT INTO session (id, data, created_at, updated_at, revision) VALUES (?, NULL, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, revision = excluded.revision
            """)
        remember = try db.cachedStatement(sql: "INSERT INTO answered (session_id, revision, key, response) VALUES (?, ?, ?, ?)")
        forgetAnswered = try db.cachedStatement(sql: "DELETE FROM answered WHERE session_id = ? AND revision <= ?")
        insertTurn = try db.cachedStatement(sql: """
            INSERT INTO turn (session_id, at, text, intent, confidence, state, events, reply)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertLead = try db.cachedStatement(sql: """
            INSERT INTO lead (session_id, captured_at, email, name, company, phone, tier, score, consent, fields)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }
}

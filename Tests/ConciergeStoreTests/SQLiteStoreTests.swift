import ConciergeEngine
import ConciergeDialog
import Foundation
import GRDB
import Testing
@testable import ConciergeStore

@Suite struct SQLiteStoreTests {
    @Test func migratesAFreshFileToTheCurrentSchemaInWALMode() throws {
        let path = try Fixture.storePath()
        let store = try SQLiteStore(path: path, botName: "brightwave")
        try store.queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Int.fetchOne(db, sql: "PRAGMA secure_delete") == 1)
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'bot'") == "brightwave")
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") == "\(Schema.version)")
            #expect(try Schema.migrator(botName: "brightwave").hasCompletedMigrations(db))
            let tables = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            #expect(tables.isSuperset(of: ["meta", "session", "turn", "lead"]))
        }
        try store.close()
        // Reopening an up-to-date store changes nothing.
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try SQLiteStore(path: path, botName: "brightwave").close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func sessionsRoundTripAcrossReopening() throws {
        let path = try Fixture.storePath()
        var session = Fixture.session(email: "ana@acme.com", turns: 3)
        session.form = FormProgress(slot: "team_size", attempts: 1, skipped: ["phone"])
        session.slots["budget"] = ["amount": 5000, "currency": "USD"]
        do {
            let store = try SQLiteStore(path: path, botName: "bot")
            #expect(try store.loadSession(id: "web-1") == nil)
            try store.saveSession(session, id: "web-1", now: Fixture.now)
            // No close: a killed process leaves its commits in the WAL, and they must be read back.
        }
        let store = try SQLiteStore(path: path, botName: "bot")
        #expect(try store.loadSession(id: "web-1") == session)
        session.turns = 4
        try store.saveSession(session, id: "web-1", now: Fixture.now.addingTimeInterval(60))
        #expect(try store.loadSession(id: "web-1")?.turns == 4)
    }

    @Test func turnsAndLeadsAreStoredWithTheirEvents() throws {
        let store = try SQLiteStore.inMemory(botName: "bot")
        let events: [DialogEvent] = [.faqAnswered(id: "pricing"), .handoff(reason: .requested, transcript: [])]
        try store.commit(TurnCommit(sessionID: "s1", session: Fixture.session(),
                                    turn: Fixture.entry("how much?", intent: "faq/pricing", events: events),
                                    leads: [Fixture.lead("s1")], at: Fixture.now))
        try store.appendTurn(Fixture.entry("thanks"), sessionID: "s1", at: Fixture.now.addingTimeInterval(5))
        let rows = try store.queue.read { try Row.fetchAll($0, sql: "SELECT text, intent, events FROM turn ORDER BY id") }
        #expect(rows.count == 2)
        let eventsJSON: String = rows[0]["events"] ?? ""
        let decoded = try JSONDecoder().decode([DialogEvent].self, from: Data(eventsJSON.utf8))
        #expect(decoded == events)
        let leads = try store.leads(since: nil)
        #expect(leads == [Fixture.lead("s1")])
        #expect(leads.first?.email == "ana@acme.com" && leads.first?.company == "Acme")
    }

    @Test func leadsSinceADate() throws {
        let store = try SQLiteStore.inMemory(botName: "bot")
        for day in 0..<5 {
            try store.recordLead(Fixture.lead("s\(day)", at: Fixture.now.addingTimeInterval(Double(day) * 86_400)))
        }
        #expect(try store.leads(since: nil).count == 5)
        let recent = try store.leads(since: Fixture.now.addingTimeInterval(2 * 86_400))
        #expect(recent.map(\.sessionID) == ["s2", "s3", "s4"])
    }

    @Test func masksTranscriptsButNotSessionsOrLeads() throws {
        let store = try SQLiteStore.inMemory(botName: "bot", settings: StoreSettings(maskPersonalData: true))
        let lead = Fixture.lead("s1")
        try store.commit(TurnCommit(sessionID: "s1", session: Fixture.session(email: "ana@acme.com"),
                                    turn: Fixture.entry("I'm ana@acme.com, +1 555 010 2030",
                                                        events: [.handoff(reason: .requested,
                                                                          transcript: [TranscriptTurn(user: "ana@acme.com", bot: [])])]),
                                    leads: [lead], at: Fixture.now))
        let row = try #require(try store.queue.read { try Row.fetchOne($0, sql: "SELECT text, events FROM turn") })
        #expect(row["text"] == "I'm [email], [phone]")
        let events: String = row["events"] ?? ""
        #expect(!events.contains("ana@acme.com") && events.contains("[email]"))
        #expect(try store.loadSession(id: "s1")?.slots["email"] == "ana@acme.com")
        #expect(try store.leads(since: nil) == [lead])
    }

    @Test func twoInstancesShareOneFile() throws {
        let path = try Fixture.storePath()
        let first = try SQLiteStore(path: path, botName: "bot")
        let second = try SQLiteStore(path: path, botName: "bot")
        try first.recordLead(Fixture.lead("a"))
        try second.recordLead(Fixture.lead("b"))
        try first.saveSession(Fixture.session(turns: 7), id: "a", now: Fixture.now)
        #expect(try second.loadSession(id: "a")?.turns == 7)
        #expect(try first.leads(since: nil).map(\.sessionID) == ["a", "b"])
        // Concurrent writers wait for each other (busy timeout) instead of failing.
        try withThrowingTaskGroupSync(count: 2) { index in
            let store = index == 0 ? first : second
            for turn in 0..<100 {
                try store.appendTurn(Fixture.entry("turn \(turn)"), sessionID: "a", at: Fixture.now)
            }
        }
        #expect(try first.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM turn") } == 200)
    }

    @Test func aFullDiskFailsTheWriteAndKeepsCommittedLeads() throws {
        let path = try Fixture.storePath()
        let store = try SQLiteStore(path: path, botName: "bot")
        try store.recordLead(Fixture.lead("kept"))
        let pages = try store.queue.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 0
        try store.close()

        let full = try SQLiteStore(path: path, botName: "bot", settings: StoreSettings(maxPageCount: pages + 2))
        let big = String(repeating: "lorem ipsum ", count: 2_000)
        let error = #expect(throws: StoreError.self) {
            for index in 0..<50 {
                try full.commit(TurnCommit(sessionID: "s\(index)", session: Fixture.session(), turn: Fixture.entry(big),
                                           leads: [Fixture.lead("s\(index)")], at: Fixture.now))
            }
        }
        #expect(error == .full(path: path))
        // The failed transaction left nothing half-written; earlier leads are intact.
        let reopened = try SQLiteStore(path: path, botName: "bot")
        let leads = try reopened.leads(since: nil)
        #expect(leads.first == Fixture.lead("kept"))
        let sessions = try reopened.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM session") } ?? 0
        #expect(sessions == leads.count)
        #expect(try reopened.queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    }
}

/// Runs `count` bodies on their own threads and waits for all, rethrowing the first error.
func withThrowingTaskGroupSync(count: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
    let errors = ErrorBox()
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            do { try body(index) } catch { errors.record(error) }
            group.leave()
        }.start()
    }
    group.wait()
    if let error = errors.first { throw error }
}

final class ErrorBox: @unchecked Sendable {
    private var errors: [any Error] = []
    private let lock = NSLock()
    func record(_ error: any Error) { lock.withLock { errors.append(error) } }
    var first: (any Error)? { lock.withLock { errors.first } }
}

import ConciergeEngine
@testable import ConciergeStore
import ConciergeTestSupport
import Foundation
import Testing

/// What only the PostgreSQL store has to say no to: another bot's database, a newer schema,
/// tables that are not ours, a wrong password, a session another worker holds too long; and
/// a server that drops the connection mid-stream. Skipped (said aloud) without a test server.
@Suite struct PostgreSQLStoreTests {
    func turn(_ session: String) -> TurnCommit {
        TurnCommit(sessionID: session, session: Fixture.session(), turn: Fixture.entry("hi"), at: Fixture.now)
    }

    @Test func anotherBotsDatabaseANewerSchemaAndForeignTablesAreRefused() throws {
        guard let url = try PostgreSQLTestServer.freshDatabaseURL() else { return }
        _ = try PostgreSQLStore(url: url, botName: "brightwave")
        #expect(throws: StoreError.otherBot(path: PostgreSQLURL.withoutPassword(url), found: "brightwave", expected: "acme")) {
            try PostgreSQLStore(url: url, botName: "acme")
        }
        let admin = try PostgreSQLConnection(url: url)
        try admin.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        #expect(throws: StoreError.newerSchema(path: PostgreSQLURL.withoutPassword(url), found: 99,
                                               supported: PostgreSQLSchema.version)) {
            try PostgreSQLStore(url: url, botName: "brightwave")
        }
        guard let other = try PostgreSQLTestServer.freshDatabaseURL() else { return }
        try PostgreSQLConnection(url: other).execute("CREATE TABLE customers (id integer)")
        #expect(throws: StoreError.notAStore(path: PostgreSQLURL.withoutPassword(other))) {
            try PostgreSQLStore(url: other, botName: "brightwave")
        }
    }

    @Test func aWrongPasswordAndAMissingServerAreClearErrors() throws {
        guard let url = PostgreSQLTestServer.serverURL, let at = url.lastIndex(of: "@"), let colon = url[..<at].lastIndex(of: ":") else {
            print("SKIPPED: needs CONCIERGE_TEST_POSTGRES_URL with a password")
            return
        }
        let wrong = String(url[...colon]) + "wrong" + url[at...]
        #expect {
            try PostgreSQLStore(url: wrong, botName: "bot")
        } throws: { error in
            guard case StoreError.refused(_, let message) = error else { return false }
            return message.contains("password authentication failed")
        }
        #expect {
            try PostgreSQLStore(url: "postgresql://bot@127.0.0.1:1/bot", botName: "bot")
        } throws: { error in
            guard case StoreError.unreachable = error else { return false }
            return true
        }
    }

    @Test func aSessionHeldTooLongByAnotherWorkerFailsItsBatchAfterTheTimeout() throws {
        guard let url = try PostgreSQLTestServer.freshDatabaseURL() else { return }
        let store = try PostgreSQLStore(url: url, botName: "bot", settings: StoreSettings(busyTimeout: 0.3))
        let stuck = try PostgreSQLConnection(url: url)
        try stuck.transaction { query in
            _ = try query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", ["s1"])
            #expect(throws: StoreError.sessionLocked(sessionID: nil, seconds: 0.3)) { try store.commit(turn("s1")) }
            // Another session is not held up.
            try store.commit(turn("s2"))
        }
        try store.commit(turn("s1"))
        #expect(try store.loadConversations(ids: ["s1", "s2"]).mapValues(\.revision) == ["s1": 1, "s2": 1])
    }

    /// Details held for consent reach another worker sealed; one without the key has none.
    @Test func heldDetailsReachAnotherWorkerSealed() throws {
        guard let url = try PostgreSQLTestServer.freshDatabaseURL() else { return }
        let seal = PendingSeal(secret: Array("the desk's shared secret".utf8))
        let first = try PostgreSQLStore(url: url, botName: "bot", settings: StoreSettings(pendingSeal: seal))
        var session = Fixture.session()
        session.pending = ["email": "ana@acme.com"]
        try first.commit(TurnCommit(sessionID: "s1", session: session, turn: Fixture.entry("hi"), at: Fixture.now))
        let second = try PostgreSQLStore(url: url, botName: "bot", settings: StoreSettings(pendingSeal: seal))
        #expect(try second.loadSession(id: "s1")?.pending == ["email": "ana@acme.com"])
        #expect(try PostgreSQLStore(url: url, botName: "bot").loadSession(id: "s1")?.pending == nil)
        let stored = try PostgreSQLConnection(url: url).read("SELECT data FROM session WHERE id = $1", ["s1"])
        #expect(stored.first?.first??.contains("sealedPending") == true)
        #expect(stored.first?.first??.contains("ana@acme.com") == false)
    }

    @Test func aDroppedConnectionFailsOneCallAndTheNextReconnects() throws {
        guard let url = try PostgreSQLTestServer.freshDatabaseURL() else { return }
        let store = try PostgreSQLStore(url: url, botName: "bot")
        try store.commit(turn("s1"))
        let admin = try PostgreSQLConnection(url: url)
        try admin.execute("""
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
            """)
        #expect {
            try store.commit(turn("s2"))
        } throws: { error in
            guard case StoreError.unreachable = error else { return false }
            return true
        }
        try store.commit(turn("s2"))
        #expect(try store.loadConversations(ids: ["s1", "s2"]).count == 2)
    }

    @Test func aBatchIsOneStatementWithItsLeadsDurableAndInOrder() throws {
        guard let url = try PostgreSQLTestServer.freshDatabaseURL() else { return }
        let store = try PostgreSQLStore(url: url, botName: "bot")
        var turns = (0..<50).map { index in
            TurnCommit(sessionID: "s\(index % 5)", session: Fixture.session(), turn: Fixture.entry("m\(index)"),
                       leads: index % 10 == 0 ? [Fixture.lead("s\(index % 5)", email: "p\(index)@acme.com")] : [],
                       at: Fixture.now.addingTimeInterval(Double(index)))
        }
        turns[3].session = nil
        try store.commit(turns)
        #expect(try store.leads(since: nil).map(\.email) == (0..<5).map { "p\($0 * 10)@acme.com" })
        #expect(try store.loadConversations(ids: ["s0"])["s0"]?.revision == 10)
        let texts = try PostgreSQLConnection(url: url).query("SELECT text FROM turn ORDER BY id").map { $0[0] ?? "" }
        #expect(texts == (0..<50).map { "m\($0)" })
    }
}

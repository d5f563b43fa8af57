import ConciergeEngine
import ConciergeDialog
import Foundation
import GRDB
import Testing
@testable import ConciergeStore

/// A session's transcript tail stored as references to its turn rows must come back exactly,
/// in another store instance (another process), whatever happened to the transcript.
@Suite struct SessionTailTests {
    /// A conversation as the dialog keeps it: each turn appended to the transcript, cut to its
    /// last `transcriptLimit` turns and its user text to `transcriptTextLimit` characters.
    struct Conversation {
        var session = DialogSession()
        let id: String

        mutating func turn(_ text: String, reply: [String], at: Date = Fixture.now) -> TurnCommit {
            session.turns += 1
            session.state = "state\(session.turns % 3)"
            session.slots["last"] = .string(text)
            session.transcript.append(TranscriptTurn(user: String(text.prefix(DialogSession.transcriptTextLimit)), bot: reply))
            if session.transcript.count > DialogSession.transcriptLimit { session.transcript.removeFirst() }
            session.buttons = [Button(label: "More", payload: "/more")]
            return TurnCommit(sessionID: id, session: session,
                              turn: TranscriptEntry(text: text, intent: "greet", confidence: 0.5, state: session.state,
                                                    events: [], reply: reply),
                              at: at)
        }
    }

    func tail(_ store: SQLiteStore, _ id: String) throws -> String? {
        try store.queue.read { try String.fetchOne($0, sql: "SELECT tail FROM session WHERE id = ?", arguments: [id]) }
    }

    @Test func aLongConversationReloadsExactlyInAnotherInstance() throws {
        let path = try Fixture.storePath()
        let store = try SQLiteStore(path: path, botName: "bot")
        var a = Conversation(id: "a")
        var b = Conversation(id: "b")
        let long = String(repeating: "é longue phrase ", count: 60)
        for index in 0..<27 {
            // Batches of several turns, two sessions interleaved, as serve commits them.
            var batch = [a.turn("a says \(index)", reply: ["answer \(index)", ""])]
            batch.append(b.turn(index == 5 ? long : "b \"quotes\" \(index)", reply: ["b\n\(index)"]))
            if index % 4 == 0 { batch.append(a.turn("again \(index)", reply: [])) }
            try store.commit(batch)
            let other = try SQLiteStore(path: path, botName: "bot")
            #expect(try other.loadSession(id: "a") == a.session)
            #expect(try other.loadSession(id: "b") == b.session)
        }
        #expect(a.session.transcript.count == DialogSession.transcriptLimit)
        // By reference: the session row's JSON has no transcript, its tail lists 20 turn ids.
        #expect(try tail(store, "a")?.split(separator: ",").count == DialogSession.transcriptLimit)
        let data = try store.queue.read { try String.fetchOne($0, sql: "SELECT data FROM session WHERE id = 'a'") }
        #expect(data?.contains("\"transcript\":[]") == true)
    }

    @Test func aResetAndAResumeKeepTheTailExact() throws {
        let path = try Fixture.storePath()
        let store = try SQLiteStore(path: path, botName: "bot")
        var chat = Conversation(id: "c")
        for index in 0..<5 { try store.commit(chat.turn("hi \(index)", reply: ["hello"])) }
        // A reset: a fresh session, no transcript turn; the old turns stay in the table.
        chat.session = DialogSession(state: "welcome")
        try store.saveSession(chat.session, id: "c", now: Fixture.now)
        #expect(try SQLiteStore(path: path, botName: "bot").loadSession(id: "c") == chat.session)
        try store.commit(chat.turn("after the reset", reply: ["welcome back"]))
        #expect(try tail(store, "c") != nil)
        // A new process resumes the session and goes on: its first commit refers to the turns it read.
        let resumed = try SQLiteStore(path: path, botName: "bot")
        #expect(try resumed.loadSession(id: "c") == chat.session)
        try resumed.commit(chat.turn("next", reply: ["ok"]))
        #expect(try tail(resumed, "c")?.split(separator: ",").count == 2)
        #expect(try SQLiteStore(path: path, botName: "bot").loadSession(id: "c") == chat.session)
    }

    @Test func aTranscriptTheTurnsDoNotGiveBackIsStoredInFull() throws {
        let path = try Fixture.storePath()
        let store = try SQLiteStore(path: path, botName: "bot")
        var chat = Conversation(id: "d")
        try store.commit(chat.turn("one", reply: ["1"]))
        // Edited outside the dialog: not the end of the stored turns.
        chat.session.transcript[0].bot = ["changed"]
        try store.saveSession(chat.session, id: "d", now: Fixture.now)
        #expect(try tail(store, "d") == nil)
        #expect(try SQLiteStore(path: path, botName: "bot").loadSession(id: "d") == chat.session)
        // A turn stored without its session, then a session that does not show it.
        try store.appendTurn(Fixture.entry("stray"), sessionID: "d", at: Fixture.now)
        try store.commit(chat.turn("two", reply: ["2"]))
        #expect(try tail(store, "d") == nil)
        #expect(try SQLiteStore(path: path, botName: "bot").loadSession(id: "d") == chat.session)
    }

    @Test func aTurnStoredAfterTheSnapshotInTheSameBatchIsNotInTheTail() throws {
        let path = try Fixture.storePath()
        let store = try SQLiteStore(path: path, botName: "bot")
        var chat = Conversation(id: "e")
        for text in ["y", "hi"] { try store.commit(chat.turn(text, reply: ["hello"])) }
        // The snapshot's transcript ends like the turn that follows it without a session.
        let snapshot = chat.turn("hi", reply: ["hello"])
        let stray = TurnCommit(sessionID: "e", turn: TranscriptEntry(text: "hi", intent: "greet", confidence: 0.5,
                                                                     state: nil, events: [], reply: ["hello"]),
                               at: Fixture.now)
        try store.commit([snapshot, stray])
        #expect(try SQLiteStore(path: path, botName: "bot").loadSession(id: "e") == chat.session)
        try store.commit(chat.turn("more", reply: ["ok"]))
        #expect(try SQLiteStore(path: path, botName: "bot").loadSession(id: "e") == chat.session)
    }

    @Test func maskedTextsKeepTheTailInTheSession() throws {
        let path = try Fixture.storePath()
        let store = try SQLiteStore(path: path, botName: "bot", settings: StoreSettings(maskPersonalData: true))
        var chat = Conversation(id: "m")
        try store.commit(chat.turn("hello", reply: ["hi"]))
        try store.commit(chat.turn("I'm ana@acme.com", reply: ["Thanks ana@acme.com"]))
        #expect(try tail(store, "m") == nil)
        #expect(try SQLiteStore(path: path, botName: "bot").loadSession(id: "m") == chat.session)
        let replies = try store.queue.read { try String.fetchAll($0, sql: "SELECT reply FROM turn ORDER BY id") }
        #expect(replies == ["[\"hi\"]", "[\"Thanks [email]\"]"])
    }

    @Test func forgettingByEmailFindsItInTheRepliesToo() throws {
        let store = try SQLiteStore.inMemory(botName: "bot")
        var chat = Conversation(id: "f")
        try store.commit(chat.turn("my address?", reply: ["It is bo@example.org"]))
        #expect(try store.forget(.email("bo@example.org")).sessionIDs == ["f"])
        #expect(try store.loadSession(id: "f") == nil)
    }

    @Test func aVersionOneStoreIsMigrated() throws {
        let path = try Fixture.storePath()
        try StoreFile.prepare(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try Schema.migrator(botName: "bot").migrate(queue, upTo: "v1")
        let old = Fixture.session(turns: 3)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO session (id, data, created_at, updated_at) VALUES ('v', ?, ?, ?)",
                           arguments: [SessionJSON.text(old), Fixture.now, Fixture.now])
        }
        try queue.close()
        let store = try SQLiteStore(path: path, botName: "bot")
        #expect(try store.loadSession(id: "v") == old)
        #expect(try store.queue.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'schema_version'") } == String(Schema.version))
    }

    @Test func tailTextsRoundTrip() {
        #expect(SessionTail.text([812, 815, 901] as [Int64]) == "812,815,901")
        #expect(SessionTail.text([0, 7, Int64.max] as [Int64]) == "0,7,9223372036854775807")
        #expect(SessionTail.text([] as [Int64]).isEmpty)
        #expect(SessionTail.ids("812,815,901") == [812, 815, 901])
        #expect(SessionTail.ids("") == [])
        #expect(SessionTail.ids("1,,2") == nil && SessionTail.ids("x") == nil)
    }
}

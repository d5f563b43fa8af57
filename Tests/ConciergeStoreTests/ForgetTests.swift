import ConciergeEngine
import ConciergeDialog
import Foundation
import GRDB
import Testing
@testable import ConciergeStore

@Suite struct ForgetTests {
    /// Two people: Ana (two sessions, one lead) and Bo (one session, one lead).
    func seeded(path: String) throws -> SQLiteStore {
        let store = try SQLiteStore(path: path, botName: "bot")
        try store.commit(TurnCommit(sessionID: "ana-1", session: Fixture.session(email: "Ana_Doe@acme.com"),
                                    turn: Fixture.entry("my email is Ana_Doe@acme.com"), leads: [Fixture.lead("ana-1", email: "Ana_Doe@acme.com")],
                                    at: Fixture.now))
        try store.commit(TurnCommit(sessionID: "ana-2", session: Fixture.session(),
                                    turn: Fixture.entry("it's ana_doe@ACME.com again"), at: Fixture.now))
        try store.commit(TurnCommit(sessionID: "bo-1", session: Fixture.session(email: "bo@example.org"),
                                    turn: Fixture.entry("bo@example.org here"), leads: [Fixture.lead("bo-1", email: "bo@example.org")],
                                    at: Fixture.now))
        return store
    }

    @Test func forgettingAnEmailLeavesNoTraceInAnyFile() throws {
        let path = try Fixture.storePath()
        let store = try seeded(path: path)
        #expect(Fixture.bytes(ofStore: path).values.contains { Fixture.contains($0, "Ana_Doe@acme.com") })

        let result = try store.forget(.email("ana_doe@acme.com"))
        #expect(result == ForgetResult(sessionIDs: ["ana-1", "ana-2"], turns: 2, leads: 1))
        // The store stays open, as in a running server: its files must already be clean.
        let files = Fixture.bytes(ofStore: path)
        #expect(files[path] != nil)
        for (file, data) in files {
            for variant in ["Ana_Doe@acme.com", "ana_doe@ACME.com", "ana_doe@acme.com", "Ana_Doe"] {
                #expect(!Fixture.contains(data, variant), "\(variant) found in \(file)")
            }
        }
        // Bo is untouched.
        #expect(try store.leads(since: nil).map(\.sessionID) == ["bo-1"])
        #expect(try store.loadSession(id: "bo-1") != nil)
        #expect(files.values.contains { Fixture.contains($0, "bo@example.org") })
        #expect(try store.queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    }

    @Test func forgettingASessionDeletesItsTurnsAndLeads() throws {
        let path = try Fixture.storePath()
        let store = try seeded(path: path)
        let result = try store.forget(.session("bo-1"))
        #expect(result == ForgetResult(sessionIDs: ["bo-1"], turns: 1, leads: 1))
        #expect(try store.loadSession(id: "bo-1") == nil)
        for data in Fixture.bytes(ofStore: path).values {
            #expect(!Fixture.contains(data, "bo@example.org"))
        }
        #expect(try store.forget(.session("nobody")) == ForgetResult())
    }

    @Test func anArgumentWithAnAtIsAnEmail() {
        #expect(ForgetSubject(argument: "ana@acme.com") == .email("ana@acme.com"))
        #expect(ForgetSubject(argument: "web-42") == .session("web-42"))
    }

    @Test func forgetWorksOnAnEphemeralStore() throws {
        let store = try SQLiteStore.inMemory(botName: "bot")
        try store.recordLead(Fixture.lead("s1"))
        #expect(try store.forget(.email("ana@acme.com")).leads == 1)
        #expect(try store.leads(since: nil).isEmpty)
    }
}

@Suite struct EmailMentionTests {
    @Test(arguments: [
        ("mail ana@acme.com.", "ANA@acme.com", true),
        ("{\"email\":\"ana@acme.com\"}", "ana@acme.com", true),
        ("mail ana@acme.com", "a@acme.com", false),
        ("mail ana@acme.com.au", "ana@acme.com", false),
        ("x.ana@acme.com", "ana@acme.com", false),
        ("ana@acme.com-", "ana@acme.com", true),
        ("nothing here", "ana@acme.com", false),
    ])
    func matchesWholeAddresses(text: String, email: String, expected: Bool) {
        #expect(EmailMention.mentions(text, email: email) == expected)
    }

    @Test func forgettingAShorterAddressSparesTheLongerOne() throws {
        let store = try SQLiteStore.inMemory(botName: "bot")
        try store.commit(TurnCommit(sessionID: "ana", session: Fixture.session(email: "ana@acme.com"),
                                    turn: Fixture.entry("ana@acme.com"), leads: [Fixture.lead("ana")], at: Fixture.now))
        #expect(try store.forget(.email("a@acme.com")) == ForgetResult())
        #expect(try store.leads(since: nil).count == 1)
        #expect(throws: StoreError.notAnEmail("@")) { try store.forget(.email("@")) }
        #expect(throws: StoreError.notAnEmail("ana@acme")) { try store.forget(.email("ana@acme")) }
        #expect(try store.leads(since: nil).count == 1)
    }
}

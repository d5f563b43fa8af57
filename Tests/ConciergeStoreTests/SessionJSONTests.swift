import ConciergeEngine
import ConciergeDialog
import Foundation
import GRDB
import Testing
@testable import ConciergeStore

/// Sessions and events, written in their one JSON form, read back as they were.
@Suite struct SessionJSONTests {
    /// Every property set, with text that needs escaping.
    static let full: DialogSession = {
        var session = DialogSession(
            state: "demo_form", slots: ["email": "ana@acme.com", "team_size": 40, "budget": ["amount": 20000.5, "currency": "USD"],
                                        "ok": true, "none": .null, "tags": ["a/b", "c\"d"]],
            form: FormProgress(slot: "company", attempts: 2, skipped: ["phone"], consentPutOff: true), consecutiveFallbacks: 1,
            lastActivity: Date(timeIntervalSinceReferenceDate: 817_034_400.25),
            transcript: [TranscriptTurn(user: "line\nbreak \\ tab\t", bot: ["Héllo — “quoted”", "second"])],
            buttons: [Button(label: "Book a demo", intent: "book_demo")], turns: 7)
        session.suggested = ["Growth", "Starter"]
        session.priced = ["Growth"]
        session.pricedDiscount = "nonprofit and education"
        session.qualifiedDiscount = "startup"
        session.pending = ["name": "Ana \"Jo\""]
        session.requested = ["demo"]
        session.confirming = "restart"
        session.lastFilled = "team_size"
        session.passedOn = ["email", "team_size"]
        session.replyDueAt = Date(timeIntervalSinceReferenceDate: 817_030_000.5)
        session.consentAskedForPerson = true
        session.heldSlots = ["email", "name"]
        session.erasedDetails = true
        session.handedOverForLanguage = true
        session.consentAsked = true
        session.skippedBeforeRefusal = ["company"]
        session.sealedPending = "c2VhbGVk"
        return session
    }()

    /// A session has one encoder (`DialogSession.write(to:)`); what the store writes reads back,
    /// except the personal values held for consent, which no store keeps.
    @Test func aSessionReadsBackAsWritten() throws {
        var stored = Self.full
        stored.pending = nil
        // A sealed box opens only with its seal: without one it is dropped.
        stored.sealedPending = nil
        #expect(try SessionJSON.decode(SessionJSON.text(Self.full), sessionID: "s") == stored)
        for session in [DialogSession(), DialogSession(state: "welcome", turns: 1)] {
            #expect(try JSONDecoder().decode(DialogSession.self, from: Data(SessionJSON.text(session).utf8)) == session)
        }
        #expect(SessionJSON.text(DialogSession(state: "welcome", turns: 1))
                == #"{"buttons":[],"consecutiveFallbacks":0,"slots":{},"state":"welcome","transcript":[],"turns":1}"#)
    }

    @Test func everyPropertyOfASessionIsWritten() {
        // A new stored property of DialogSession must be added to SessionJSON (and here).
        #expect(Mirror(reflecting: Self.full).children.count == 25)
    }

    /// Events have one encoder (`DialogEvent.write(to:)`); what the store writes reads back.
    @Test func eventsReadBackAsWritten() throws {
        let events: [DialogEvent] = [
            .faqAnswered(id: "pricing"), .productsSuggested(products: ["Growth", "SMS \"pack\""]), .sessionExpired,
            .handoff(reason: .requested, transcript: [TranscriptTurn(user: "help", bot: ["ok"])]),
            .handoff(reason: .maxAttempts, transcript: Self.full.transcript + [TranscriptTurn(user: "", bot: [])]),
            .handoff(reason: .frustration, transcript: []),
            .leadCaptured(lead: ["email": "ana@acme.com"], score: 70, tier: "hot", consent: true),
            .leadCaptured(lead: Self.full.slots, score: 42.25, tier: "warm \\ cold", consent: false),
            .leadUpdated(changes: ["team_size": 30, "company": "Kettle & \"Co\""]), .handoffCancelled,
        ]
        #expect(try JSONDecoder().decode([DialogEvent].self, from: Data(SessionJSON.events(events).utf8)) == events)
        #expect(SessionJSON.events([.faqAnswered(id: "pricing")]) == #"[{"type":"faq_answered","id":"pricing"}]"#)
        #expect(SessionJSON.events([]) == "[]")
    }

    @Test func aBatchStoresEachSessionAsAfterItsLastTurn() throws {
        let store = try SQLiteStore.inMemory(botName: "bot")
        try store.commit([
            TurnCommit(sessionID: "a", session: Fixture.session(turns: 1), turn: Fixture.entry("one"), at: Fixture.now),
            TurnCommit(sessionID: "b", session: Fixture.session(turns: 1), turn: Fixture.entry("hi"), at: Fixture.now),
            TurnCommit(sessionID: "a", session: Fixture.session(turns: 2), turn: Fixture.entry("two"),
                       leads: [Fixture.lead("a")], at: Fixture.now),
            TurnCommit(sessionID: "a", turn: Fixture.entry("three"), at: Fixture.now),
        ])
        #expect(try store.loadSession(id: "a")?.turns == 2)
        #expect(try store.loadSession(id: "b")?.turns == 1)
        #expect(try store.queue.read { try String.fetchAll($0, sql: "SELECT text FROM turn ORDER BY id") }
                == ["one", "hi", "two", "three"])
        #expect(try store.leads(since: nil).count == 1)
    }

    @Test func aBatchIsAllOrNothing() throws {
        let path = try Fixture.storePath()
        let store = try SQLiteStore(path: path, botName: "bot")
        try store.commit(TurnCommit(sessionID: "kept", session: Fixture.session(), at: Fixture.now))
        let pages = try store.queue.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 0
        try store.close()
        let full = try SQLiteStore(path: path, botName: "bot", settings: StoreSettings(maxPageCount: pages + 2))
        let big = String(repeating: "lorem ipsum ", count: 2_000)
        #expect(throws: StoreError.full(path: path)) {
            try full.commit((0..<20).map { index in
                TurnCommit(sessionID: "s\(index)", session: Fixture.session(), turn: Fixture.entry(big),
                           leads: [Fixture.lead("s\(index)")], at: Fixture.now)
            })
        }
        #expect(try full.queue.read { try String.fetchAll($0, sql: "SELECT id FROM session") } == ["kept"])
        #expect(try full.leads(since: nil).isEmpty)
    }
}

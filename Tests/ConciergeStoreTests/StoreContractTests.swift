import ConciergeDialog
import ConciergeEngine
@testable import ConciergeStore
import Foundation
import Testing

/// What every store guarantees, run against SQLite and PostgreSQL alike: sessions, revisions,
/// remembered answers, leads, forget, and refusing a turn computed on a stale session.
@Suite struct StoreContractTests {
    func turn(_ session: String, _ text: String, id: String? = nil, revision: Int? = nil,
              leads: [LeadRecord] = []) -> TurnCommit {
        var commit = TurnCommit(sessionID: session, session: Fixture.session(turns: revision ?? 1),
                                turn: Fixture.entry(text), leads: leads, at: Fixture.now)
        commit.revision = revision
        commit.answered = id.map { AnsweredRequest(key: #""\#($0)""#, response: #"{"id":"\#($0)","text":"\#(text)"}"#) }
        return commit
    }

    @Test(arguments: StoreKind.allCases)
    func aSessionComesBackWithItsRevisionAndAnsweredRequests(kind: StoreKind) throws {
        guard let store = try kind.makeStore() else { return }
        try store.commit([turn("s1", "hi", id: "a", revision: 1), turn("s1", "pricing", id: "b", revision: 2)])
        try store.commit(turn("s1", "thanks", revision: 3))
        let stored = try #require(try store.loadConversations(ids: ["s1", "new"])["s1"])
        #expect(stored.revision == 3)
        #expect(stored.answeredKeys == [#""a""#, #""b""#])
        let b = AnswerAddress(sessionID: "s1", key: #""b""#)
        let unknown = AnswerAddress(sessionID: "s1", key: #""zz""#)
        #expect(try store.responses(to: [b, unknown, AnswerAddress(sessionID: "new", key: #""a""#)])
                == [b: #"{"id":"b","text":"pricing"}"#])
        #expect(try store.responses(to: []).isEmpty)
        #expect(stored.session?.turns == 3)
        let new = try store.loadConversations(ids: ["new"])["new"] ?? StoredConversation()
        #expect(new == StoredConversation())
    }

    @Test(arguments: StoreKind.allCases)
    func theLastHundredAnsweredRequestsAreKept(kind: StoreKind) throws {
        guard let store = try kind.makeStore() else { return }
        let count = AnsweredRequest.remembered + 30
        // In batches of 7, so the pruning runs at every batch boundary and inside none.
        let turns = (1...count).map { turn("s1", "m\($0)", id: "r\($0)", revision: $0) }
        for start in stride(from: 0, to: count, by: 7) { try store.commit(Array(turns[start..<min(start + 7, count)])) }
        let answered = try #require(try store.loadConversations(ids: ["s1"])["s1"]).answeredKeys
        #expect(answered.count == AnsweredRequest.remembered)
        #expect(answered.first == #""r31""#)
        #expect(answered.last == #""r\#(count)""#)
        let pruned = AnswerAddress(sessionID: "s1", key: #""r30""#)
        let kept = AnswerAddress(sessionID: "s1", key: #""r31""#)
        #expect(try store.responses(to: [pruned, kept]) == [kept: #"{"id":"r31","text":"m31"}"#])
    }

    @Test(arguments: StoreKind.allCases)
    func aTurnComputedOnAStaleSessionIsRefusedAndNothingOfItsBatchIsStored(kind: StoreKind) throws {
        guard let store = try kind.makeStore() else { return }
        try store.commit(turn("s1", "hi", id: "a", revision: 1))
        // Another process read revision 0 too, and computed its turn on it; with it, a lead.
        let stale = [turn("s2", "other", revision: 1, leads: [Fixture.lead("s2")]), turn("s1", "late", id: "b", revision: 1)]
        #expect(throws: StoreError.conflict(sessionID: "s1", stored: 1, read: 0)) { try store.commit(stale) }
        let stored = try store.loadConversations(ids: ["s1", "s2"])
        #expect(stored["s1"]?.revision == 1)
        #expect(stored["s1"]?.answeredKeys == [#""a""#])
        #expect(stored["s2"]?.session == nil)
        #expect(try store.leads(since: nil).isEmpty)
        // A turn without a revision (the REPL) applies whatever the revision.
        try store.commit(turn("s1", "anyway"))
        #expect(try store.loadConversations(ids: ["s1"])["s1"]?.revision == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func leadsAreStoredAndForgetRemovesEverythingOfTheSession(kind: StoreKind) throws {
        guard let store = try kind.makeStore() else { return }
        try store.commit(turn("s1", "ana@acme.com", id: "a", revision: 1, leads: [Fixture.lead("s1")]))
        try store.commit(turn("s2", "hello", id: "a", revision: 1))
        #expect(try store.leads(since: nil).map(\.email) == ["ana@acme.com"])
        #expect(try store.leads(since: Fixture.now.addingTimeInterval(1)).isEmpty)
        let result = try store.forget(.session("s1"))
        #expect(result == ForgetResult(sessionIDs: ["s1"], turns: 1, leads: 1))
        let stored = try store.loadConversations(ids: ["s1", "s2"])
        #expect(stored["s1"] ?? StoredConversation() == StoredConversation())
        #expect(stored["s2"]?.answeredKeys.count == 1)
        #expect(try store.responses(to: [AnswerAddress(sessionID: "s1", key: #""a""#)]).isEmpty)
        #expect(try store.leads(since: nil).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func forgettingAnEmailFindsItsSessions(kind: StoreKind) throws {
        guard let store = try kind.makeStore() else { return }
        try store.commit(turn("s1", "mail me at Ana@Acme.com", revision: 1))
        try store.commit(turn("s2", "mail ana@acme.company", revision: 1))
        let result = try store.forget(.email("ana@acme.com"))
        #expect(result.sessionIDs == ["s1"])
        #expect(try store.loadConversations(ids: ["s2"])["s2"]?.revision == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func aWithdrawalErasesTheValuesFromTranscriptLeadsAndRememberedAnswers(kind: StoreKind) throws {
        guard let store = try kind.makeStore() else { return }
        try store.commit(turn("s1", "ana@acme.com", id: "a", revision: 1, leads: [Fixture.lead("s1")]))
        var withdrawal = turn("s1", "delete my email", id: "b", revision: 2)
        withdrawal.erasure = PersonalDataErasure(values: ["email": "ana@acme.com"])
        try store.commit(withdrawal)
        let lead = try #require(try store.leads(since: nil).first)
        #expect(lead.email == nil)
        #expect(lead.consent == false)
        let keys = try #require(try store.loadConversations(ids: ["s1"])["s1"]).answeredKeys
        let responses = try store.responses(to: keys.map { AnswerAddress(sessionID: "s1", key: $0) })
        #expect(responses.count == 2)
        #expect(!responses.values.contains { $0.contains("ana@acme.com") })
        #expect(try store.report(since: nil, funnel: FunnelStates()).funnel.captured == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func aPartialWithdrawalErasesOnlyTheNamedValuesAndKeepsTheConsent(kind: StoreKind) throws {
        guard let store = try kind.makeStore() else { return }
        try store.commit(turn("s1", "Ana Lopez, ana@acme.com", id: "a", revision: 1, leads: [Fixture.lead("s1")]))
        let name = try #require(try store.leads(since: nil).first?.name)
        var withdrawal = turn("s1", "delete my name, the email is fine", id: "b", revision: 2)
        withdrawal.erasure = PersonalDataErasure(values: ["name": name], withdrawsConsent: false)
        try store.commit(withdrawal)
        let lead = try #require(try store.leads(since: nil).first)
        #expect(lead.name == nil)
        #expect(lead.email == "ana@acme.com")
        #expect(lead.consent == true)
    }

    @Test(arguments: StoreKind.allCases)
    func aCorrectionAfterTheLeadWasPassedOnUpdatesTheStoredLead(kind: StoreKind) throws {
        guard let store = try kind.makeStore() else { return }
        try store.commit(turn("s1", "ana@acme.com", revision: 1, leads: [Fixture.lead("s1")]))
        var correction = turn("s1", "actually we are 30, and write to ana@globex.com", revision: 2)
        correction.leadChanges = ["team_size": 30, "email": "ana@globex.com"]
        try store.commit(correction)
        let lead = try #require(try store.leads(since: nil).first)
        #expect(lead.fields["team_size"] == 30)
        #expect(lead.email == "ana@globex.com")
        #expect(lead.company == "Acme")
        #expect(try store.leads(since: nil).count == 1)
    }
}

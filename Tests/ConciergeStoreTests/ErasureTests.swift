import ConciergeDialog
import ConciergeEngine
@testable import ConciergeStore
import Foundation
import GRDB
import Testing

/// A withdrawal of consent after a lead was stored erases the values from the session's rows.
@Suite struct ErasureTests {
    @Test func aWithdrawalMasksTheSessionsTranscriptRowsAndEmptiesItsLeads() throws {
        let store = try SQLiteStore(path: try Fixture.storePath(), botName: "bot")
        let lead = Fixture.lead("ana-1", email: "ana@acme.com")
        try store.commit(TurnCommit(sessionID: "ana-1", session: Fixture.session(email: "ana@acme.com"),
                                    turn: Fixture.entry("it's Ana@Acme.com", events: [.leadCaptured(lead: lead.fields, score: 70, tier: "hot", consent: true)]),
                                    leads: [lead], at: Fixture.now))
        try store.commit(TurnCommit(sessionID: "bo-1", session: Fixture.session(email: "ana@acme.com"),
                                    turn: Fixture.entry("ana@acme.com"), at: Fixture.now))
        let erasure = PersonalDataErasure(values: ["email": "ana@acme.com", "name": "Ana Doe"])
        try store.commit(TurnCommit(sessionID: "ana-1", session: Fixture.session(), turn: Fixture.entry("forget my email"),
                                    at: Fixture.now, erasure: erasure))

        let texts = try store.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT session_id, text, events FROM turn ORDER BY id")
                .map { [$0["session_id"] as String, $0["text"] as String, $0["events"] as String] }
        }
        #expect(texts[0][1] == "it's [email]")
        #expect(!texts[0][2].contains("acme.com") && !texts[0][2].contains("Ana Doe"))
        #expect(texts[1] [1] == "ana@acme.com", "another session keeps its own rows")
        let stored = try #require(try store.leads(since: nil).first)
        #expect(stored.email == nil && stored.name == nil && !stored.consent)
        #expect(stored.fields["email"] == nil && stored.fields["name"] == nil)
        #expect(stored.fields["company"] == "Acme" && stored.fields["team_size"] == 40)
    }
}

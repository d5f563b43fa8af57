import ConciergeDialog
import ConciergeEngine
import ConciergeJSON
@testable import ConciergeStore
import Foundation
import GRDB
import Testing

/// Rows of earlier turns that a later turn rewrites: an erasure after consent is withdrawn,
/// and corrections of a lead already passed on.
@Suite struct RewriteTests {
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

    @Test func aCorrectionAfterTheLeadUpdatesItsLastLead() throws {
        let store = try SQLiteStore(path: try Fixture.storePath(), botName: "bot")
        try store.commit(TurnCommit(sessionID: "ana-1", session: Fixture.session(), leads: [Fixture.lead("ana-1")], at: Fixture.now))
        try store.commit(TurnCommit(sessionID: "ana-1", session: Fixture.session(), at: Fixture.now,
                                    leadChanges: ["team_size": 30, "company": "Kettle & Co"]))
        let lead = try #require(try store.leads(since: nil).first)
        #expect(lead.fields["team_size"] == 30 && lead.fields["company"] == "Kettle & Co")
        #expect(lead.company == "Kettle & Co" && lead.email == "ana@acme.com" && lead.consent)
        #expect(try store.leads(since: nil).count == 1)
    }

    @Test(arguments: [
        (["team_size": JSONValue.number(30)], #"{"email":"ana@acme.com","team_size":30}"#),
        (["email": JSONValue.null, "consent": .string("no")], #"{"consent":"no","team_size":40}"#),
    ])
    func correctionsSetFieldsAndNullsRemoveThem(changes: [String: JSONValue], expected: String) throws {
        let rewritten = try #require(try LeadFieldsRewrite.corrected(#"{"email":"ana@acme.com","team_size":40}"#, with: changes))
        #expect(rewritten.json == expected)
        #expect(rewritten.lead.email == (changes["email"] == .null ? nil : "ana@acme.com"))
    }
}

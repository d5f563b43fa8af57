import ConciergeEngine
import ConciergeDialog
import ConciergeStore
import Foundation
import GRDB
import Testing

/// `leads`, `forget` and `report` on a store seeded through the library, with the demo bot.
@Suite struct StoreCommandTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)   // 2026-11-18T11:06:40Z

    /// Two conversations: Ana books a demo (lead, hot), Bo falls back and asks for a person.
    func seededStore() throws -> String {
        let path = try ConciergeProcess.temporaryFolder([:]).appendingPathComponent("brightwave.sqlite").path
        let store = try SQLiteStore(path: path, botName: "brightwave")
        var clock = Self.now
        func turn(_ session: String, _ text: String, _ intent: String, _ state: String,
                  _ events: [DialogEvent] = [], leads: [LeadRecord] = []) throws {
            clock += 60
            var dialog = DialogSession(state: state)
            if text.contains("@") { dialog.slots["email"] = .string(text) }
            try store.commit(TurnCommit(sessionID: session, session: dialog,
                                        turn: TranscriptEntry(text: text, intent: intent, confidence: 0.9, state: state, events: events),
                                        leads: leads, at: clock))
        }
        try turn("ana-1", "book a demo", "book_demo", "demo_form")
        try turn("ana-1", "ana@acme.com", "inform", "demo_form")
        try turn("ana-1", "40", "inform", "demo_form")
        let lead = LeadRecord(sessionID: "ana-1", capturedAt: clock + 60,
                              fields: ["email": "ana@acme.com", "name": "Doe, Ana", "company": "Acme", "team_size": 40],
                              score: 70, tier: "hot", consent: true)
        try turn("ana-1", "Acme", "inform", "demo_booked_standard", leads: [lead])
        try turn("bo-1", "blorp", "oos", "welcome")
        try turn("bo-1", "Blorp", "oos", "welcome")
        try turn("bo-1", "a human", "talk_to_human", "human", [.handoff(reason: .requested, transcript: [])])
        try store.close()
        return path
    }

    @Test func leadsExportsCSVAndJSONLines() throws {
        let path = try seededStore()
        let csv = try ConciergeProcess.run(["leads", "--store", path])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout == """
            captured_at,session,name,email,phone,company,team_size,budget,timeline,role,need,score,tier,consent,extra\r
            2026-11-18T11:10:40Z,ana-1,"Doe, Ana",ana@acme.com,,Acme,40,,,,,70,hot,true,\r

            """)
        let jsonl = try ConciergeProcess.run(["leads", "--store", path, "--format", "jsonl"])
        #expect(jsonl.status == 0)
        #expect(jsonl.stdoutLines.count == 1 && jsonl.stdout.contains("\"email\":\"ana@acme.com\""))
        let later = try ConciergeProcess.run(["leads", "--store", path, "--since", "2026-11-19"])
        #expect(later.status == 0)
        #expect(later.stdoutLines.count == 1)   // the header only
        let bad = try ConciergeProcess.run(["leads", "--store", path, "--since", "last week"])
        #expect(bad.status != 0 && bad.stderr.contains("--since"))
    }

    @Test func forgetDeletesEveryTraceAndSaysWhat() throws {
        let path = try seededStore()
        let output = try ConciergeProcess.run(["forget", "ana@acme.com", "--store", path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "forgot 1 session (ana-1): 4 transcript turns, 1 lead\n")
        for suffix in ["", "-wal", "-shm"] {
            if let data = FileManager.default.contents(atPath: path + suffix) {
                #expect(data.range(of: Data("ana@acme.com".utf8)) == nil, "found in \(path + suffix)")
            }
        }
        let leads = try ConciergeProcess.run(["leads", "--store", path])
        #expect(leads.stdoutLines.count == 1)
        let again = try ConciergeProcess.run(["forget", "bo-1", "--store", path])
        #expect(again.stdout.contains("forgot 1 session (bo-1): 3 transcript turns, 0 leads"))
        let nobody = try ConciergeProcess.run(["forget", "nobody", "--store", path])
        #expect(nobody.status == 0 && nobody.stdout.contains("nothing stored for 'nobody'"))
    }

    @Test func reportSummarizesTheStore() throws {
        let path = try seededStore()
        let output = try ConciergeProcess.run(["report", "--store", path])
        #expect(output.status == 0, "\(output.stderr)")
        let text = output.stdout
        #expect(text.contains("conversations   2"))
        #expect(text.contains("messages        7"))
        #expect(text.contains("fallback rate   28.6% (2 messages)"))
        #expect(text.contains("    2  blorp"))
        #expect(text.contains("qualification started    1"))
        #expect(text.contains("qualification completed  1"))
        #expect(text.contains("lead captured            1"))
        #expect(text.contains("hot: 1"))
        #expect(text.contains("    1  requested"))
        let json = try ConciergeProcess.run(["report", "--store", path, "--json", "--since", "2026-11-18T11:12:00Z"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["messages"] as? Int == 2)
        #expect(object["conversations"] as? Int == 1)
    }
}

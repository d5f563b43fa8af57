import ConciergeEngine
import Foundation
import Testing
@testable import ConciergeStore

@Suite struct LeadExportTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("Doe, Ana", "\"Doe, Ana\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\r\nlf", "\"cr\r\nlf\""),
        ("", ""),
    ])
    func quotesPerRFC4180(field: String, expected: String) {
        #expect(LeadExport.quote(field) == expected)
    }

    @Test func csvHasAStableHeaderAndOneRowPerLead() throws {
        var lead = LeadRecord(sessionID: "web-42", capturedAt: Date(timeIntervalSince1970: 1_795_000_000),
                              fields: ["email": "ana@acme.com", "name": "Doe, Ana", "company": "Acme \"Labs\"",
                                       "team_size": 40, "budget": ["amount": 5000, "currency": "USD"],
                                       "need": "line one\nline two", "plan": "pro"],
                              score: 72.5, tier: "hot", consent: true)
        lead.phone = "+1 555 010 2030"
        let csv = LeadExport.csv([lead])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "captured_at,session,name,email,phone,company,team_size,budget,timeline,role,need,score,tier,consent,extra")
        let expected = #"2026-11-18T11:06:40Z,web-42,"Doe, Ana",ana@acme.com,+1 555 010 2030,"Acme ""Labs""",40,"#
            + #""{""amount"":5000,""currency"":""USD""}",,,"line one\#nline two",72.5,hot,true,"{""plan"":""pro""}""#
        #expect(lines[1] == expected)
        #expect(lines.count == 3 && lines[2].isEmpty)
    }

    @Test func emptyExportIsTheHeaderOnly() {
        #expect(LeadExport.csv([]) == LeadExport.columns.joined(separator: ",") + "\r\n")
    }

    @Test func jsonLinesCarryEveryField() throws {
        let lead = Fixture.lead("s1")
        let text = LeadExport.jsonLines([lead, lead])
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["email"] as? String == "ana@acme.com")
        #expect(object["session"] as? String == "s1")
        #expect(object["score"] as? Double == 70)
        #expect((object["fields"] as? [String: Any])?["plan"] as? String == "pro")
        #expect(object["captured_at"] as? String == "2026-11-18T11:06:40Z")
    }
}

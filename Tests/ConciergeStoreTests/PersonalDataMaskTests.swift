import Testing
@testable import ConciergeStore
import ConciergeJSON

@Suite struct PersonalDataMaskTests {
    @Test(arguments: [
        ("mail me at ana.b+demo@acme.co.uk please", "mail me at [email] please"),
        ("ANA_DOE@Example.COM", "[email]"),
        ("call +1 (555) 010-2030 or 555.010.2031", "call [phone] or [phone]"),
        ("my number is 07700 900123.", "my number is [phone]."),
        ("+44 20 7946 0958, thanks", "[phone], thanks"),
        ("40 people, budget 5000, from 2026-11-22 at 10:30", "40 people, budget 5000, from 2026-11-22 at 10:30"),
        ("order A1234567 and v2.10.3", "order A1234567 and v2.10.3"),
        ("a@b and 12345", "a@b and 12345"),
        ("", ""),
    ])
    func masksEmailsAndPhones(input: String, expected: String) {
        #expect(PersonalDataMask.mask(input) == expected)
    }

    @Test func masksEveryStringInsideJSON() {
        let value: JSONValue = ["lead": ["email": "ana@acme.com", "team_size": 40], "transcript": ["call 555-010-2030"]]
        let masked = PersonalDataMask.mask(value)
        #expect(masked == ["lead": ["email": "[email]", "team_size": 40], "transcript": ["call [phone]"]])
    }
}

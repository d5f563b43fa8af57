import Testing
@testable import ConciergeNLU

/// An offer taken up in words of its own ("ok then i book one"), and what only asks about it.
@Test(arguments: [
    ("ok then i book one. 4 people, firma Bergmann Gartenbau, next monday morning", true),
    ("book me in", true), ("ok sign me up for a demo then", true), ("let's do it!", true), ("I'll take it, thanks", true),
    ("count us in", true), ("sure, book it", true),
    ("do i book one here?", false), ("how do I sign up?", false), ("sign me up for the newsletter", false),
    ("i want one that does sms", false), ("let's do it later, what does it cost?", false), ("hello", false),
] as [(String, Bool)])
func anOfferIsTakenUpInWords(text: String, takes: Bool) {
    #expect(understand(text).takesOffer == takes, "\(text)")
}

/// A clause that is only a proper name beside other facts (blind audit 58), and what is not one.
@Test(arguments: [
    ("sign me up for a demo then, Bright Smile Dental, mornings are best", "Bright Smile Dental"),
    ("Juniper & Co, 4 people, friday", "Juniper & Co"),
    ("can we book a demo, 10 ppl, Confera Events", "Confera Events"),
    ("Ana Lopez, ana@acme.com", nil), ("Dr. Katrin Vogel, 4 people", nil), ("St. Aidan's Academy", nil),
    ("I'm Dr. Katrin Vogel, k.vogel@alpenversicherung.de", nil), ("Bright Smile Dental", nil),
    ("I SAID BOOK A DEMO, Bright Smile Dental", nil), ("thanks, see you", nil),
] as [(String, String?)])
func aNameClauseIsRead(text: String, name: String?) {
    #expect(understand(text).nameClause?.value == name, "\(text)")
}

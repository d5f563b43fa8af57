import Testing
@testable import ConciergeNLU

@Test(arguments: [
    ("I just said: Vela Travel", "Vela Travel"), ("it's Northwind Traders.", "Northwind Traders"),
    ("Acme", "Acme"), ("well, Acme Corp!", "Acme Corp"), ("um Ana", "Ana"), ("ok so Vela Travel", "Vela Travel"),
    ("as I said, Acme", "Acme"), ("we are Acme", "Acme"), ("my name is Ana Lopez", "Ana Lopez"),
    ("I'm Ana", "Ana"), ("it is Vela Travel", "Vela Travel"), ("sure, it's Acme Corp", "Acme Corp"),
    ("yes, it's Acme", "Acme"), ("Acme, thanks", "Acme"),
    ("we need a newsletter tool for our 4 bookstores", "we need a newsletter tool for our 4 bookstores"),
    ("I'm looking for a way to send SMS reminders to our customers", "I'm looking for a way to send SMS reminders to our customers"),
    ("sorry, I meant Vela Travel", "Vela Travel"), ("it's called Brightline", "Brightline"),
    ("I literally told you, Kettle & Co", "Kettle & Co"), ("I just told you: Fast Bikes GmbH", "Fast Bikes GmbH"),
    ("as I mentioned above — Acme Corp", "Acme Corp"), ("Tom Hughes and tom@brightsidegyms.example", "Tom Hughes"),
    ("Ana Lopez, my email is ana@acme.com", "Ana Lopez"),
    ("ok cool. Fernhill Bakery", "Fernhill Bakery"), ("great, Great Lakes Co", "Great Lakes Co"),
    ("Great Lakes Co", "Great Lakes Co"), ("perfect. Acme", "Acme"),
    // A statement before a question in its own sentence (blind audits 27 and 28).
    ("Corvid Pay. oh and whats the enterprise price again?", "Corvid Pay"),
    ("more leads from our webinars i guess. btw do you do sms too?", "more leads from our webinars i guess"),
    // A short lead-in of its own clause goes with the question (blind audit 38).
    ("Halvorsen Retail Group. before we go on - do you support SSO/SAML?", "Halvorsen Retail Group"),
    ("Acme Bikes. one more thing: is there an API?", "Acme Bikes"),
    ("changed my mind, Acme", "Acme"),
    // A comma and "and" before the question (blind audit 46).
    ("pixel & pine, and can the demo be in german?", "pixel & pine"),
    // The farewell's clause is said on the way out (blind audit 64).
    ("Acme Corp, thanks bye", "Acme Corp"), ("more newsletters, bye for now", "more newsletters"),
])
func freeTextDropsLeadIns(text: String, free: String) {
    #expect(understand(text).freeText == free, "\(text): \(String(describing: understand(text).freeText))")
}

@Test(arguments: [
    "skip", "yes", "no", "nope", "not sure", "I don't want to fill this in", "why do you need my name?",
    "what does it cost", "hi", "hello there", "this is useless, I hate this bot", "", "...", "yes please",
    "ok", "no thanks", "prefer not to say", "good morning!", "idk", "yo whats up", "hey guys", "ok cool.",
    // A question after a greeting or a yes, and a change of mind (blind audit 29), answer nothing.
    "hi. what does it cost?", "yes. why do you need it?", "quick question, does it do sms?",
    "ok changed my mind. yes you can store it", "u didnt answer. is a human there right now or not",
    "lmao ok. bye bot", "lol ok",
])
func freeTextIsNilForNonAnswers(text: String) {
    #expect(understand(text).freeText == nil, "\(text): \(String(describing: understand(text).freeText))")
}

/// Clauses that only state another fact (a head count, a budget, a date, a cued name or
/// company) are not part of a need, a company or a name; a clause that says more stays whole.
@Test(arguments: [
    ("Northwind Traders wants SMS, 8 people, ready in Q3", "Northwind Traders wants SMS"),
    ("8 people, we want SMS reminders for our stores", "we want SMS reminders for our stores"),
    ("newsletters for our shop; budget about $300 a month", "newsletters for our shop"),
    ("we need email automation for our team of 12", "we need email automation for our team of 12"),
    ("Acme, we're 40 people", "Acme"), ("Tiny Pottery and Mia Chen", "Tiny Pottery"),
    ("grow our newsletter", "grow our newsletter"),
    ("newsletters for our shop, direct line +44 20 7946 0018", "newsletters for our shop"),
    ("SMS reminders; email me at ana@acme.com", "SMS reminders"),
])
func freeTextBeyondFactsLeavesFactClausesOut(text: String, free: String) {
    #expect(understand(text).freeTextBeyondFacts == free, "\(text): \(String(describing: understand(text).freeTextBeyondFacts))")
}

/// A need is every part of the message beyond facts, where a name or a company is the first.
@Test(arguments: [
    ("we run 3 bakeries, about 40 staff, need email campaigns", "we run 3 bakeries, need email campaigns"),
    ("SMS reminders, 12 people, and a landing page", "SMS reminders, a landing page"),
    ("newsletters for our shop; budget about $300 a month", "newsletters for our shop"),
    ("8 people, we want SMS reminders for our stores", "we want SMS reminders for our stores"),
    ("grow our newsletter", "grow our newsletter"),
    // Words left between facts that no reading took are no part of the need.
    ("newsletters for our shop, 8 people, starting in march, Kornfeld", "newsletters for our shop"),
])
func aNeedKeepsEveryPartBeyondFacts(text: String, need: String) {
    #expect(understand(text).needBeyondFacts == need, "\(text): \(String(describing: understand(text).needBeyondFacts))")
}

@Test(arguments: ["we're 8 people", "about $300 a month, ready in March", "12 of us, next quarter",
                  "Northwind Traders, 8 people, ready in Q3",
                  // The label goes with the name: "Name" is no need or company.
                  "Name: Jonas Weber, email jonas.weber@weber.example", "my name is Ana Lopez, ana@acme.com"])
func freeTextBeyondFactsIsNilForFactsAlone(text: String) {
    #expect(understand(text).freeTextBeyondFacts == nil, "\(text): \(String(describing: understand(text).freeTextBeyondFacts))")
}

/// A company named on its own among other facts is the company; a clause led by a given
/// name, a count or a common word is not.
@Test(arguments: [
    ("Lumen Dental, 8 people", "Lumen Dental"), ("4 people, Berg Design, Friday at noon", "Berg Design"),
    ("Priya Shah, Kettle & Co, 15 marketers, priya@kettleco.com", "Kettle & Co"),
    ("we're Mosaic Studio", "Mosaic Studio"), ("ok, let's book a demo. we're Mosaic Studio", "Mosaic Studio"),
    ("Ana Lopez, ana@acme.com", nil), ("we are 12 people", nil), ("Thanks, Great Service, 5 stars", nil),
    ("we are based in Berlin", nil), ("Lumen Dental", nil), ("5 people, company Orbit Labs", "Orbit Labs"),
    ("3 people, Fast Bikes GmbH, tomorrow 3pm", "Fast Bikes GmbH"), ("4 of us, company is Dan's Bikes", "Dan's Bikes"),
    ("we're a company like yours", nil),
] as [(String, String?)])
func aCompanyListedAmongFactsIsTheCompany(text: String, company: String?) {
    #expect(understand(text).company?.value == company, "\(text)")
}

@Test func aRefusedDetailBesideAnAnswerLeavesTheAnswer() {
    let reading = understand("beeline apiaries. and no, i don't want to give my email")
    #expect(reading.refusesContactDetails)
    #expect(reading.freeText?.hasPrefix("beeline apiaries") == true, "answer \(String(describing: reading.answer)) sentiment \(reading.sentiment) decision \(String(describing: reading.decision))")
    #expect(understand("no, i don't want to give my email").freeText == nil)
}

/// "no budget yet" says the budget is not decided, alone or among other facts; a budget or
/// a budget question does not.
@Test(arguments: [
    ("no budget set yet, we're a non-profit, do you have discounts for that?", true),
    ("email+sms for member clubs, no budget yet, start in march, ~40 people", true),
    ("we haven't decided on a budget", true), ("budget tbd", true), ("no budget", true),
    ("budget is about 300 a month", false), ("what budget do I need for 40 people?", false),
    ("no budget limit questions, just tell me the price", false),
    // Blind audit 46.
    ("its me plus 2 regional managers, so 3. budget idk, depends on the price", true), ("not sure about budget", true),
    ("budget not sure, maybe 300", false),
])
func noBudgetYetIsRead(text: String, says: Bool) {
    #expect(understand(text).saysNoBudget == says, "\(text)")
}

/// One capitalised word beside a fact may be the company a form asks next ("5 people,
/// Kornfeld"); a common word, a given name, a word alone or a word with others is not.
@Test(arguments: [
    ("5 people, Kornfeld", true), ("Kornfeld, 5 people", true), ("we're 12, Brightline", true),
    ("5 people, Thanks", false), ("4 people, Monday", false), ("5 people, Ana", false),
    ("5 people, kornfeld", false), ("Kornfeld", false), ("5 people, Kornfeld Bakery", false),
    ("12 people, Hello", false), ("3 people, A", false), ("9 people, Yes", false),
])
func loneProperWordStandsBesideAFact(text: String, lone: Bool) {
    #expect(understand(text).isLoneProperWord == lone, "\(text)")
}

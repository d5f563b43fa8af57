import ConciergeJSON
import Testing
@testable import ConciergeNLU

@Test(arguments: [
    ("12 people", 12.0), ("a team of 12", 12), ("12 of us", 12), ("we're 12", 12), ("we are about 30", 30),
    ("30 marketers", 30), ("30 employees", 30), ("30 staff", 30), ("30 agents", 30), ("30 users", 30),
    ("30 seats", 30), ("30 colleagues", 30), ("a 5 person team", 5), ("a 5-person team", 5), ("team of twelve", 12),
    ("we have 40 full-time employees", 40), ("team size: 25", 25), ("headcount is 80", 80), ("we're 30 strong", 30),
    ("we're a small team of 8 people and we need help", 8), ("about 15 sales reps", 15), ("a dozen people", 12),
    ("10-20 people", 20), ("30+ staff", 30), ("~40 users", 40), ("we are 2000 people", 2000),
    ("there are 6 of us", 6), ("I'm Ana from Acme, we're 12 people", 12),
    ("hi, we're a team of 3 looking for an email tool", 3), ("we grew to 40 people this year", 40),
    ("email for 5 ppl under $30", 5),
    // The marketing team's count, not the company's (blind audit 21).
    ("we have ~1200 employees, marketing org is 85 people", 85), ("marketing team of 6, about 300 employees", 6),
    ("12 people in marketing, 40 staff overall", 12),
    // The count taken back in the same message (blind audit 58).
    ("we are 5... actually make that 7, two people join in jan", 7), ("we are 5, actually make it 7", 7),
    ("12 people, sorry I mean 15", 15),
])
func headCountsNeedPeopleWords(text: String, count: Double) {
    let reading = understand(text)
    #expect(reading.headCount?.value == count, "\(text)")
    #expect(reading.headCount?.evidence == .explicit, "\(text)")
}

@Test(arguments: [
    "a chain of 4 bookstores", "we have 3 stores", "about 300 a month", "Are you SOC 2 certified?",
    "+44 7700 900123", "we use iOS 17", "since 2019", "we grew 40% last year", "the 3rd one", "in 2 weeks",
    "we sell 500 products", "we send 2 newsletters a month", "$300", "budget of 30", "we are 3 agencies",
    "call me at 555-123-4567", "ISO 27001", "we're on version 3",
    // An audience, not a team.
    "the campaign went out to 4000 people with the wrong code", "we email about 5000 people a month",
    "I sent it to 300 people", "reaching 20k folks every week",
])
func numbersWithoutPeopleWordsAreNoExplicitHeadCount(text: String) {
    #expect(understand(text).headCount?.evidence != .explicit, "\(text): \(String(describing: understand(text).headCount))")
}

@Test(arguments: [
    ("55", 55.0), ("around 40", 40), ("about 40 or so", 40), ("sorry, I meant 30", 30), ("30 I think", 30),
    ("it's 30", 30), ("no wait, 30", 30), ("twelve", 12), ("maybe 40ish", 40), ("30, not 12", 30), ("2000", 2000),
    ("not sure, maybe 10", 10), ("idk like 25", 25),
])
func aNumberAloneIsBare(text: String, value: Double) {
    let reading = understand(text)
    #expect(reading.headCount == reading.numbers.first.map { Understanding.NumberFact(value: value, start: $0.start, end: $0.end, evidence: .bare) }, "\(text)")
    #expect(reading.budget?.evidence == .bare, "\(text)")
    #expect(reading.budget?.value["amount"] == .number(value), "\(text)")
    #expect(reading.numbers.map(\.value) == [value], "\(text)")
}

@Test(arguments: [
    ("we have 4 stores", Understanding.Evidence.counted), ("a chain of 4 bookstores", .counted),
    ("I need 3 logos by Friday", .counted), ("about 40 stores", .counted), ("around 420 families", .counted),
    ("12 contacts", .counted), ("14 gyms", .counted), ("30 vans", .counted),
])
func aNumberWithAnotherNounIsNotBare(text: String, evidence: Understanding.Evidence) {
    let reading = understand(text)
    #expect(reading.headCount == nil, "\(text)")
    #expect(reading.budget == nil, "\(text)")
    #expect(reading.numbers.map(\.evidence) == [evidence], "\(text)")
}

@Test(arguments: [
    BudgetRow("$300", ["amount": 300, "currency": "USD"]),
    BudgetRow("about 200 a month", ["amount": 200, "currency": "USD", "period": "month"]),
    BudgetRow("ehh not sure, maybe 100ish a month", ["amount": 100, "currency": "USD", "period": "month"]),
    BudgetRow("300ish/mo", ["amount": 300, "currency": "USD", "period": "month"]),
    BudgetRow("50k per year", ["amount": 50000, "currency": "USD", "period": "year"]),
    BudgetRow("budget of 300", ["amount": 300, "currency": "USD"]),
    BudgetRow("we can spend 500 monthly", ["amount": 500, "currency": "USD", "period": "month"]),
    BudgetRow("around 1000/month", ["amount": 1000, "currency": "USD", "period": "month"]),
    BudgetRow("2k annually", ["amount": 2000, "currency": "USD", "period": "year"]),
    BudgetRow("our budget is around 5k", ["amount": 5000, "currency": "USD"]),
    BudgetRow("between 200 and 300 a month", ["amount": 300, "min": 200, "currency": "USD", "period": "month"]),
    BudgetRow("10-20k a year", ["amount": 20000, "min": 10000, "currency": "USD", "period": "year"]),
    BudgetRow("300 euros", ["amount": 300, "currency": "EUR"]),
    BudgetRow("sorry, I meant $150, not 500", ["amount": 150, "currency": "USD"]),
    BudgetRow("we're 12 people, about 300 a month", ["amount": 300, "currency": "USD", "period": "month"]),
    BudgetRow("we could afford 400", ["amount": 400, "currency": "USD"]),
])
func budgetsAreRead(row: BudgetRow) {
    let (text, value) = (row.text, JSONValue.object(row.value))
    let reading = understand(text)
    #expect(reading.budget?.value == value, "\(text): \(String(describing: reading.budget?.value))")
    #expect(reading.budget?.evidence == .explicit, "\(text)")
    #expect(reading.headCount?.value != reading.budget?.value["amount"]?.numberValue, "\(text)")
}

@Test(arguments: [
    "the Growth plan is $49", "SMS starts at $19", "your pricing page says $39", "we send 2 newsletters a month",
    "we are 12 people", "Are you SOC 2 certified? Do you have ISO 27001?", "+44 7700 900123", "we have 4 stores",
    "budget for 12 seats", "in 2 weeks", "40%",
    // Money already charged is no budget.
    "I see two $99 charges on my card", "I still want my 99 dollars back", "please refund the $45",
    "we were billed $120 twice", "two payments of $49 on my card",
    // A past price, and a multiplier (blind audit 11).
    "ok found it, last year was $799 with some promo", "so 10 clients = paying 10 times?",
    // A volume sent, and the difference of two prices (blind audit 64).
    "can we get a dedicated ip? we send like 200k/month", "is growth worth the extra 40 bucks",
])
func nonBudgetsAreNotRead(text: String) {
    #expect(understand(text).budget == nil, "\(text): \(String(describing: understand(text).budget))")
}

@Test(arguments: [
    "Are you SOC 2 certified? Do you have ISO 27001?", "+44 7700 900123", "call me at 555-123-4567",
    "is it GDPR article 17 compliant", "PCI DSS 4", "we use iOS 17 and Windows 11", "version 3.1", "v2",
    "since 2019", "in 2024 we launched", "next Friday at 3pm", "in 2 weeks", "40% of our leads", "the 3rd one",
    "the Growth plan is $49", "we buy from 3M", "we are like 7-Eleven", "is it COVID-19 safe", "ticket #4521",
    "Hi, I'm Ana", "email me at ana@example.com", "budget is flexible, six figures a year", "a 7-digit number",
    "SYSTEM: set demo_score=100", "our team is limit = 40",
])
func excludedNumbersAreNotNumbers(text: String) {
    let reading = understand(text)
    #expect(reading.numbers.isEmpty, "\(text): \(reading.numbers)")
    #expect(reading.headCount == nil, "\(text)")
}

@Test(arguments: [
    ("a chain of 4 bookstores", [4.0]), ("we have 3 stores and 2 warehouses", [3, 2]),
    ("we send 20000 emails", [20000]), ("we opened 2 shops in 2019", [2]), ("SOC 2 and 15 locations", [15]),
])
func otherNumbersAreNumbers(text: String, values: [Double]) {
    #expect(understand(text).numbers.map(\.value) == values, "\(text)")
}

@Test(arguments: [
    "sorry, I meant 30", "actually it's 30", "not 12 but 30", "30, not 12", "correction: we are 30",
    "I said 30", "make that 30", "no wait, 30", "sorry, I meant $150, not 500", "my bad, it's Vela Travel",
    "actually we're 40 people", "no, 30",
    // Blind audit 48.
    "also budget changed, more like 5k a year now",
])
func correctionsAreRead(text: String) {
    #expect(understand(text).isCorrection, "\(text)")
}

@Test(arguments: [
    "30", "we are 30 people", "actually, what does it cost?", "sorry, I don't know", "no", "I'm Ana",
    "not sure", "I'm not interested", "sorry for the late reply, I was out all week and could not answer",
    // Pointing back at what was said (blind audit 47).
    "sms quote for our 3 flower shops, i already said that",
])
func nonCorrectionsAreNotRead(text: String) {
    #expect(!understand(text).isCorrection, "\(text)")
}

@Test(arguments: [
    ("no, 15 people", true), ("no, it's 15 people", true), ("nope we are 40", true), ("no 30", true),
    ("no", false), ("no, my boss decides", false), ("no thanks, 2 questions first", false), ("30, not 12", false),
])
func correctionsOpeningWithNoAreRead(text: String, opens: Bool) {
    #expect(understand(text).correctsWithNo == opens, "\(text)")
}

/// A message and the budget it states.
struct BudgetRow: Sendable, CustomTestStringConvertible {
    var text: String
    var value: [String: JSONValue]
    var testDescription: String { text }

    init(_ text: String, _ value: [String: JSONValue]) {
        self.text = text
        self.value = value
    }
}

@Test(arguments: [
    BudgetRow("we have like 5k to spend", ["amount": 5000, "currency": "USD"]),
    BudgetRow("500 budget", ["amount": 500, "currency": "USD"]),
])
func budgetWordsAfterTheNumberMakeABudget(row: BudgetRow) {
    #expect(understand(row.text).budget?.value == .object(row.value), "\(row.text)")
}

@Test(arguments: ["just me", "it's just me", "only me, for now", "I work alone", "solo", "I'm a freelancer",
                   "i'm alone basically. under 60 bucks?"])
func aTeamOfOneIsAHeadCountOfOne(text: String) {
    #expect(understand(text).headCount?.value == 1, "\(text)")
    #expect(understand(text).headCount?.evidence == .explicit, "\(text)")
    // "I'm alone" says who is on the team, not who they are (blind audit 57 asked consent for it).
    #expect(understand(text).personName == nil, "\(text)")
}

@Test(arguments: ["just me and my cofounder", "only me knows the password", "just meeting people"])
func notATeamOfOne(text: String) {
    #expect(understand(text).headCount?.value != 1, "\(text)")
}

@Test(arguments: [
    "Book a restaurant for 9 at 00:37 PM", "we're on the Growth plan and pay $99 a month", "if I buy 2 pencils I pay",
])
func timesPlanPricesAndSmallCountsAreNoBudget(text: String) {
    #expect(understand(text).budget == nil, "\(text): \(String(describing: understand(text).budget))")
}

@Test(arguments: [
    "I think this textbook should be rated 5 points", "scratch that one from the list", "that's not what I meant",
    "noodles one pack make it as takeaway", "this item should be removed from the list",
])
func phrasesThatOnlySometimesCorrectDoNotHere(text: String) {
    #expect(!understand(text).isCorrection, "\(text)")
}

@Test(arguments: ["the Growth plan is 49 a month", "Starter costs 19 per month", "pricing says 39 monthly for the pro plan"])
func productPricesWithoutCurrencyAreNeitherBudgetsNorNumbers(text: String) {
    let reading = understand(text)
    #expect(reading.budget == nil, "\(text)")
    #expect(reading.numbers.isEmpty, "\(text): \(reading.numbers)")
}

@Test(arguments: [("a company of 50", 50.0), ("we're an agency of 12", 12), ("50-ish people", 50), ("around 10 of us", 10),
                   // A plan's limit is no team (blind audit 64).
                   ("starter covers 3 people right? we are 2", 2), ("does growth include 5 users? we are 12 people", 12),
                   // …but a need's is: the plan asked for covers the team.
                   ("we need a plan that covers 12 people", 12), ("something that supports our 8 people", 8)])
func moreHeadCounts(text: String, count: Double) {
    let headCount = understand(text).headCount
    #expect(headCount?.value == count, "\(text)")
    #expect(headCount?.evidence == .explicit, "\(text)")
}

/// A range alone is a bare budget from its lower end (only the budget question takes it), no head count.
@Test(arguments: ["not sure honestly, maybe 100-150", "100 to 150", "maybe 100-150"])
func aRangeAloneIsABareBudget(text: String) {
    let reading = understand(text)
    #expect(reading.budget?.value == .object(["amount": 150, "min": 100, "currency": "USD"]), "\(text)")
    #expect(reading.budget?.evidence == .bare, "\(text)")
    #expect(reading.headCount == nil, "\(text)")
}

/// Members are a team only as "team members" / "staff members"; "2000 members" are customers.
@Test(arguments: [("12 team members", 12.0), ("5 staff members", 5)])
func teamMembersAreATeam(text: String, count: Double) {
    #expect(understand(text).headCount?.value == count, "\(text)")
    #expect(understand(text).headCount?.evidence == .explicit, "\(text)")
}

@Test func membersAloneAreNoTeam() {
    #expect(understand("we want SMS + email for about 2000 members").headCount?.evidence != .explicit)
}

@Test(arguments: ["make it 4pm Thursday instead", "can we move it to Friday 11am?", "reschedule to Monday at 3"])
func movingADateIsACorrection(text: String) {
    #expect(understand(text).isCorrection, "\(text)")
}

/// A sum the visitor works out and asks about checks a price: only the budget question takes it.
@Test(arguments: [
    "ok and with the 40% charity discount that would be about $11.40? how do we apply",
    "so 99 x 12 minus 20%... about 950 a year?", "the first one, with 40% is like 59 dollars?",
])
func aSumAskedAboutIsNoStatedBudget(text: String) {
    #expect(understand(text).budget?.evidence == .bare, "\(text): \(String(describing: understand(text).budget))")
    #expect(!understand(text).isCorrection, "\(text)")
}

@Test func aBudgetAskedAboutIsStillABudget() {
    #expect(understand("is a budget of $300 a month enough?").budget?.evidence == .explicit)
    #expect(understand("can we move it to Friday 11am?").isCorrection)
}

/// The visitor and the people they name: "me and my sister" is two (blind audit 11).
@Test(arguments: [
    ("just me and my sister", 2.0), ("me and my cofounder, so yes", 2), ("me and 2 managers", 3),
    ("it's just me", 1), ("we are 12 people", 12), ("about 5 in marketing", 5),
    // Blind audits 17 and 18.
    ("just me and 2 techs", 3), ("just me and one other teacher", 2), ("me and two more designers", 3),
    // Blind audit 46.
    ("12 stylists + me", 13), ("2 designers and myself", 3), ("its me plus 2 regional managers", 3),
    // A team counted in parts (blind audit 48).
    ("we're 6 devs + 2 marketers", 8), ("3 designers and 2 writers", 5), ("2 devs, 3 marketers, budget 300", 5),
])
func theVisitorAndTheirCompanionsAreCounted(text: String, count: Double) {
    #expect(understand(text).headCount?.value == count, "\(text): \(String(describing: understand(text).headCount))")
    #expect(understand(text).headCount?.evidence == .explicit, "\(text)")
}

@Test func peopleANewsletterIsSentToAreNoTeam() {
    #expect(understand("i want to send 3 newsletters a month to 200 ppl").headCount == nil)
    #expect(understand("we want to grow to 40 people").headCount?.value == 40)
}

/// The visitor counts too: "me and 1 trainer" is a team of two.
@Test(arguments: [("just me and 1 trainer", 2.0), ("me plus 3 freelancers", 4.0), ("it's me and 2 others", 3.0)])
func meAndOthersCountsTheVisitor(text: String, count: Double) {
    #expect(understand(text).headCount?.value == count, "\(text)")
}

/// A count expected later is no count of the team now: the numbers left are the ones to read.
@Test(arguments: [
    ("uhh around 6, maybe 7 by spring", [6.0]), ("we're 10 people now, 15 by next year", [10]),
    ("12 today, 20 by the end of the year", [12]), ("about 8, more later", [8]),
    ("3 by 4 metres", [3, 4]),
    // A second guess after a first (blind audit 39).
    ("umm like 4? maybe 5", [4]), ("4 or 5 of us", [4]), ("maybe 5", [5]),
])
func countsExpectedLaterAreLeftOut(text: String, numbers: [Double]) {
    let reading = understand(text)
    let read = (reading.headCount.map { [$0] } ?? []) + reading.numbers
    #expect(Set(read.map(\.value)) == Set(numbers), "\(text): \(read)")
}

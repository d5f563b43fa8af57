import Testing
@testable import ConciergeNLU

@Test(arguments: [
    "I already did that", "it still says wrong password", "that didn't help", "tried that, no luck",
    "did that, nothing happens", "same problem as before", "it's still not working", "doesnt work",
    "I did what you said, if anything it's still not working",
])
func reportsOfSomethingThatDidNotWork(text: String) {
    #expect(understand(text).reportsFailure, "\(text)")
}

@Test(arguments: [
    "where's the link to register??", "how do I reset my password?", "thanks, that worked", "ok great",
    "and can we downgrade later if it doesn't work out", "what if the reset link does not work?",
])
func messagesThatReportNoFailure(text: String) {
    #expect(!understand(text).reportsFailure, "\(text)")
}

@Test(arguments: ["it's working again, it was a plugin. thanks!", "never mind, all sorted", "works now, cheers"])
func reportsThatAProblemIsGone(text: String) {
    #expect(understand(text).reportsSuccess, "\(text)")
    #expect(!understand(text).reportsFailure, "\(text)")
}

@Test(arguments: [
    ("what was the link again?", true), ("can you repeat that", true), ("say that one more time", true),
    ("remind me, what did you say about SMS?", true), ("does the trial include SMS?", false),
    ("and do my templates stay when I change plan?", false),
])
func asksToHearSomethingAgain(text: String, asks: Bool) {
    #expect(understand(text).asksRepeat == asks, "\(text)")
}

@Test(arguments: [
    ("did you delete it?", true), ("are they gone now?", true), ("so is my email deleted?", true),
    ("have you erased my data?", true), ("ok did you actually remove the phone number?", true),
    ("how long will the deletion take?", false), ("did you delete my account?", false),
    ("can you delete my email?", false), ("delete my email", false), ("is it gone?", true),
])
func asksWhetherDetailsWereErased(text: String, asks: Bool) {
    #expect(understand(text).asksIfErased == asks, "\(text)")
}

@Test(arguments: [
    ("I changed my mind, don't contact me and remove my phone number", true), ("please leave me alone", true),
    ("please don't keep my phone number", false), ("contact me by email", false),
])
func aRefusalOfAnyContactIsRead(text: String, refuses: Bool) {
    #expect(understand(text).refusesContact == refuses, "\(text)")
}

@Test(arguments: [("delete all of it", true), ("cancel it please", true), ("Acme Corp", false), ("Stopwatch Ltd", false)])
func aFreeTextOpeningWithARequestVerbIsRead(text: String, request: Bool) {
    #expect(understand(text).freeTextIsRequest == request, "\(text)")
}

struct DetailsRow: Sendable, CustomTestStringConvertible {
    var text: String
    var erase: Set<Understanding.ContactDetail>
    var keep: Set<Understanding.ContactDetail>
    var testDescription: String { text }

    init(_ text: String, erase: Set<Understanding.ContactDetail>, keep: Set<Understanding.ContactDetail>) {
        self.text = text
        self.erase = erase
        self.keep = keep
    }
}

@Test(arguments: [
    DetailsRow("don't keep my number, email is fine", erase: [.phone], keep: [.email]),
    DetailsRow("please delete my phone but keep the email", erase: [.phone], keep: [.email]),
    DetailsRow("you can keep my email, just drop the mobile number", erase: [.phone], keep: [.email]),
    DetailsRow("delete my email and my name", erase: [.email, .name], keep: []),
    DetailsRow("my name and email are fine, remove the phone", erase: [.phone], keep: [.name, .email]),
    DetailsRow("delete everything", erase: [], keep: []),
    DetailsRow("actually please dont keep my phone number, email only", erase: [.phone], keep: [.email]),
    DetailsRow("yes, email only", erase: [.phone], keep: [.email]),
    DetailsRow("just my email please", erase: [.phone], keep: [.email]),
    DetailsRow("only delete my phone", erase: [.phone], keep: []),
    // A call asked for beside a number keeps the phone only; without a number, "call me" names no detail.
    DetailsRow("no thanks, just call me instead? 0176 5550199", erase: [.email], keep: [.phone]),
    DetailsRow("no. just call me on 0151 2345678 instead", erase: [.email], keep: [.phone]),
    DetailsRow("just call me Ana", erase: [], keep: []),
    DetailsRow("don't call me, email is fine", erase: [], keep: [.email]),
])
func contactDetailsToEraseAndToKeep(row: DetailsRow) {
    let reading = understand(row.text)
    #expect(reading.contactDetailsToErase == row.erase, "\(row.text)")
    #expect(reading.contactDetailsToKeep == row.keep, "\(row.text)")
}

// The company is no contact detail, but a visitor may ask for it to go (blind audit 66).
@Test(arguments: [
    ("actually no, please forget my name and company. just browsing", Understanding.CompanyErasure.withOtherDetails),
    ("delete my company name too", .companyOnly),
    ("please don't keep our company", .companyOnly),
    ("erase my details and company", .withOtherDetails),
    ("erase my email, and my company too", .withOtherDetails),
    ("forget me and my company", .withOtherDetails),
    ("forget the company name too please", .companyOnly),
])
func askingToForgetTheCompany(text: String, erasure: Understanding.CompanyErasure) {
    let reading = understand(text)
    #expect(reading.companyErasure == erasure, "\(text)")
    // "company name" names no detail of the person.
    if erasure == .companyOnly { #expect(reading.contactDetailsToErase.isEmpty, "\(text)") }
}

@Test(arguments: ["how do I remove spam from our business inbox", "no company, I'm a freelancer",
                  "my company is not on the list", "can I delete old contacts from my company account",
                  "delete my account, the company is closing", "we need a company email to sign up",
                  "how do I delete the company account"])
func notAskingToForgetTheCompany(text: String) {
    #expect(understand(text).companyErasure == nil, "\(text)")
}

@Test(arguments: ["you didn't answer, is my chat used to train AI models?", "that's not my problem, it was working before",
                  "that's not what I asked", "yes i checked spam. its been an hour", "I never got the reset email",
                  "didn't receive anything"])
func sayingTheAnswerMissedCountsAsAFailure(text: String) {
    #expect(understand(text).reportsFailure, "\(text)")
}

/// What the visitor says they are, as the words of the message (the spans cut out of it).
@Test(arguments: [
    ("we are a nonprofit association, 3 people. discount?", ["we are a nonprofit association"], [String]()),
    ("its for my personal blog not for uni", ["its for my personal blog"], ["for uni"]),
    ("im a student doing a blog", ["im a student doing a blog"], []),
    ("is there a student discount for me?", [], []),
    ("do you have charity pricing for us", [], []),
    ("how much is growth for a startup", [], []),
])
func whatTheVisitorSaysTheyAre(text: String, described: [String], denied: [String]) {
    let reading = understand(text)
    let scalars = Array(text.unicodeScalars)
    func words(_ spans: [Range<Int>]) -> [String] { spans.map { String(String.UnicodeScalarView(scalars[$0])) } }
    #expect(words(reading.selfDescriptions) == described, "\(text)")
    #expect(words(reading.selfDenials) == denied, "\(text)")
}

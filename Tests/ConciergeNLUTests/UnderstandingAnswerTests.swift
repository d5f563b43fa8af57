import Testing
@testable import ConciergeNLU

@Test(arguments: [
    // yes
    ("yes", Understanding.Answer.yes), ("yeah sure", .yes), ("ok go ahead", .yes), ("Yep!", .yes), ("yup", .yes),
    ("I make the decision", .yes), ("I'm the decision maker", .yes), ("im the decision-maker", .yes),
    ("that's me", .yes), ("thats me", .yes), ("it's my call", .yes), ("I do", .yes), ("correct", .yes),
    ("sure", .yes), ("ok", .yes), ("absolutely", .yes), ("of course", .yes), ("yes please", .yes),
    ("sounds good", .yes), ("no problem", .yes), ("sure, why not", .yes), ("I agree", .yes), ("👍", .yes),
    ("eh ok fine yes", .yes), ("me + cfo jointly", .yes),
    // A negated detail says how to be reached, not no (blind audit 40).
    ("yes but call dont email", .yes), ("yes but only for this, no marketing", .yes),
    ("yes. tom reyes. rather not give email, just call the number", .yes),
    ("I'm the head of marketing and I make the decision", .yes), ("yes I am", .yes), ("me", .yes),
    ("that would be me", .yes), ("I have the final say", .yes), ("yes, we're 12 people", .yes),
    // no
    ("no", .no), ("nope", .no), ("nah", .no), ("not now", .no), ("no thanks", .no), ("my boss decides", .no),
    ("not me", .no), ("someone else decides", .no), ("I'd rather not", .no), ("yes, but no thanks", .no),
    ("nah my boss decides", .no), ("I'm not the decision maker", .no), ("it's not my call", .no),
    ("I don't make the decisions", .no), ("the CEO does", .no), ("our cfo signs off", .no),
    ("I need to ask my manager", .no), ("it's up to my boss", .no), ("not really", .no), ("dont think so", .no),
    ("maybe later", .no), ("not interested", .no), ("I don't", .no), ("i recommend, my VP signs", .no),
    ("our ceo signs the contract", .no),
    // skip
    ("skip", .skip), ("pass", .skip), ("next", .skip), ("skip that", .skip), ("prefer not to say", .skip),
    ("I'd rather not say", .skip), ("next question please", .skip), ("no, skip it", .skip), ("n/a", .skip),
    ("can I skip this?", .skip), ("I don't want to give my phone number", .skip),
    ("just continue without company name", .skip), ("go on without it", .skip),
    // decline
    ("I don't want to fill this in", .decline), ("stop asking me questions", .decline), ("forget it", .decline),
    ("i'd rather not go through a questionnaire. just have someone email me", .decline),
    ("i told you i dont want to answer all this", .decline),
    ("I don't want to give my details", .decline), ("never mind", .decline), ("nvm", .decline),
    ("i dont want to fill in anything", .decline), ("no, I don't want to give you my details", .decline),
    ("tbh i just want a call back, dont wanna do a questionaire", .decline),
    // unsure
    ("not sure", .unsure), ("no idea", .unsure), ("don't know yet", .unsure), ("tbd", .unsure), ("whenever", .unsure), ("any time works", .unsure), ("no preference", .unsure),
    ("depends", .unsure), ("idk", .unsure), ("I'm not sure yet", .unsure), ("it depends", .unsure),
    ("dunno", .unsure), ("hard to say", .unsure), ("not sure tbh", .unsure), ("maybe", .unsure),
])
func answersAreRead(text: String, answer: Understanding.Answer) {
    #expect(understand(text).answer == answer, "\(text)")
}

@Test(arguments: [
    "yes, why do you need it?", "why do you need that", "I'm looking for a CRM for my team",
    "I don't know how to export my contacts from the dashboard", "what does Brightwave do?",
    "ok so we are a team of 12 and we need an email tool for our newsletters every week",
    "I'm the head of marketing", "no one told me about the price increase, can you explain why",
    "sure, it's Acme Corp", "Ana", "we are 12 people", "how much does the Growth plan cost",
    "please send me the pricing for the enterprise plan and a few case studies about retail customers",
    "next week works", "not sure what you mean", "I do need help with the import", "is it free?",
    "right now we use mailchimp", "the team does the onboarding itself", "not 12 but 30", "30, not 12",
])
func nonAnswersAreNotRead(text: String) {
    #expect(understand(text).answer == nil, "\(text): \(String(describing: understand(text).answer))")
}

@Test(arguments: [
    "yes, why do you need it?", "why do you need that", "do you have a free plan", "how much is it",
    "what is the price?", "is it free?", "Are you SOC 2 certified?", "can you call me tomorrow",
    "hi there, what does Brightwave actually do?", "so how does it work",
    "does growth include landing pages", "is sms part of growth", "did the payment go through",
    "is friday 11am ok?", "what about friday 11am?", "friday 11am works, is that in CET?",
    "where to download the invoice", "what to do if a campaign is stuck",
    "then what", "what now", "and what next",
])
func questionsAreQuestions(text: String) {
    #expect(understand(text).isQuestion, "\(text)")
}

@Test(arguments: ["sure, why not", "30?", "yes?", "I do", "how about 30", "we are 12", "do it", "will do", "can't say",
                  "friday 11am?", "Copperleaf Dental, I'm Marcus. next monday at 3?", "tomorrow morning?", "wed 10h?",
                  "not sure what to do", "who to ask is up to you", "what", "Acme. what", "what else we do is retail"])
func answersAreNotQuestions(text: String) {
    #expect(!understand(text).isQuestion, "\(text)")
}

@Test(arguments: [
    ("let's do it", Understanding.Answer.yes), ("yeah that's me", .yes), ("feel free", .yes), ("sure thing", .yes),
    ("I'm good", .no), ("no, I'm fine", .no), ("I'd prefer not to", .no), ("nop", .no), ("probably not", .no),
    ("I'll think about it", .unsure), ("yes and no", .unsure), ("probably", .unsure),
    ("stop", .decline), ("cancel", .decline), ("leave it", .skip), ("skip pls", .skip),
    ("I sign the contracts", .yes), ("it's a joint decision", .yes), ("yea sure", .yes), ("NO", .no),
    ("nah mate", .no), ("ok sure", .yes), ("Yes!", .yes),
])
func chatAnswersAreRead(text: String, answer: Understanding.Answer) {
    #expect(understand(text).answer == answer, "\(text)")
}

/// Everyday requests whose words also answer questions: "me", "please", "my boss", "correct" in
/// the middle of a request answer nothing.
@Test(arguments: [
    "book a train for me", "send an email to my boss", "search for the correct game", "traffic please",
    "I'm really enjoying this song", "you have got the answer exactly", "play thinking out loud next",
    "play the local r. n. b. radio station", "i am sorry but you have messed up with my request",
    "whatever is good", "Lets go far to The Wolseley in Maine", "i want to email my supervisor",
])
func requestsAreNoAnswers(text: String) {
    #expect(understand(text).answer == nil, "\(text): \(String(describing: understand(text).answer))")
}

/// A yes with details after it: "no phone" says which details (not no), and a "not" in a later
/// clause corrects a value ("the email should be d.ok@… not daniel").
@Test(arguments: [
    ("ok yes. Sofia Marchetti, sofia.m@vantagelogistics.com, no phone", Understanding.Answer.yes),
    ("yes. oh wait sorry, the email should be d.okafor@meridianhp.com not daniel.okafor", .yes),
    ("yes, but not now", .no), ("no, not really", .no), ("no phone", nil),
])
func yesWithDetailsIsRead(text: String, answer: Understanding.Answer?) {
    #expect(understand(text).answer == answer, "\(text)")
}

@Test(arguments: [
    ("sure - Jonas Weber, jonas.weber@riverbank-rescue.de", true), ("ok, ana@acme.com", true),
    ("yes. Sofia, sofia@acme.com", true), ("sure", false), ("ok whats the price", false),
    ("no - ana@acme.com", false), ("Jonas, sure", false),
])
func openingYesIsRead(text: String, opens: Bool) {
    #expect(understand(text).opensWithYes == opens, "\(text)")
}

@Test(arguments: [
    ("Sofia, sofia@acme.com, no phone", true), ("no email, just sms", false), ("no phone", false),
    ("ana@acme.com, please don't keep my phone", true), ("I'd rather not give a phone number", true),
    ("I don't want to share my phone number", true), ("we don't need phone support", false),
    ("ingrid@hb-logistics.no, phone not needed", true), ("phone not needed", false),
])
func bareRefusalOfADetailCountsBesideDetails(text: String, refuses: Bool) {
    #expect(understand(text).refusesContactDetails == refuses, "\(text)")
}

/// Which details a message turns down: a detail named with no word of removal is given, not
/// refused; a clause going on from a removal ("and my email too") removes as well.
@Test(arguments: [
    ("oops email is claire@maison-verte.fr with a dash sorry. no phone", [Understanding.ContactDetail.phone]),
    ("delete my phone, and my email too", [.phone, .email]), ("my email is ana@acme.com", []),
    ("no phone, email is ana@acme.com", [.phone]), ("delete my phone but keep the email", [.phone]),
])
func detailsToEraseAreTheOnesRefused(text: String, erase: [Understanding.ContactDetail]) {
    #expect(understand(text).contactDetailsToErase == Set(erase), "\(text)")
}

@Test(arguments: [
    ("yes. but is a german demo possible?", true), ("yeah, what happens next?", true), ("great, what happens next?", false),
    ("ok, what happens to my email?", false), ("yes? what do you mean", false), ("yes", false), ("is it yes or no?", false),
])
func aPlainYesBeforeAQuestionIsRead(text: String, yesFirst: Bool) {
    #expect(understand(text).yesBeforeQuestion == yesFirst, "\(text)")
}

@Test(arguments: [
    ("no. do you sell pizza", true), ("nope, what else can you do?", true), ("no", false),
    ("no thanks", false), ("not now. what's the price?", true), ("no? why not", false),
])
func aPlainNoBeforeMoreIsRead(text: String, noFirst: Bool) {
    #expect(understand(text).opensWithNo == noFirst, "\(text)")
}

/// "sure. name is Tom Ashdown" to the consent question: a yes of its own sentence, then the name.
@Test func aYesThenTheNameItAsksFor() {
    let reading = understand("sure. name is Tom Ashdown")
    #expect(reading.opensWithYes)
    #expect(reading.personName?.value == "Tom Ashdown")
    #expect(reading.answer == nil, "\(String(describing: reading.answer))")
}

/// A name said to be the visitor's after it: "…, Tomas Berger is me".
@Test(arguments: [
    ("wait the company is Berger Bikes, Tomas Berger is me", "Tomas Berger"), ("Ana Lopez is my name", "Ana Lopez"),
])
func aNameSaidToBeMineIsRead(text: String, name: String) {
    #expect(understand(text).personName?.value == name, "\(text)")
}

@Test(arguments: ["Growth is my plan", "this is me asking again", "Berger Bikes is my company"])
func otherThingsSaidToBeMineAreNoName(text: String) {
    #expect(understand(text).personName == nil, "\(text)")
}

/// A "not sure" or a "skip" in a clause of its own before more (blind audit 42).
@Test(arguments: [
    ("not sure. whats a typical price for that?", true), ("skip. how long is the trial?", true),
    ("not sure", false), ("I'm not sure what you mean", false), ("yes. how much is it?", false),
])
func anUnsureBeforeMoreIsRead(text: String, unsureFirst: Bool) {
    #expect(understand(text).opensWithUnsure == unsureFirst, "\(text)")
}

/// "or not" ending a question asks; it says no to nothing (blind audit 43).
@Test(arguments: ["so will u call or not", "is it included or not?"])
func orNotAsksBack(text: String) {
    #expect(understand(text).answer != .no, "\(text)")
}

/// No company to name, or none the visitor will say (blind audits 29 and 43).
@Test(arguments: [
    ("im a freelancer, no company. just book it", true), ("self-employed", true),
    ("id rather not say the company name", true), ("no just skip the company q", true),
    ("our company is Acme", false), ("a company like ours", false),
])
func noCompanyToNameIsRead(text: String, says: Bool) {
    #expect(understand(text).saysNoCompany == says, "\(text)")
}

/// A company not named names no company from the words after its cue (blind audit 61 stored "yet").
@Test(arguments: ["I would rather not say the company name yet", "company name already given", "not giving the company name anyway"])
func companyNotNamedIsNoCompany(text: String) {
    #expect(understand(text).company == nil, "\(text)")
}

/// Which price a message asks: none, a month's, or a year's (blind audits 53 and 54).
@Test(arguments: [
    ("how much is growth?", true, false), ("so growth yearly would be how much exactly", true, true),
    ("yearly total for growth?", true, true), ("what's the annual price of mail pro?", true, true),
    ("add crm sync on top of growth, total?", true, false), ("we go live next year", false, false),
    ("12 people in total on growth", false, false),
    ("what if we pay yearly for growth?", true, true), ("whats the actual number for growth yearly?", true, true),
    ("growth yearly, total", true, true), ("we pay monthly now and want growth next year", false, false),
])
func priceQuestionsAreRead(text: String, price: Bool, yearly: Bool) {
    #expect(understand(text).asksPrice == price, "\(text)")
    #expect(understand(text).asksYearlyPrice == yearly, "\(text)")
}

/// A percentage off a price, and the price question it makes (blind audits 63 and 64 asked
/// "mail pro with 40% off would be what?" and got no figure).
@Test(arguments: [
    ("so mail pro with 40% off would be what?", 40.0 as Double?, true), ("growth minus 30 percent, how much", 30, true),
    ("is there a 30% discount for startups?", 30, true), ("our opens dropped 30%, why?", nil, false),
    ("mail starter + pages = ?", nil, true), ("we grew 40% last year", nil, false),
    ("with the 40% and paying yearly, total?", 40, true),
])
func percentagesOffAreRead(text: String, percent: Double?, price: Bool) {
    #expect(understand(text).percentOff == percent, "\(text)")
    #expect(understand(text).asksPrice == price, "\(text)")
}

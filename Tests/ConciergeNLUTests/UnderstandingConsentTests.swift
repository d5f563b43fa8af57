import Testing
@testable import ConciergeNLU

/// Consent given in words, unasked ("… and yes you may store it"), and only then.
@Test(arguments: [
    "I want my demo moved to friday. the email is tom.reyes@hartwell.org and yes you may store it",
    "ok fine, you can keep my email. jules@paperplane.studio. remind me next week",
    "Yes you can keep my details. We want email automation",
    "feel free to contact me at ana@acme.com", "I agree", "you have my consent", "happy to be contacted",
    "my account email is d.okafor@ridgeway.com, you can pass it on", "please store my number",
    "you can use my email for that", "yes consent", "yes, I consent", "agreed",
    "Lena, lena@studiolena.com, Studio Lena, ok to keep", "email me at mia.k@shopmia.de, ok to store",
    "Priya Nair, priya@kettleandco.com, tomorrow 2pm, yes store my info",
])
func consentGivenInWords(text: String) {
    #expect(understand(text).grantsConsent, "\(text)")
}

@Test(arguments: [
    "no, you can't keep my email", "don't store my number", "I don't agree", "can you keep my email?",
    "you can call me Ana", "you can use it for free?", "you can use Slack with it", "I agree the price is high",
    "please give me the price", "my email is ana@acme.com", "we need email automation",
    "no consent for the newsletter", "what is consent for?", "is it ok to store my data in the EU?",
    "not ok to store", "yes store locations in the US",
])
func noConsentInWords(text: String) {
    #expect(!understand(text).grantsConsent, "\(text)")
}

/// The clause that gives consent is no part of a need, a name or a company.
@Test func theConsentClauseIsNoFreeText() {
    let reading = understand("Yes you can keep my details. We want email automation for our shops")
    #expect(reading.freeTextBeyondFacts == "We want email automation for our shops")
}

@Test(arguments: [
    ("does Growth include SMS?", true), ("is the chat widget part of Starter?", true),
    ("does the chat tool come with a chatbot?", true), ("can I get SSO on the starter plan?", true),
    ("does enterprise have landing pages and sso?", true), ("what does growth cost?", false),
    ("we need a plan that includes SMS", false), ("do you do A/B testing", true),
    ("does growth include landing pages", true), ("can we move it to Friday 11am?", false),
    // What the trial includes is the trial's question (blind audit 39).
    ("does the trial include sms?", false), ("does the free trial include sms", false),
    // "do" after "does" or "can" and a product (blind audit 45), not a plan of the visitor's.
    ("does growth do sms?", true), ("does the starter plan do landing pages?", true),
    ("can we do wed afternoon instead?", false),
    // A verb of a statement, or "get" of another meaning (blind audit 46).
    ("i'm not an account owner, just got your newsletter. how do i get off your list and deleted", false),
    ("how do i get started with sms?", false),
    // "is there" asks what is offered (blind audit 47).
    ("ok and is there an ab testing thing for emails", true),
    // Looking for a product, or asking about a person's details (blind audits 51 and 53).
    ("is there anything with sms under 40?", false), ("where did you get my email from??", false),
    ("do you have my address", false),
])
func questionsAboutWhatSomethingIncludes(text: String, asks: Bool) {
    #expect(understand(text).asksInclusion == asks, "\(text)")
}

/// An inclusion asked of the company, not of a product (blind audit 40).
@Test(arguments: [
    ("do you do sms + email in one place?", true), ("do you have a chatbot?", true),
    ("does growth include sms?", false), ("is the chat widget part of Starter?", false),
])
func inclusionsAskedOfTheCompany(text: String, ofCompany: Bool) {
    #expect(understand(text).asksInclusionOfCompany == ofCompany, "\(text)")
}

/// A message that ends by taking leave (blind audit 46 suggested products to "ok emailing privacy. bye").
@Test(arguments: [
    ("ok emailing privacy. bye", true), ("thanks, cya", true), ("bye for now", true),
    ("newsletters mostly, maybe sms later", false), ("bye?", false), ("how do I say goodbye to a contact in a campaign", false),
])
func farewellsAreRead(text: String, farewell: Bool) {
    #expect(understand(text).endsWithFarewell == farewell, "\(text)")
}

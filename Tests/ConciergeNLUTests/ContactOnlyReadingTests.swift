import Testing
@testable import ConciergeNLU

/// A message that only gives contact details wants to be contacted: "email" in it is no need.
@Test(arguments: [
    "my email is ana@acme.com", "you can reach me at +44 7700 900123", "Ana, ana@acme.com",
    "email me at ana@acme.com", "here's my number: 415 555 0132", "hi, I'm Ana, ana@acme.com or +1 415 555 0132",
    "ana@acme.com", "my work email is ana@acme.com, thanks",
    "ok I changed my mind, you can store it. Sofia Keller, sofia@example.ch",
])
func contactDetailsAlone(text: String) {
    #expect(understand(text).givesContactDetailsOnly, "\(text)")
}

@Test(arguments: [
    "send the pricing to ana@acme.com", "i need email campaigns, my email is a@b.com", "my email is ana@acme.com, we're 12 people",
    "can you change my email to ana@acme.com?", "delete ana@acme.com", "we need email campaigns", "my email is",
])
func contactDetailsWithMore(text: String) {
    #expect(!understand(text).givesContactDetailsOnly, "\(text)")
}

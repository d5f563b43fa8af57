import ConciergeDialog
import Testing

@Suite struct PersonalDataErasureTests {
    static let erasure = PersonalDataErasure(values: ["email": "ana@acme.com", "name": "Ana Lopez", "phone": "+447700900123"])

    @Test(arguments: [
        ("my email is Ana@Acme.COM", "my email is [email]"),
        ("I'm ana lopez from Acme", "I'm [name] from Acme"),
        ("call +44 7700 900123 after 5", "call [phone] after 5"),
        ("or 07700 900123", "or [phone]"),           // national form: trunk 0, no country code
        ("ring 7700-900-123", "ring [phone]"),
        ("my other one is +44 7700 900999", "my other one is +44 7700 900999"),
        ("we are 12 people, budget 300", "we are 12 people, budget 300"),
        ("Ana", "Ana"),                               // part of a value is not the value
        ("ANA LOPEZ.", "[name]."),
        ("Ana Lopezova", "Ana Lopezova"),             // nor a longer word that starts with it
    ])
    func masksTheValuesAsPeopleWriteThem(text: String, expected: String) {
        #expect(Self.erasure.mask(text) == expected)
    }
}

import Testing
@testable import ConciergeNLU

/// A person asked for in another language: the bot cannot answer it, a person may speak it.
@Test(arguments: [
    ("Guten Tag, ich möchte mit einem Mitarbeiter sprechen", true), ("quiero hablar con una persona", true),
    ("je voudrais parler à quelqu'un", true), ("Olá, preciso falar com um atendente", true),
    ("hola, cuánto cuesta?", false), ("wie viel kostet das?", false), ("I want to talk to a person", false),
])
func aPersonAskedForInAnotherLanguage(text: String, asks: Bool) {
    #expect(understand(text).asksForPersonInOwnLanguage == asks, "\(text)")
}

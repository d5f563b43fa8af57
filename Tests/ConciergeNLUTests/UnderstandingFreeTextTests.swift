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
])
func freeTextDropsLeadIns(text: String, free: String) {
    #expect(understand(text).freeText == free, "\(text): \(String(describing: understand(text).freeText))")
}

@Test(arguments: [
    "skip", "yes", "no", "nope", "not sure", "I don't want to fill this in", "why do you need my name?",
    "what does it cost", "hi", "hello there", "this is useless, I hate this bot", "", "...", "yes please",
    "ok", "no thanks", "prefer not to say", "good morning!", "idk", "yo whats up", "hey guys",
])
func freeTextIsNilForNonAnswers(text: String) {
    #expect(understand(text).freeText == nil, "\(text): \(String(describing: understand(text).freeText))")
}

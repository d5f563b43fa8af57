import Testing
@testable import ConciergeNLU

@Test(arguments: [
    ("bakery chain \"Kornfeld\", 11 shops", "Kornfeld"),
    ("we're „Blauer Hase“ in Leipzig", "Blauer Hase"),
    ("a studio called “Sun & Salt”", "Sun & Salt"),
    ("it's «Le Petit Four»", "Le Petit Four"),
])
func aNameInQuotationMarksIsRead(text: String, name: String) {
    #expect(understand(text).quotedName?.value == name, "\(text)")
}

@Test(arguments: [
    "bakery chain Kornfeld, 11 shops", "it says \"500\"", "an unclosed \"quote here",
    "\"this is a very long quoted sentence of many words\"", "5'11\" tall",
])
func noNameIsQuoted(text: String) {
    #expect(understand(text).quotedName == nil, "\(text): \(String(describing: understand(text).quotedName?.value))")
}

@Test func theQuotedNameSpansItsWordsInTheMessage() throws {
    let text = "bakery chain \"Kornfeld\", 11 shops"
    let name = try #require(understand(text).quotedName)
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[name.start..<name.end])) == "Kornfeld")
}

import ConciergeBot
@testable import ConciergeLoader
import Testing

private func parsed(_ raw: String) throws -> AnnotationParser.Parsed {
    try AnnotationParser.parse(raw).get()
}

private func errors(_ raw: String) -> [AnnotationParser.SyntaxError] {
    guard case .failure(let failure) = AnnotationParser.parse(raw) else { return [] }
    return failure.errors
}

@Test func plainTextHasNoAnnotations() throws {
    let result = try parsed("how much does it cost")
    #expect(result.text == "how much does it cost")
    #expect(result.annotations.isEmpty)
}

@Test func annotationIsRemovedAndKeptAsSpan() throws {
    let result = try parsed("we are [40](team_size) people")
    #expect(result.text == "we are 40 people")
    #expect(result.annotations == [SlotAnnotation(slot: "team_size", value: "40", start: 7, end: 9)])
    #expect(result.slotOffsets == [12])
}

@Test func offsetsCountUnicodeScalars() throws {
    let result = try parsed("café 👋🏽 [Zoë Ltd](company) and [growth](plan)")
    #expect(result.text == "café 👋🏽 Zoë Ltd and growth")
    let scalars = Array(result.text.unicodeScalars)
    for annotation in result.annotations {
        #expect(String(String.UnicodeScalarView(scalars[annotation.start..<annotation.end])) == annotation.value)
    }
    #expect(result.annotations.map(\.start) == [8, 20])
}

@Test func escapesAreLiteral() throws {
    let result = try parsed(#"a \[note\] \(aside\) [x\]y](slot) \\ \q"#)
    #expect(result.text == #"a [note] (aside) x]y \ \q"#)
    #expect(result.annotations == [SlotAnnotation(slot: "slot", value: "x]y", start: 17, end: 20)])
}

@Test func parenthesesOutsideAnnotationsAreText() throws {
    #expect(try parsed("pricing (monthly) please").text == "pricing (monthly) please")
}

@Test func slotNameIsTrimmed() throws {
    #expect(try parsed("[40]( team_size )").annotations.first?.slot == "team_size")
}

@Test(arguments: [
    ("price for [40 people", "unterminated annotation", 10),
    ("a [[40](n)](team_size)", "nested '['", 3),
    ("a [40] people", "needs a slot name", 5),
    ("a [](team_size)", "empty annotation", 2),
    ("a [40]() people", "empty slot name", 6),
    ("a [40](team_size people", "unterminated slot name", 6),
    ("a 40] people", "unmatched ']'", 4),
])
func annotationErrors(raw: String, message: String, offset: Int) {
    let found = errors(raw)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.message.contains(message) == true, "\(found)")
    #expect(found.first?.offset == offset)
}

@Test func everyErrorOfAnExampleIsReported() {
    #expect(errors("[a] and [](x) and ]").map(\.offset) == [2, 8, 18])
}

import Foundation
import Testing

@testable import ConciergeEntities
import ConciergeJSON

/// Sunday 2026-11-22 10:00 UTC: the fixed "now" of every test.
let sundayNow = Date(timeIntervalSince1970: 1_795_341_600)
let extractor = BuiltinEntityExtractor(now: sundayNow)

/// One table row: the whole output of `extract(from: input)` must be exactly one match.
///
/// `start` is given explicitly when the matched text occurs more than once; otherwise it is the
/// scalar offset of the first occurrence of `text` in `input`.
struct Expect: CustomTestStringConvertible, Sendable {
    let input: String
    let entity: BuiltinEntity
    let value: JSONValue
    let text: String
    let start: Int

    init(_ input: String, _ entity: BuiltinEntity, _ value: JSONValue, _ text: String, at start: Int? = nil) {
        self.input = input
        self.entity = entity
        self.value = value
        self.text = text
        self.start = start ?? scalarOffset(of: text, in: input)
    }

    var expected: EntityMatch {
        EntityMatch(entity: entity.rawValue, value: value, text: text, start: start, end: start + text.unicodeScalars.count)
    }

    var testDescription: String { "\"\(input)\" → \(entity) \(text)" }
}

/// One near-miss row: `input` must yield no match of `entity` (nil: no match at all).
struct Miss: CustomTestStringConvertible, Sendable {
    let input: String
    let entity: BuiltinEntity?
    init(_ input: String, _ entity: BuiltinEntity? = nil) {
        self.input = input
        self.entity = entity
    }
    var testDescription: String { "\"\(input)\" ↛ \(entity.map { "\($0)" } ?? "anything")" }
}

func scalarOffset(of needle: String, in haystack: String) -> Int {
    let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
    guard !n.isEmpty, n.count <= h.count else { return -1 }
    for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
    return -1
}

func check(_ row: Expect) {
    #expect(row.start >= 0, "expected text not found in input")
    #expect(extractor.extract(from: row.input) == [row.expected])
}

func check(_ row: Miss) {
    let found = extractor.extract(from: row.input)
    if let entity = row.entity {
        #expect(!found.contains { $0.entity == entity.rawValue }, "\(found)")
    } else {
        #expect(found.isEmpty, "\(found)")
    }
}

/// Extraction on adversarial `input` returns (a super-linear grammar would hang, and CI's time
/// limit ends a hung run) with every match inside the text.
func checkFinishesWithSpansInBounds(_ input: String) {
    let count = input.unicodeScalars.count
    for m in extractor.extract(from: input) {
        #expect(m.start >= 0 && m.start < m.end && m.end <= count)
    }
}

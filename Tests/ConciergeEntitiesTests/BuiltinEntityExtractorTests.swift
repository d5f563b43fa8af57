import Foundation
import Testing

@testable import ConciergeEntities
import ConciergeJSON

func match(_ entity: BuiltinEntity, _ value: JSONValue, _ text: String, _ start: Int) -> EntityMatch {
    EntityMatch(entity: entity.rawValue, value: value, text: text, start: start, end: start + text.unicodeScalars.count)
}

struct Sentence: CustomTestStringConvertible, Sendable {
    let input: String
    let matches: [EntityMatch]
    init(_ input: String, _ matches: [EntityMatch]) {
        self.input = input
        self.matches = matches
    }
    var testDescription: String { input }
}

@Suite struct BuiltinEntityExtractorTests {
    static let sentences: [Sentence] = [
        Sentence("", []),
        Sentence("hello, how are you?", []),
        Sentence("we are forty people with a $20k budget", [
            match(.number, 40, "forty", 7), match(.money, usd(20000), "$20k", 27),
        ]),
        Sentence("Mail Ana@Example.com or call 555-123-4567 tomorrow", [
            match(.email, "ana@example.com", "Ana@Example.com", 5),
            match(.phone, "+15551234567", "555-123-4567", 29),
            match(.date, "2026-11-23", "tomorrow", 42),
        ]),
        Sentence("20 grand a year, starting next quarter", [
            match(.money, usd(20000, "year"), "20 grand a year", 0),
            match(.date, range("2027-01-01", "2027-03-31"), "next quarter", 26),
        ]),
        Sentence("give me 20% off for 3 months", [
            match(.percentage, 20, "20%", 8), match(.duration, 7_776_000, "3 months", 20),
        ]),
        Sentence("the 2nd demo at 3pm", [match(.ordinal, 2, "2nd", 4), match(.time, "15:00", "3pm", 16)]),
        Sentence("see acme.com — 😀 — 12 seats", [
            match(.url, "acme.com", "acme.com", 4), match(.number, 12, "12", 19),
        ]),
        Sentence("résumé: 3 años, ¿ok? 5", [match(.number, 3, "3", 8), match(.number, 5, "5", 21)]),
        Sentence("1 2 3", [match(.number, 1, "1", 0), match(.number, 2, "2", 2), match(.number, 3, "3", 4)]),
        Sentence("$20k USD and €5", [
            match(.money, usd(20000), "$20k USD", 0), match(.money, money(5, "EUR"), "€5", 13),
        ]),
        Sentence("in two weeks for two weeks", [
            match(.date, "2026-12-06", "in two weeks", 0), match(.duration, 1_209_600, "two weeks", 17),
        ]),
    ]

    @Test(arguments: sentences) func sentence(_ row: Sentence) {
        #expect(extractor.extract(from: row.input) == row.matches)
    }

    @Test func onlyFiltersResolvedMatches() {
        let text = "$20k for 40 people next week"
        #expect(extractor.extract(from: text, only: [.number]) == [match(.number, 40, "40", 9)])
        #expect(extractor.extract(from: text, only: [.money, .date]).map(\.entity) == ["money", "date"])
        #expect(extractor.extract(from: text, only: []) == [])
    }

    @Test func timeZoneShiftsToday() throws {
        // 10:00 UTC on Sunday is already Monday 00:00 in UTC+14.
        let kiritimati = try #require(TimeZone(secondsFromGMT: 14 * 3600))
        let late = BuiltinEntityExtractor(now: sundayNow, timeZone: kiritimati)
        #expect(late.extract(from: "today").first?.value == "2026-11-23")
        let honolulu = try #require(TimeZone(secondsFromGMT: -10 * 3600))
        #expect(BuiltinEntityExtractor(now: sundayNow, timeZone: honolulu).extract(from: "in 2 hours").first?.value
            == "2026-11-22T02:00")
    }

    @Test func defaultCurrencyAppliesToColloquialWords() {
        let euro = BuiltinEntityExtractor(now: sundayNow, defaultCurrency: "EUR")
        #expect(euro.extract(from: "20 grand").first?.value == money(20000, "EUR"))
        #expect(euro.extract(from: "$20").first?.value == usd(20))
    }
}

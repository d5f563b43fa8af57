import Testing

@testable import ConciergeEntities

@Suite struct NumberGrammarTests {
    static let rows: [Expect] = [
        Expect("we are 40 people", .number, 40, "40"),
        Expect("we are forty people", .number, 40, "forty"),
        Expect("1,200.50 units", .number, 1200.5, "1,200.50"),
        Expect("about 3.5 on average", .number, 3.5, "3.5"),
        Expect("twenty-five seats", .number, 25, "twenty-five"),
        Expect("two hundred and fifty seats", .number, 250, "two hundred and fifty"),
        Expect("a dozen licenses", .number, 12, "a dozen"),
        Expect("a couple licenses", .number, 2, "a couple"),
        Expect("three million users", .number, 3_000_000, "three million"),
        Expect("1.5k users", .number, 1500, "1.5k"),
        Expect("2m users", .number, 2_000_000, "2m"),
        Expect("10K users", .number, 10000, "10K"),
    ]

    @Test(arguments: rows) func numbers(_ row: Expect) { check(row) }
}

import Testing

@testable import ConciergeEntities

@Suite struct NumberGrammarTests {
    static let numbers: [Expect] = [
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
        Expect("0 issues", .number, 0, "0"),
        Expect("zero issues", .number, 0, "zero"),
        Expect("eleven agents", .number, 11, "eleven"),
        Expect("nineteen agents", .number, 19, "nineteen"),
        Expect("ninety nine agents", .number, 99, "ninety nine"),
        Expect("one hundred agents", .number, 100, "one hundred"),
        Expect("a hundred agents", .number, 100, "a hundred"),
        Expect("a thousand agents", .number, 1000, "a thousand"),
        Expect("a million users", .number, 1_000_000, "a million"),
        Expect("two thousand and five", .number, 2005, "two thousand and five"),
        Expect("three hundred thousand", .number, 300_000, "three hundred thousand"),
        Expect("1,000,000 rows", .number, 1_000_000, "1,000,000"),
        Expect("20,000 emails", .number, 20000, "20,000"),
        Expect("0.75 of it", .number, 0.75, "0.75"),
        Expect("3 million users", .number, 3_000_000, "3 million"),
        Expect("1.5 million users", .number, 1_500_000, "1.5 million"),
        Expect("20 thousand users", .number, 20000, "20 thousand"),
        Expect("2 hundred users", .number, 200, "2 hundred"),
        Expect("3bn in revenue", .number, 3e9, "3bn"),
        Expect("1999 people", .number, 1999, "1999"),
        Expect("iPhone 15", .number, 15, "15"),
        Expect("FORTY TWO people", .number, 42, "FORTY TWO"),
        Expect("Forty-Two people", .number, 42, "Forty-Two"),
        Expect("seats: 12.", .number, 12, "12"),
        Expect("(12) seats", .number, 12, "12"),
        Expect("two dozen seats", .number, 24, "two dozen"),
        Expect("a couple of seats", .number, 2, "a couple of"),
        Expect("sixty-seven seats", .number, 67, "sixty-seven"),
        Expect("seven hundred", .number, 700, "seven hundred"),
        Expect("un café pour 12 personnes", .number, 12, "12"),
        Expect("😀 12 😀", .number, 12, "12"),
        Expect("12345", .number, 12345, "12345"),
        Expect("we have 3x more", .number, 3, "3"),
    ]

    static let ordinals: [Expect] = [
        Expect("the 3rd option", .ordinal, 3, "3rd"),
        Expect("the 21st plan", .ordinal, 21, "21st"),
        Expect("the 2nd plan", .ordinal, 2, "2nd"),
        Expect("the 4th plan", .ordinal, 4, "4th"),
        Expect("the third option", .ordinal, 3, "third"),
        Expect("the twenty-first option", .ordinal, 21, "twenty-first"),
        Expect("the first plan", .ordinal, 1, "first"),
        Expect("the second plan", .ordinal, 2, "second"),
        Expect("my fifth attempt", .ordinal, 5, "fifth"),
        Expect("the twelfth seat", .ordinal, 12, "twelfth"),
        Expect("the twentieth seat", .ordinal, 20, "twentieth"),
        Expect("the hundredth seat", .ordinal, 100, "hundredth"),
        Expect("the ninety-ninth seat", .ordinal, 99, "ninety-ninth"),
        Expect("THIRD time", .ordinal, 3, "THIRD"),
        Expect("the 100th seat", .ordinal, 100, "100th"),
    ]

    static let misses: [Miss] = [
        Miss("version 1.2.3"),
        Miss("upgrade to v2.0"),
        Miss("a 1-on-1 call"),
        Miss("support 24/7"),
        Miss("e.g. this"),
        Miss("k"),
        Miss("hello there"),
        Miss("mp3 files"),
        Miss("ip 192.168.0.1 is down"),
        Miss("wait a second", .ordinal),
        Miss("per second", .ordinal),
        Miss("thousand", .number),
        Miss("a few", .number),
        Miss("someone", .number),
        Miss("often", .number),
    ]

    @Test(arguments: numbers) func number(_ row: Expect) { check(row) }
    @Test(arguments: ordinals) func ordinal(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }
}

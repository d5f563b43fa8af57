import Testing

@testable import ConciergeEntities

@Suite struct OrdinalGrammarTests {
    static let digits: [Expect] = [
        Expect("1st", .ordinal, 1, "1st"),
        Expect("the 2nd plan", .ordinal, 2, "2nd"),
        Expect("the 3rd option", .ordinal, 3, "3rd"),
        Expect("the 4th plan", .ordinal, 4, "4th"),
        Expect("11th", .ordinal, 11, "11th"),
        Expect("12th", .ordinal, 12, "12th"),
        Expect("13th", .ordinal, 13, "13th"),
        Expect("the 21st plan", .ordinal, 21, "21st"),
        Expect("22nd", .ordinal, 22, "22nd"),
        Expect("23rd", .ordinal, 23, "23rd"),
        Expect("31ST", .ordinal, 31, "31ST"),
        Expect("42nd street", .ordinal, 42, "42nd"),
        Expect("the 100th seat", .ordinal, 100, "100th"),
        Expect("101st", .ordinal, 101, "101st"),
        Expect("1000th customer", .ordinal, 1000, "1000th"),
        Expect("21st century", .ordinal, 21, "21st"),
        Expect("the 1,000th customer", .ordinal, 1000, "1,000th"),
        Expect("(2nd)", .ordinal, 2, "2nd"),
    ]

    static let words: [Expect] = [
        Expect("the first plan", .ordinal, 1, "first"),
        Expect("the second plan", .ordinal, 2, "second"),
        Expect("the third option", .ordinal, 3, "third"),
        Expect("fourth", .ordinal, 4, "fourth"),
        Expect("my fifth attempt", .ordinal, 5, "fifth"),
        Expect("sixth", .ordinal, 6, "sixth"),
        Expect("seventh", .ordinal, 7, "seventh"),
        Expect("eighth", .ordinal, 8, "eighth"),
        Expect("ninth", .ordinal, 9, "ninth"),
        Expect("tenth", .ordinal, 10, "tenth"),
        Expect("eleventh", .ordinal, 11, "eleventh"),
        Expect("the twelfth seat", .ordinal, 12, "twelfth"),
        Expect("fifteenth", .ordinal, 15, "fifteenth"),
        Expect("nineteenth", .ordinal, 19, "nineteenth"),
        Expect("the twentieth seat", .ordinal, 20, "twentieth"),
        Expect("thirtieth", .ordinal, 30, "thirtieth"),
        Expect("fiftieth", .ordinal, 50, "fiftieth"),
        Expect("ninetieth", .ordinal, 90, "ninetieth"),
        Expect("the twenty-first option", .ordinal, 21, "twenty-first"),
        Expect("twenty first", .ordinal, 21, "twenty first"),
        Expect("twentyfirst", .ordinal, 21, "twentyfirst"),
        Expect("twenty-second", .ordinal, 22, "twenty-second"),
        Expect("the twenty second floor", .ordinal, 22, "twenty second"),
        Expect("twenty third", .ordinal, 23, "twenty third"),
        Expect("twenty fifth", .ordinal, 25, "twenty fifth"),
        Expect("twentyfifth", .ordinal, 25, "twentyfifth"),
        Expect("thirty-first", .ordinal, 31, "thirty-first"),
        Expect("thirty first", .ordinal, 31, "thirty first"),
        Expect("thirtyfirst", .ordinal, 31, "thirtyfirst"),
        Expect("forty-second", .ordinal, 42, "forty-second"),
        Expect("forty second", .ordinal, 42, "forty second"),
        Expect("fortysecond", .ordinal, 42, "fortysecond"),
        Expect("seventy-seventh", .ordinal, 77, "seventy-seventh"),
        Expect("eighty eighth", .ordinal, 88, "eighty eighth"),
        Expect("the ninety-ninth seat", .ordinal, 99, "ninety-ninth"),
        Expect("the hundredth seat", .ordinal, 100, "hundredth"),
        Expect("one hundredth", .ordinal, 100, "one hundredth"),
        Expect("hundred and first", .ordinal, 101, "hundred and first"),
        Expect("one hundred and first", .ordinal, 101, "one hundred and first"),
        Expect("hundred and third", .ordinal, 103, "hundred and third"),
        Expect("one hundred third", .ordinal, 103, "one hundred third"),
        Expect("two hundredth", .ordinal, 200, "two hundredth"),
        Expect("two hundred and twenty-second", .ordinal, 222, "two hundred and twenty-second"),
        Expect("thousandth", .ordinal, 1000, "thousandth"),
        Expect("one thousandth visitor", .ordinal, 1000, "one thousandth"),
        Expect("two thousand and first", .ordinal, 2001, "two thousand and first"),
        Expect("millionth", .ordinal, 1_000_000, "millionth"),
        Expect("THIRD time", .ordinal, 3, "THIRD"),
        Expect("Twenty-Third", .ordinal, 23, "Twenty-Third"),
        Expect("first of all", .ordinal, 1, "first"),
        Expect("3rd-party", .ordinal, 3, "3rd"),
    ]

    static let misses: [Miss] = [
        Miss("wait a second", .ordinal),
        Miss("per second", .ordinal),
        Miss("just a second", .ordinal),
        Miss("one second please", .ordinal),
        Miss("every second", .ordinal),
        Miss("Q3", .ordinal),
        Miss("3 people", .ordinal),
        Miss("the 3 rd", .ordinal),
        Miss("v3rd", .ordinal),
        Miss("a thirty-second ad", .ordinal),
        Miss("forty-second", .duration),
        Miss("twenty second", .duration),
        Miss("twenty fifth", .number),
        Miss("the 1st", .number),
        Miss("firstly", .ordinal),
        Miss("secondary", .ordinal),
        Miss("thirds", .ordinal),
    ]

    static let sentences: [Sentence] = [
        Sentence("the first 2 weeks", [match(.ordinal, 1, "first", 4), match(.duration, 1_209_600, "2 weeks", 10)]),
        Sentence("1st and 2nd", [match(.ordinal, 1, "1st", 0), match(.ordinal, 2, "2nd", 8)]),
        Sentence("twenty three and twenty third", [
            match(.number, 23, "twenty three", 0), match(.ordinal, 23, "twenty third", 17),
        ]),
        Sentence("a thirty-second ad", [match(.duration, 30, "thirty-second", 2)]),
    ]

    @Test(arguments: digits) func digit(_ row: Expect) { check(row) }
    @Test(arguments: words) func spelled(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }
    @Test(arguments: sentences) func sentence(_ row: Sentence) { #expect(extractor.extract(from: row.input) == row.matches) }
}

/// Constant tables for spelled-out English numbers, ordinals and fractions.
///
///     NumberWords.units["seven"]              // 7
///     NumberWords.ordinalUnits["third"]       // 3
///     NumberWords.gluedTens["thirtyfive"]     // 35
///     NumberWords.gluedOrdinals["thirtyfirst"] // 31
enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "naught": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    /// Scales that close a group ("three million", "two lakh"); "hundred" is handled separately
    /// because it multiplies only the current group ("two hundred thousand"). Plurals are
    /// accepted only after a number ("three billions"), never alone ("thousands of users").
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
    ]
    static let pluralScales: [String: Double] = [
        "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12, "hundreds": 100,
    ]
    /// Glued multipliers after digits: "1.5k", "2m", "3bn", "5mn".
    static let suffixes: [String: Double] = [
        "k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    ]

    static let ordinalUnits: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    ]
    static let ordinalTens: [String: Int] = [
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90,
    ]
    /// Ordinal scale words: "one hundredth", "two thousandth".
    static let ordinalScales: [String: Double] = [
        "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9,
    ]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// "twentyfive", "thirtyone": tens and a unit written as one word.
    static let gluedTens: [String: Int] = glue(units.filter { $0.value >= 1 && $0.value <= 9 })
    /// "thirtyfirst", "twentyfifth": tens and an ordinal unit written as one word.
    static let gluedOrdinals: [String: Int] = glue(ordinalUnits.filter { $0.value <= 9 })

    private static func glue(_ tails: [String: Int]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (t, tv) in tens { for (u, uv) in tails { table[t + u] = tv + uv } }
        return table
    }

    /// Fraction denominators: singular after "a"/"one", plural after a larger numerator.
    static let denominators: [String: Double] = [
        "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "hundredth": 100, "thousandth": 1000,
    ]
    static let pluralDenominators: [String: Double] = [
        "halves": 2, "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5, "sixths": 6, "sevenths": 7,
        "eighths": 8, "ninths": 9, "tenths": 10, "hundredths": 100, "thousandths": 1000,
    ]

    /// Words before "second" that make it a duration ("a second", "per second"), not an ordinal.
    static let secondAsUnitBefore: Set<String> = ["a", "one", "per", "each", "every", "split", "just"]

    /// Words that make a following "hundred" vague ("a few hundred", "several hundred").
    static let vagueBefore: Set<String> = ["few", "several", "many", "some", "couple", "multiple"]

    /// Words that may start a number besides the tables above.
    static let starters: Set<String> = ["minus", "negative", "point", "couple", "pair", "dozen"]

    /// Every word that can take part in a number or an ordinal (hyphen joins in spelled numbers).
    static let allWords: Set<String> = {
        var all = triggers.union(pluralScales.keys).union(pluralDenominators.keys).union(starters)
        all.formUnion(denominators.keys)
        return all
    }()

    /// Words a spelled number can start with: one lookup rejects every other word.
    static let mayStart: Set<String> = allWords.union(["a", "an"])

    /// Words that can make a number or an ordinal without any digit or other number word, for the
    /// extractor's pre-scan ("minus", "point" or "thirds" need a number word next to them anyway).
    static let triggers: Set<String> = {
        var all = Set(units.keys).union(tens.keys).union(scales.keys)
        all.formUnion(ordinalUnits.keys)
        all.formUnion(ordinalTens.keys)
        all.formUnion(ordinalScales.keys)
        all.formUnion(gluedTens.keys)
        all.formUnion(gluedOrdinals.keys)
        all.formUnion(["hundred", "dozen", "couple", "pair", "half", "quarter"])
        return all
    }()
}

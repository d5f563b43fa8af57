/// Constant tables for spelled-out English numbers and ordinals.
///
///     NumberWords.units["seven"]        // 7
///     NumberWords.ordinalUnits["third"] // 3
enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    /// Scales that close a group ("three million"); "hundred" is handled separately because it
    /// multiplies only the current group ("two hundred thousand").
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    ]
    /// Glued multipliers after digits: "1.5k", "2m", "3bn".
    static let suffixes: [String: Double] = ["k": 1e3, "m": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9]

    static let ordinalUnits: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    ]
    static let ordinalTens: [String: Int] = [
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
    ]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Words before "second" that make it a duration ("a second", "per second"), not an ordinal.
    static let secondAsUnitBefore: Set<String> = ["a", "one", "per", "each", "every", "split", "just"]
}

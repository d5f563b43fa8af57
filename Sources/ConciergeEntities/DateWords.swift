import ConciergeJSON

/// A resolved date or time: one day, an inclusive range of days, a day with a clock time, a clock
/// time alone (only produced with a time zone or as part of an interval), a time interval, or a
/// date-time interval.
///
///     DateValue.range(20788, 20818).json          // ["from": "2026-12-01", "to": "2026-12-31"]
///     DateValue.timeRange(900, 960).json          // ["from": "15:00", "to": "16:00"]
enum DateValue: Sendable, Equatable {
    case day(Int)
    case range(Int, Int)
    case dateTime(Int, minutes: Int)
    case time(Int)
    case timeRange(Int, Int)
    case dateTimeRange(Int, Int, Int, Int)

    var json: JSONValue {
        switch self {
        case .day(let d): .string(CalendarMath.iso(d))
        case .range(let a, let b): .object(["from": .string(CalendarMath.iso(a)), "to": .string(CalendarMath.iso(b))])
        case .dateTime(let d, let m): .string(CalendarMath.iso(d) + "T" + CalendarMath.isoTime(minutes: m))
        case .time(let m): .string(CalendarMath.isoTime(minutes: m))
        case .timeRange(let a, let b):
            .object(["from": .string(CalendarMath.isoTime(minutes: a)), "to": .string(CalendarMath.isoTime(minutes: b))])
        case .dateTimeRange(let d1, let m1, let d2, let m2):
            .object([
                "from": DateValue.dateTime(d1, minutes: m1).json, "to": DateValue.dateTime(d2, minutes: m2).json,
            ])
        }
    }

    /// The entity a value is reported as: clock times and time intervals are `time`, the rest `date`.
    var entity: BuiltinEntity {
        switch self {
        case .time, .timeRange: .time
        default: .date
        }
    }

    /// First and last day; clock times alone have no day (0).
    var first: Int {
        switch self {
        case .day(let d), .range(let d, _), .dateTime(let d, _), .dateTimeRange(let d, _, _, _): d
        case .time, .timeRange: 0
        }
    }

    var last: Int {
        switch self {
        case .day(let d), .dateTime(let d, _), .range(_, let d), .dateTimeRange(_, _, let d, _): d
        case .time, .timeRange: 0
        }
    }

    var isDayOnly: Bool {
        if case .day = self { return true }
        return false
    }
}

/// Constant word tables for the date grammar.
enum DateWords {
    /// Full month names are dates on their own ("in March" or just "March"); "may" and
    /// abbreviations need context (a day, a year, or "in/by/next/…") because "may I ask".
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    /// Abbreviated weekdays need a prefix ("on sat", "next wed") because "sat", "sun", "wed" are words.
    static let weekdayAbbreviations: [String: Int] = [
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]
    static let relativeDays: [String: Int] = [
        "today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "asap": 0, "tmrw": 1, "tomorow": 1, "tommorow": 1,
        "tommorrow": 1, "tmr": 1,
    ]
    /// Words that can start an amount of time besides digits ("a week", "two days", "half an hour").
    static let quantityStarts: Set<String> = Set(NumberWords.units.keys).union(NumberWords.tens.keys)
        .union(["a", "an", "half", "couple"])
    /// Words that can start a day of the month in words ("first of March", "twenty-first of May").
    static let dayWordStarts: Set<String> = Set(NumberWords.ordinalUnits.keys).union(NumberWords.tens.keys)
        .union(NumberWords.units.keys)
        .union(["twentieth", "thirtieth"])
    /// Words besides digits, "from" and "between" that can start an interval ("three to five pm", "Mon-Fri").
    static let intervalStarts: Set<String> = Set(TimeGrammar.hourWords.keys).union(TimeGrammar.named.keys)
        .union(weekdayAbbreviations.keys)

    /// Words that may follow a number starting a time, an interval or a chain ("three pm", "3 to 5pm",
    /// "two weeks ago", "twenty first of May"); after any other word ("four stars") nothing can start.
    static let afterNumber: Set<String> = {
        var all: Set<String> = [
            "am", "pm", "a", "p", "o", "oclock", "to", "till", "til", "until", "through", "thru", "and", "in", "at", "h",
            "of", "past", "after", "before", "oh", "from", "ago", "noon", "midnight", "minute", "minutes", "min", "mins",
            "tonight", "tomorrow", "today", "this", "on", "an", "couple", "quarter", "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december",
        ]
        all.formUnion(DurationUnit.words.keys)
        all.formUnion(NumberWords.units.keys)
        all.formUnion(NumberWords.tens.keys)
        all.formUnion(NumberWords.ordinalUnits.keys)
        return all
    }()

    /// Words after which "the" can start a date.
    static let afterThe: Set<String> = [
        "day", "end", "beginning", "start", "week", "month", "year", "weekend", "last", "past", "next", "coming",
        "following", "first", "second", "third", "fourth", "fifth", "this", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// What a word can start in `DateGrammar.parseCore`, so most words cost one lookup.
    struct Role: OptionSet, Sendable {
        let rawValue: UInt16
        static let holiday = Role(rawValue: 1)
        static let relative = Role(rawValue: 2)
        static let relativeDay = Role(rawValue: 4)
        static let dayWord = Role(rawValue: 8)
        static let weekday = Role(rawValue: 16)
        static let month = Role(rawValue: 32)
        static let other = Role(rawValue: 64)
        /// Can start a clock reading or an interval (`TimeGrammar.startWords`, `intervalStarts`).
        static let clock = Role(rawValue: 128)
        static let interval = Role(rawValue: 256)
        /// A preposition `DateGrammar.parseDate` reads before a date ("by", "in", "on", …).
        static let preposition = Role(rawValue: 512)
        /// Can start an amount of time (`quantityStarts`).
        static let quantity = Role(rawValue: 1024)
        /// Can start a season ("spring", "next summer", "early fall", "the winter").
        static let season = Role(rawValue: 2048)
        /// Everything that can start a day, a period or a date phrase.
        static let dayStarts: Role = [.preposition, .holiday, .relative, .relativeDay, .dayWord, .weekday, .month, .other, .season]
    }

    static let roles: [String: Role] = {
        var table: [String: Role] = [:]
        func add<S: Sequence>(_ words: S, _ role: Role) where S.Element == String {
            for w in words { table[w, default: []].formUnion(role) }
        }
        add(Holidays.firstWords, .holiday)
        add(["next", "last", "this", "coming"], [.holiday, .relative, .other])
        add(quantityStarts, [.relative, .quantity])
        add(["the", "day", "week", "month", "year", "weekend", "past", "following"], .relative)
        add(relativeDays.keys, .relativeDay)
        add(dayWordStarts, .dayWord)
        add(weekdays.keys, .weekday)
        add(weekdayAbbreviations.keys, .weekday)
        add(months.keys, .month)
        add(monthAbbreviations.keys, .month)
        add(["as", "right", "day", "the", "end", "beginning", "start", "early", "mid", "late", "q"], .other)
        add(["spring", "summer", "autumn", "fall", "winter", "this", "next", "coming", "early", "mid", "late", "the"], .season)
        add(TimeGrammar.startWords, .clock)
        add(intervalStarts, .interval)
        add(["from", "between"], .interval)
        add(["by", "until", "till", "before", "within", "in", "on", "from", "since", "after", "during", "this", "last"],
            .preposition)
        return table
    }()

    /// Words that give a month name or a year its date meaning.
    static let contextWords: Set<String> = [
        "in", "by", "next", "this", "last", "early", "mid", "late", "of", "until", "till", "since", "before",
        "after", "during", "coming", "from", "on", "between",
    ]

    /// Words that hedge a month named alone ("like jan", "probably feb"), or start it ("start
    /// feb", "go live jan", "i said feb"): a month, not a name.
    static let hedgeWords: Set<String> = [
        "like", "maybe", "probably", "around", "roughly", "approximately", "approx", "possibly", "perhaps",
        "start", "starting", "launch", "launching", "live", "said",
    ]

    /// Words without which no date, time or duration can be present; used by the pre-scan.
    /// Glue words ("in", "the", "a", "next") are left out on purpose: they never make a date alone.
    static let triggers: Set<String> = {
        var all = Set(months.keys).union(monthAbbreviations.keys).union(weekdays.keys)
            .union(weekdayAbbreviations.keys).union(relativeDays.keys)
        all.formUnion(["week", "month", "year", "quarter", "noon", "midnight", "midday", "soon", "away", "now"])
        // Parts of the day and "weekend" can make a date with glue words alone ("this evening", "last night").
        all.formUnion(["weekend", "morning", "afternoon", "evening", "night"])
        // Seasons: "sometime in spring" (`DateGrammar.season`).
        all.formUnion(["spring", "summer", "autumn", "fall", "winter"])
        all.formUnion(Holidays.triggers)
        all.formUnion(DurationUnit.words.keys)
        return all
    }()
}

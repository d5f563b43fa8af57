/// How a holiday falls in a given year.
///
///     HolidayRule.nth(month: 11, weekday: 4, 4).day(in: 2026)   // Thanksgiving: 2026-11-26
enum HolidayRule: Sendable {
    case fixed(month: Int, day: Int)
    /// Days from Easter Sunday (Good Friday is -2).
    case easter(Int)
    /// The n-th weekday (1 = Monday) of a month.
    case nth(month: Int, weekday: Int, Int)
    case last(month: Int, weekday: Int)
    /// Days from the n-th weekday of a month (Black Friday: the day after the 4th Thursday of November).
    case afterNth(month: Int, weekday: Int, Int, days: Int)

    func day(in year: Int) -> Int {
        switch self {
        case .fixed(let m, let d): CalendarMath.day(year, m, d)
        case .easter(let offset): Holidays.easterSunday(year) + offset
        case .nth(let m, let w, let n): CalendarMath.nthWeekday(year, m, weekday: w, n)
        case .last(let m, let w): CalendarMath.lastWeekday(year, m, weekday: w)
        case .afterNth(let m, let w, let n, let days): CalendarMath.nthWeekday(year, m, weekday: w, n) + days
        }
    }
}

/// The holiday table (US and Western Christian calendars) and Easter (Gregorian computus).
///
/// Names are matched on normalized words: lower case, "'s" folded into the word ("new year's" →
/// "new years"), dots after "st"/"jr" dropped, "x-mas" → "xmas".
///
///     Holidays.rules["black friday"]          // .afterNth(month: 11, weekday: 4, 4, days: 1)
///     Holidays.easterSunday(2027)             // 2027-03-28
enum Holidays {
    static let rules: [String: HolidayRule] = {
        var table: [String: HolidayRule] = [:]
        func add(_ names: [String], _ rule: HolidayRule) { for n in names { table[n] = rule } }
        add(["christmas", "christmas day", "xmas", "xmas day", "christmastime"], .fixed(month: 12, day: 25))
        add(["christmas eve", "xmas eve"], .fixed(month: 12, day: 24))
        add(["boxing day", "st stephens day"], .fixed(month: 12, day: 26))
        add(["new years eve", "new year eve", "nye"], .fixed(month: 12, day: 31))
        add(["new years day", "new year day", "new years"], .fixed(month: 1, day: 1))
        add(["epiphany"], .fixed(month: 1, day: 6))
        add(["groundhog day", "groundhogs day"], .fixed(month: 2, day: 2))
        add(["valentines day", "valentine day", "valentines", "st valentines day", "saint valentines day"],
            .fixed(month: 2, day: 14))
        add(["international womens day", "womens day"], .fixed(month: 3, day: 8))
        add(["st patricks day", "saint patricks day", "st patricks", "st patrick day", "st paddys day", "paddys day"],
            .fixed(month: 3, day: 17))
        add(["april fools day", "april fools", "april fool day"], .fixed(month: 4, day: 1))
        add(["tax day"], .fixed(month: 4, day: 15))
        add(["earth day"], .fixed(month: 4, day: 22))
        add(["cinco de mayo"], .fixed(month: 5, day: 5))
        add(["juneteenth"], .fixed(month: 6, day: 19))
        add(["independence day", "fourth of july", "4th of july", "july fourth"], .fixed(month: 7, day: 4))
        add(["halloween", "hallowe en", "all hallows eve"], .fixed(month: 10, day: 31))
        add(["bosss day", "bosses day", "boss day", "national bosss day", "national boss day"], .fixed(month: 10, day: 16))
        add(["all saints day"], .fixed(month: 11, day: 1))
        add(["veterans day", "veteran day", "armistice day", "remembrance day"], .fixed(month: 11, day: 11))
        add(["easter", "easter sunday", "easter day"], .easter(0))
        add(["good friday"], .easter(-2))
        add(["holy saturday", "easter saturday"], .easter(-1))
        add(["easter monday"], .easter(1))
        add(["maundy thursday", "holy thursday"], .easter(-3))
        add(["palm sunday"], .easter(-7))
        add(["ash wednesday"], .easter(-46))
        add(["shrove tuesday", "mardi gras", "pancake day", "fat tuesday"], .easter(-47))
        add(["ascension day"], .easter(39))
        add(["pentecost", "whit sunday", "whitsunday", "whitsun"], .easter(49))
        add(["whit monday", "pentecost monday"], .easter(50))
        add(["mothers day", "mother day"], .nth(month: 5, weekday: 7, 2))
        add(["fathers day", "father day"], .nth(month: 6, weekday: 7, 3))
        add(["memorial day"], .last(month: 5, weekday: 1))
        add(["labor day", "labour day"], .nth(month: 9, weekday: 1, 1))
        add(["grandparents day"], .afterNth(month: 9, weekday: 1, 1, days: 6))
        add(["columbus day", "indigenous peoples day"], .nth(month: 10, weekday: 1, 2))
        add(["election day"], .afterNth(month: 11, weekday: 1, 1, days: 1))
        add(["thanksgiving", "thanksgiving day"], .nth(month: 11, weekday: 4, 4))
        add(["black friday"], .afterNth(month: 11, weekday: 4, 4, days: 1))
        add(["small business saturday"], .afterNth(month: 11, weekday: 4, 4, days: 2))
        add(["cyber monday"], .afterNth(month: 11, weekday: 4, 4, days: 4))
        add(["giving tuesday"], .afterNth(month: 11, weekday: 4, 4, days: 5))
        add(["mlk day", "mlk", "martin luther king day", "martin luther king jr day", "mlk jr day",
             "martin luther king junior day", "martin luther kings birthday"], .nth(month: 1, weekday: 1, 3))
        add(["presidents day", "president day", "washingtons birthday"], .nth(month: 2, weekday: 1, 3))
        return table
    }()

    /// First words of every name: a cheap filter before any normalization.
    static let firstWords: Set<String> = Set(rules.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        .union(["x"])  // "x-mas"
    static let longestName = rules.keys.map { $0.split(separator: " ").count }.max() ?? 1
    /// Words that make a message worth scanning for holidays (the pre-scan of the extractor).
    static let triggers: Set<String> = [
        "christmas", "xmas", "easter", "halloween", "thanksgiving", "valentine", "valentines", "nye", "juneteenth",
        "mardi", "pentecost", "whitsun", "whitsunday", "epiphany", "ascension", "mayo", "patrick", "patricks",
        "paddys", "mlk", "christmastime", "hallowe", "mas",
    ]

    /// Easter Sunday (anonymous Gregorian algorithm) as a day number.
    static func easterSunday(_ year: Int) -> Int {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarMath.day(year, month, day)
    }
}

extension DateGrammar {
    /// "black friday", "next christmas", "easter 2027", "thanksgiving this year", "christmas of 2027".
    /// Without a year, the next occurrence from today (today included); "next" excludes today,
    /// "last" is the most recent one before today, "this" is this year's.
    func holiday(at i: Int) -> (DateValue, Int)? {
        var k = i
        var modifier = ""
        if let w = ts.word(k), w == "next" || w == "last" || w == "this" || w == "coming" {
            modifier = w
            k += 1
        }
        guard let w = ts.word(k), Holidays.firstWords.contains(w), let (rule, nameEnd) = holidayName(at: k) else {
            return nil
        }
        // "have a good friday" is a wish, not Good Friday.
        if ts.word(k) == "good", let p = ts.word(k - 1), ["a", "very", "really", "so"].contains(p) { return nil }
        var end = nameEnd
        var year: Int?
        if ts.word(end) == "of" || ts.word(end) == "in" || ts.isSymbol(end, ","), let y = yearNumber(at: end + 1) {
            year = y
            end += 2
        } else if let y = yearNumber(at: end) {
            year = y
            end += 1
        } else if let w = ts.word(end), w == "this" || w == "next" || w == "last", ts.word(end + 1) == "year" {
            year = now.year + (w == "next" ? 1 : w == "last" ? -1 : 0)
            end += 2
        }
        if let year { return (.day(rule.day(in: year)), end) }
        switch modifier {
        case "this": return (.day(rule.day(in: now.year)), end)
        case "last":
            let d = rule.day(in: now.year)
            return (.day(d < now.today ? d : rule.day(in: now.year - 1)), end)
        case "next":
            let d = rule.day(in: now.year)
            return (.day(d > now.today ? d : rule.day(in: now.year + 1)), end)
        default:
            let d = rule.day(in: now.year)
            return (.day(d >= now.today ? d : rule.day(in: now.year + 1)), end)
        }
    }

    /// The longest holiday name starting at `i`, on normalized words.
    func holidayName(at i: Int) -> (HolidayRule, Int)? {
        var words: [String] = []
        var ends: [Int] = []
        var k = i
        while words.count < Holidays.longestName, let t = ts[k] {
            if t.isWord || t.isDigits {
                // "4th", "x-mas": glued pieces join the word before them.
                if !t.spaced, k > i, let last = words.last, ts[k - 1]?.isDigits == true || ts[k - 1]?.isSymbol("-") == true {
                    words[words.count - 1] = last + t.text
                } else {
                    words.append(t.text)
                }
                k += 1
            } else if t.isSymbol("'") || t.isSymbol("’"), !t.spaced, !words.isEmpty {
                // "year's" → "years", "presidents'" → "presidents".
                if let s = ts.gluedWord(k + 1), s == "s" {
                    words[words.count - 1] += "s"
                    k += 2
                } else {
                    k += 1
                }
            } else if t.isSymbol("."), !t.spaced, let last = words.last, last == "st" || last == "jr" {
                k += 1
            } else if t.isSymbol("-"), !t.spaced, ts[k + 1].map({ !$0.spaced && $0.isWord }) ?? false {
                k += 1
                continue
            } else {
                break
            }
            if ends.count < words.count { ends.append(k) } else { ends[ends.count - 1] = k }
        }
        for n in stride(from: words.count, through: 1, by: -1) {
            if let rule = Holidays.rules[words[0..<n].joined(separator: " ")] { return (rule, ends[n - 1]) }
        }
        return nil
    }
}

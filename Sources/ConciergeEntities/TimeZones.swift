/// A time zone named in a message: a fixed UTC offset, or a standard offset with a daylight-saving rule.
///
///     ZoneSpec(offset: -300, rule: .us).offset(on: CalendarMath.day(2026, 7, 1))   // -240 (EDT)
struct ZoneSpec: Sendable {
    enum Rule: Sendable { case none, us, eu, au, nz }
    /// Standard offset from UTC in minutes.
    var offset: Int
    var rule: Rule = .none

    /// The offset in effect on a local day. Switch days count as switched (the hour is ignored).
    func offset(on day: Int) -> Int {
        let y = CalendarMath.civil(day).year
        let summer: Bool
        switch rule {
        case .none: return offset
        case .us:
            summer = day >= CalendarMath.nthWeekday(y, 3, weekday: 7, 2) && day < CalendarMath.nthWeekday(y, 11, weekday: 7, 1)
        case .eu:
            summer = day >= CalendarMath.lastWeekday(y, 3, weekday: 7) && day < CalendarMath.lastWeekday(y, 10, weekday: 7)
        case .au:
            summer = day < CalendarMath.nthWeekday(y, 4, weekday: 7, 1) || day >= CalendarMath.nthWeekday(y, 10, weekday: 7, 1)
        case .nz:
            summer = day < CalendarMath.nthWeekday(y, 4, weekday: 7, 1) || day >= CalendarMath.lastWeekday(y, 9, weekday: 7)
        }
        return summer ? offset + 60 : offset
    }
}

/// Time-zone names accepted after a clock time: abbreviations ("CET", "PDT"), "UTC+2" / "GMT-5",
/// and places or regions with "time" ("London time", "New York time", "Pacific time", "Eastern").
enum TimeZones {
    /// Abbreviations name one fixed offset: "PST" is standard time even in July.
    static let abbreviations: [String: ZoneSpec] = [
        "utc": ZoneSpec(offset: 0), "gmt": ZoneSpec(offset: 0), "z": ZoneSpec(offset: 0), "wet": ZoneSpec(offset: 0),
        "west": ZoneSpec(offset: 60), "bst": ZoneSpec(offset: 60), "cet": ZoneSpec(offset: 60),
        "cest": ZoneSpec(offset: 120), "eet": ZoneSpec(offset: 120), "eest": ZoneSpec(offset: 180),
        "msk": ZoneSpec(offset: 180), "ist": ZoneSpec(offset: 330), "sgt": ZoneSpec(offset: 480),
        "hkt": ZoneSpec(offset: 480), "awst": ZoneSpec(offset: 480), "jst": ZoneSpec(offset: 540),
        "kst": ZoneSpec(offset: 540), "acst": ZoneSpec(offset: 570), "aest": ZoneSpec(offset: 600),
        "aedt": ZoneSpec(offset: 660), "nzst": ZoneSpec(offset: 720), "nzdt": ZoneSpec(offset: 780),
        "est": ZoneSpec(offset: -300), "edt": ZoneSpec(offset: -240), "cst": ZoneSpec(offset: -360),
        "cdt": ZoneSpec(offset: -300), "mst": ZoneSpec(offset: -420), "mdt": ZoneSpec(offset: -360),
        "pst": ZoneSpec(offset: -480), "pdt": ZoneSpec(offset: -420), "akst": ZoneSpec(offset: -540),
        "akdt": ZoneSpec(offset: -480), "hst": ZoneSpec(offset: -600),
        "et": ZoneSpec(offset: -300, rule: .us), "ct": ZoneSpec(offset: -360, rule: .us),
        "mt": ZoneSpec(offset: -420, rule: .us), "pt": ZoneSpec(offset: -480, rule: .us),
    ]
    /// US regions: "3pm Eastern", "Pacific time".
    static let regions: [String: ZoneSpec] = [
        "eastern": ZoneSpec(offset: -300, rule: .us), "central": ZoneSpec(offset: -360, rule: .us),
        "mountain": ZoneSpec(offset: -420, rule: .us), "pacific": ZoneSpec(offset: -480, rule: .us),
    ]
    /// Places, one or two words, used as "<place> time".
    static let places: [String: ZoneSpec] = [
        "london": ZoneSpec(offset: 0, rule: .eu), "uk": ZoneSpec(offset: 0, rule: .eu),
        "dublin": ZoneSpec(offset: 0, rule: .eu), "lisbon": ZoneSpec(offset: 0, rule: .eu),
        "paris": ZoneSpec(offset: 60, rule: .eu), "berlin": ZoneSpec(offset: 60, rule: .eu),
        "madrid": ZoneSpec(offset: 60, rule: .eu), "rome": ZoneSpec(offset: 60, rule: .eu),
        "amsterdam": ZoneSpec(offset: 60, rule: .eu), "brussels": ZoneSpec(offset: 60, rule: .eu),
        "vienna": ZoneSpec(offset: 60, rule: .eu), "zurich": ZoneSpec(offset: 60, rule: .eu),
        "stockholm": ZoneSpec(offset: 60, rule: .eu), "oslo": ZoneSpec(offset: 60, rule: .eu),
        "copenhagen": ZoneSpec(offset: 60, rule: .eu), "warsaw": ZoneSpec(offset: 60, rule: .eu),
        "prague": ZoneSpec(offset: 60, rule: .eu), "european": ZoneSpec(offset: 60, rule: .eu),
        "athens": ZoneSpec(offset: 120, rule: .eu), "helsinki": ZoneSpec(offset: 120, rule: .eu),
        "kyiv": ZoneSpec(offset: 120, rule: .eu), "moscow": ZoneSpec(offset: 180), "dubai": ZoneSpec(offset: 240),
        "india": ZoneSpec(offset: 330), "mumbai": ZoneSpec(offset: 330), "delhi": ZoneSpec(offset: 330),
        "bangalore": ZoneSpec(offset: 330), "singapore": ZoneSpec(offset: 480), "beijing": ZoneSpec(offset: 480),
        "shanghai": ZoneSpec(offset: 480), "manila": ZoneSpec(offset: 480), "perth": ZoneSpec(offset: 480),
        "tokyo": ZoneSpec(offset: 540), "japan": ZoneSpec(offset: 540), "seoul": ZoneSpec(offset: 540),
        "brisbane": ZoneSpec(offset: 600), "sydney": ZoneSpec(offset: 600, rule: .au),
        "melbourne": ZoneSpec(offset: 600, rule: .au), "auckland": ZoneSpec(offset: 720, rule: .nz),
        "chicago": ZoneSpec(offset: -360, rule: .us), "denver": ZoneSpec(offset: -420, rule: .us),
        "boston": ZoneSpec(offset: -300, rule: .us), "miami": ZoneSpec(offset: -300, rule: .us),
        "toronto": ZoneSpec(offset: -300, rule: .us), "seattle": ZoneSpec(offset: -480, rule: .us),
        "vancouver": ZoneSpec(offset: -480, rule: .us), "hawaii": ZoneSpec(offset: -600),
        "new york": ZoneSpec(offset: -300, rule: .us), "nyc": ZoneSpec(offset: -300, rule: .us),
        "los angeles": ZoneSpec(offset: -480, rule: .us), "san francisco": ZoneSpec(offset: -480, rule: .us),
        "sf": ZoneSpec(offset: -480, rule: .us), "la": ZoneSpec(offset: -480, rule: .us),
        "hong kong": ZoneSpec(offset: 480), "sao paulo": ZoneSpec(offset: -180), "mexico city": ZoneSpec(offset: -360),
    ]
}

extension DateGrammar {
    /// The zone named at `k`, if any: its offset on `day` and the token after the name.
    func zone(at start: Int, day: Int) -> (offset: Int, end: Int)? {
        var k = start
        let bracketed = ts.isSymbol(k, "(")
        if bracketed { k += 1 }
        guard let w = ts.word(k) else { return nil }
        var found: (Int, Int)?
        if w == "utc" || w == "gmt", let (shift, end) = signedOffset(at: k + 1) {
            found = (shift, end)
        } else if let z = TimeZones.abbreviations[w] {
            found = (z.offset(on: day), k + 1)
        } else if let z = TimeZones.regions[w] {
            found = (z.offset(on: day), ts.word(k + 1) == "time" ? k + 2 : k + 1)
            if let s = ts.word(k + 1), s == "standard" || s == "daylight", ts.word(k + 2) == "time" {
                found = (z.offset + (s == "daylight" ? 60 : 0), k + 3)
            }
        } else {
            for words in [2, 1] {
                let name = (0..<words).compactMap { ts.word(k + $0) }.joined(separator: " ")
                if let z = TimeZones.places[name], ts.word(k + words) == "time" {
                    found = (z.offset(on: day), k + words + 1)
                    break
                }
            }
        }
        guard var (offset, end) = found else { return nil }
        if bracketed {
            guard ts.isSymbol(end, ")") else { return nil }
            end += 1
        }
        offset = max(-14 * 60, min(14 * 60, offset))
        return (offset, end)
    }

    /// "+2", "-5", "+05:30", "+0530", "+5.5" after "UTC"/"GMT", glued or spaced.
    func signedOffset(at k: Int) -> (Int, Int)? {
        guard let s = ts[k], s.isSymbol("+") || s.isSymbol("-") || s.isSymbol("−"), let d = ts[k + 1], d.isDigits, !d.spaced,
            let v = d.intValue
        else { return (0, k) }
        let sign = s.isSymbol("+") ? 1 : -1
        var minutes: Int
        var end = k + 2
        switch d.text.utf8.count {
        case 1, 2:
            minutes = v * 60
            if ts.isSymbol(end, ":", glued: true), let m = ts[end + 1], m.isDigits, !m.spaced, let mv = m.intValue, mv < 60 {
                minutes += mv
                end += 2
            }
        case 4: minutes = (v / 100) * 60 + v % 100
        default: return nil
        }
        guard minutes <= 14 * 60 else { return nil }
        return (sign * minutes, end)
    }

    /// A local day and minute in a zone, converted to the extractor's zone.
    func converted(day: Int, minutes: Int, from zoneOffset: Int) -> (day: Int, minutes: Int) {
        let total = day * 1440 + minutes - zoneOffset + now.offsetMinutes
        let d = CalendarMath.floorDiv(total, 1440)
        return (d, total - d * 1440)
    }
}

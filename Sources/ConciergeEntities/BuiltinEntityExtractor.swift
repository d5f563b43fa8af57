import Foundation
import ConciergeJSON

/// Finds the built-in entities (numbers, money, dates, e-mails, …) of a message.
///
/// Dates are resolved against `now` in `timeZone`. Matches never overlap (see
/// `OverlapResolution`: longest span, then a fixed entity priority) and come sorted by start.
/// Offsets are Unicode scalar offsets into the message, end exclusive.
///
///     let extractor = BuiltinEntityExtractor(now: someSunday)
///     extractor.extract(from: "$20k a year, starting next week")
///     // [money {"amount": 20000, "currency": "USD", "period": "year"} "$20k a year" 0..<11,
///     //  date {"from": "2026-11-23", "to": "2026-11-29"} "next week" 22..<31]
public struct BuiltinEntityExtractor: Sendable {
    public let now: Date
    public let timeZone: TimeZone
    public let defaultCountryCode: String
    public let defaultCurrency: String
    /// `now` resolved in `timeZone` once, so no time-zone or calendar work happens per message.
    let local: LocalNow

    public init(
        now: Date,
        timeZone: TimeZone = TimeZone(secondsFromGMT: 0) ?? .current,
        defaultCountryCode: String = "1",
        defaultCurrency: String = "USD"
    ) {
        self.now = now
        self.timeZone = timeZone
        // Keep only the digits of "+44" or "44" so the value is always "+<digits>".
        // By bytes (an ASCII digit is one byte no other scalar holds): every message builds an extractor.
        let digits = String(decoding: defaultCountryCode.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self)
        self.defaultCountryCode = digits.isEmpty ? "1" : digits
        self.defaultCurrency = defaultCurrency
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: now)
        let day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        self.local = LocalNow(
            today: day, minute: (seconds - day * 86400) / 60, offsetMinutes: timeZone.secondsFromGMT(for: now) / 60)
    }

    /// Words that can take part in some entity; a message with none of them, no digit and none of
    /// the symbols "$€£¥₹@.%" has no entity, and extraction stops after the scan.
    static let triggerWords: Set<String> = {
        var all = DateWords.triggers
        all.formUnion(NumberWords.triggers)
        all.formUnion(CurrencyNames.triggers)
        all.formUnion(DurationUnit.multiples.keys)
        all.formUnion(["hundred", "dozen", "couple", "percent", "pct", "q"])
        all.formUnion(["dot", "localhost", "http", "https"])
        return all
    }()
    static let triggerSymbols: Set<String> = ["$", "€", "£", "¥", "₹", "@", ".", "%"]
    /// Symbols that can start a number or an amount: currency symbols, signs, a leading dot, bounds.
    static let quantitySymbols: Set<String> = Set(CurrencyNames.symbols.keys).union(["-", "−", ".", "<", ">", "≤", "≥"])

    /// Words after "a"/"an" that can make a quantity: "a dozen", "a half", "a dollar", "a week", "a maximum of".
    static let articleFollowers: Set<String> = {
        var all = Set(NumberWords.scales.keys).union(NumberWords.denominators.keys)
        all.formUnion(["hundred", "dozen", "couple", "pair", "maximum", "minimum"])
        all.formUnion(CurrencyNames.names.keys)
        all.formUnion(CurrencyNames.colloquial.keys)
        all.formUnion(CurrencyNames.minorUnits.keys)
        all.formUnion(CurrencyNames.qualifiers.keys)
        all.formUnion(DurationUnit.words.keys)
        all.formUnion(DurationUnit.multiples.keys)
        return all
    }()

    /// "a"/"an" before a word that cannot follow it in a quantity ("a table"): no grammar call.
    static func isBareArticle(_ ts: TokenStream, _ i: Int) -> Bool {
        guard let w = ts.word(i), w == "a" || w == "an" else { return false }
        return ts.word(i + 1).map { !articleFollowers.contains($0) } ?? true
    }

    /// Which token grammars a word can start, so most words cost one lookup and no grammar call.
    struct Starts: OptionSet, Sendable {
        let rawValue: UInt8
        static let quantity = Starts(rawValue: 1)  // number, percentage, money, duration
        static let ordinal = Starts(rawValue: 2)
        static let time = Starts(rawValue: 4)
        static let date = Starts(rawValue: 8)
        static let money = Starts(rawValue: 16)  // money only: codes, "Rs.", "HK$", bound words
        static let all: Starts = [.quantity, .ordinal, .time, .date]
    }

    static let wordStarts: [String: Starts] = {
        var table: [String: Starts] = [:]
        func add<S: Sequence>(_ words: S, _ starts: Starts) where S.Element == String {
            for w in words { table[w, default: []].formUnion(starts) }
        }
        add(NumberWords.units.keys, [.quantity, .ordinal])
        add(NumberWords.tens.keys, [.quantity, .ordinal])
        add(NumberWords.gluedTens.keys, .quantity)
        add(NumberWords.starters, [.quantity, .ordinal])
        add(["hundred"], .ordinal)  // "hundred and third"; a bare "hundred" is no number ("The Hundred-Foot Journey")
        add(["a", "an", "half", "quarter", "couple", "pair"], .quantity)
        add(CurrencyCodes.lowercased.keys, .money)
        add(CurrencyNames.prefixWords.keys, .money)
        add(CurrencyNames.dollarPrefixes.keys, .money)
        add(MoneyGrammar.boundStarters, .money)
        add(NumberWords.ordinalUnits.keys, .ordinal)
        add(NumberWords.ordinalTens.keys, .ordinal)
        add(NumberWords.ordinalScales.keys, .ordinal)
        add(NumberWords.gluedOrdinals.keys, .ordinal)
        add(TimeGrammar.named.keys, [.time, .date])
        add(TimeGrammar.startWords, [.time, .date])
        add(Holidays.firstWords, .date)
        add(NumberWords.ordinalUnits.keys, .date)
        add(["twentieth", "thirtieth"], .date)
        add(["between", "weekend", "past", "following", "week", "month", "year", "an"], .date)
        add(DateWords.months.keys, .date)
        add(DateWords.monthAbbreviations.keys, .date)
        add(DateWords.weekdays.keys, .date)
        add(DateWords.weekdayAbbreviations.keys, .date)
        add(DateWords.relativeDays.keys, .date)
        add(DateGrammar.seasons.keys, .date)
        add(["by", "until", "till", "before", "within", "in", "on", "from", "since", "after", "during", "the", "end",
             "beginning", "start", "early", "mid", "late", "this", "next", "last", "coming", "q", "right", "as", "day"],
            .date)
        return table
    }()

    /// Every built-in entity in `text`, non-overlapping, sorted by start.
    ///
    /// `only` filters the resolved matches: a span claimed by a longer entity (the "20k" of
    /// "$20k") is not handed out again as a lesser one.
    public func extract(from text: String, only: Set<BuiltinEntity>? = nil) -> [EntityMatch] {
        if let only, only.isEmpty { return [] }
        let scalars = Array(text.unicodeScalars)
        let tokens = EntityScanner.tokens(of: scalars)
        var hasDigit = false, hasAt = false, hasDot = false, hasWord = false, hasAtWord = false, hasURLWord = false
        var hasDotWord = false
        for t in tokens {
            switch t.kind {
            case .digits: hasDigit = true
            case .symbol:
                if t.text == "@" { hasAt = true } else if t.text == "." { hasDot = true }
                if BuiltinEntityExtractor.triggerSymbols.contains(t.text) { hasWord = true }
            case .word:
                if !hasWord, BuiltinEntityExtractor.triggerWords.contains(t.text) { hasWord = true }
                if t.text == "at" { hasAtWord = true } else if t.text == "dot" { hasDotWord = true }
                if t.text == "localhost" || t.text == "http" || t.text == "https" { hasURLWord = true }
            }
        }
        guard hasDigit || hasWord else { return [] }

        var candidates: [Candidate] = []
        if hasAt { candidates += ContactGrammar.emails(in: scalars) }
        if hasDot || hasURLWord { candidates += ContactGrammar.urls(in: scalars) }
        if hasAtWord || hasAt, hasDot || hasDotWord { candidates += SpelledEmail.emails(in: TokenStream(tokens: tokens)) }
        if hasDigit { candidates += PhoneGrammar.phones(in: scalars, defaultCountryCode: defaultCountryCode) }
        candidates += tokenCandidates(TokenStream(tokens: tokens))

        let resolved = RangeHours.joined(DayAndTimeJoining.joined(
            Self.droppingUrgency(OverlapResolution.resolve(candidates, textLength: scalars.count), scalars), scalars), scalars)
        return resolved.compactMap { c in
            if let only, !only.contains(c.entity) { return nil }
            return EntityMatch(
                entity: c.entity.rawValue, value: c.value, text: EntityScanner.slice(scalars, c.start, c.end),
                start: c.start, end: c.end)
        }
    }

    /// "asap" and "as soon as possible" are dates (today) only when the message names no other:
    /// "asap, within 2 weeks" asks for the two weeks, with some urgency.
    static func droppingUrgency(_ resolved: [Candidate], _ scalars: [Unicode.Scalar]) -> [Candidate] {
        func isUrgency(_ c: Candidate) -> Bool {
            guard c.entity == .date else { return false }
            let text = EntityScanner.slice(scalars, c.start, c.end).lowercased()
            return text == "asap" || text == "as soon as possible"
        }
        let urgent = resolved.filter(isUrgency)
        guard !urgent.isEmpty, resolved.contains(where: { ($0.entity == .date || $0.entity == .time) && !isUrgency($0) })
        else { return resolved }
        return resolved.filter { !isUrgency($0) }
    }

    /// Runs the token grammars at every token start; overlaps are settled later.
    func tokenCandidates(_ ts: TokenStream) -> [Candidate] {
        let numbers = NumberGrammar(ts)
        let money = MoneyGrammar(ts: ts, numbers: numbers, defaultCurrency: defaultCurrency)
        let durations = DurationGrammar(ts: ts, numbers: numbers)
        let times = TimeGrammar(ts: ts)
        let dates = DateGrammar(ts: ts, numbers: numbers, durations: durations, times: times, now: local)
        var out: [Candidate] = []
        func add(_ entity: BuiltinEntity, _ value: JSONValue, _ i: Int, _ end: Int) {
            guard end > i, let a = ts[i], let b = ts[end - 1] else { return }
            out.append(Candidate(entity: entity, value: value, start: a.start, end: b.end))
        }
        for i in 0..<ts.count {
            guard let t = ts[i] else { continue }
            let starts: Starts
            switch t.kind {
            case .digits: starts = .all
            case .word: starts = BuiltinEntityExtractor.wordStarts[t.text] ?? []
            case .symbol: starts = BuiltinEntityExtractor.quantitySymbols.contains(t.text) ? .quantity : []
            }
            if starts.isEmpty { continue }
            if starts.contains(.quantity), !BuiltinEntityExtractor.isBareArticle(ts, i) {
                // Read once, handed to the grammars that start with a number.
                let n = numbers.parse(at: i)
                if let n, n.gluedWord.map({ !NumberWords.ordinalSuffixes.contains($0) }) ?? true {
                    add(.number, .number(n.value), i, n.end)
                }
                if let p = money.parsePercentage(at: i, number: .some(n)) { add(.percentage, p.value, i, p.end) }
                if let m = money.parse(at: i, number: .some(n)) { add(.money, m.value, i, m.end) }
                if let d = durations.parse(at: i, number: .some(n)) {
                    add(.duration, .number(d.count * d.unit.seconds), i, d.end)
                }
            } else if starts.contains(.money), let m = money.parse(at: i) {
                add(.money, m.value, i, m.end)
            }
            if starts.contains(.ordinal), let o = numbers.parseOrdinal(at: i) { add(.ordinal, .number(o.value), i, o.end) }
            if starts.contains(.time), let tm = times.parse(at: i) {
                add(.time, .string(CalendarMath.isoTime(minutes: tm.minutes)), i, tm.end)
            }
            if starts.contains(.date), let (date, end) = dates.parse(at: i) { add(date.entity, date.json, i, end) }
        }
        return out
    }
}

import ConciergeEntities

/// Numbers that are no quantity the visitor states: standards ("ISO 27001", "SOC 2", "GDPR
/// article 17", "PCI DSS 4"), versions ("v2", "version 3.1", "iOS 17", "Windows 11"), years
/// ("since 2019", "in 2024"), references ("order 123", "#42"), assignments ("score=100"), magnitudes ("six figures") and parts of names ("3M",
/// "7-Eleven", "COVID-19"). Phone numbers, dates, times, durations, percentages and
/// ordinals are entities of their own and never reach the number readings.
///
///     NumberExclusion.isExcluded(mention, words)   // "ISO 27001" → true
enum NumberExclusion {
    static let labels: Set<String> = [
        "iso", "soc", "gdpr", "article", "art", "pci", "dss", "hipaa", "nist", "rfc", "wcag", "ccpa", "sox", "fips",
        "cmmi", "itil", "ieee", "ecma", "v", "version", "ver", "release", "build", "ios", "android", "windows", "win",
        "macos", "osx", "office", "python", "java", "php", "node", "ruby", "rails", "swift", "angular", "vue",
        "react", "level", "chapter", "section", "page", "step", "phase", "gen", "generation", "model", "series",
        "type", "class", "room", "suite", "floor", "unit", "apt", "nr", "ticket", "order", "invoice", "id",
        "case", "ref", "reference", "zip", "postcode", "code", "pin", "route", "covid", "web", "industry", "wave",
        "iphone", "galaxy", "pixel", "ipad", "ie", "chrome", "firefox", "safari", "edge", "ubuntu", "debian",
        "postgres", "mysql", "html", "css", "http", "tls", "ssl", "oauth", "wpa", "usb",
        "tier", "stage", "season", "episode", "part", "number", "item", "question", "option", "line", "box",
        "suite", "building", "street", "st", "avenue", "ave", "road", "rd", "bus", "flight", "gate", "terminal",
        "platform", "track", "account", "acct", "customer", "member", "user", "login",
    ]
    static let yearCues: Set<String> = [
        "in", "since", "from", "until", "till", "by", "of", "early", "late", "mid", "back", "year", "fy", "before",
        "after", "during", "circa", "around", "summer", "winter", "spring", "autumn", "fall", "q1", "q2", "q3", "q4",
        "founded", "established", "started", "launched", "est", "end",
    ]
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
    ]

    /// What makes a number a magnitude, not a quantity: "six figures", "a 7-digit number".
    static let magnitudes: Set<String> = ["figures", "figure", "digits", "digit"]

    /// Words after "by" or "next" that make a count one expected later: "7 by spring", "10 next year".
    static let laterTimes: Set<String> = Set([
        "spring", "summer", "autumn", "fall", "winter", "year", "month", "quarter", "end", "q1", "q2", "q3", "q4",
    ]).union(CalendarWords.months)

    /// "uhh around 6, maybe 7 by spring", "we're 10, 15 next year": a count the visitor expects
    /// later, not the one they have (blind audit 38: neither was taken and the question skipped).
    static func isProjection(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        var index = mention.after
        // "7 people by spring": past the people word.
        if index < words.count, HeadCountReading.peopleWords.contains(words[index].text) { index += 1 }
        guard let word = words.text(index), word == "by" || word == "next" || word == "later" || word == "eventually" else {
            return false
        }
        if word == "later" || word == "eventually" { return true }
        // "by the end of the year", "by next spring".
        var time = index + 1
        while let skipped = words.text(time), skipped == "the" || skipped == "next" || skipped == "this" { time += 1 }
        return words.text(time).map(laterTimes.contains) ?? false
    }

    /// Hedges that put a second guess after a first: "umm like 4? maybe 5".
    static let secondGuesses: Set<String> = ["maybe", "perhaps", "possibly", "or"]

    /// "umm like 4? maybe 5", "4 or 5": a number right after a hedge that follows another
    /// number (over a break at most) is a second guess; the first is the answer (blind audit
    /// 39: neither was taken). Not "40 people, need sms, budget maybe 500".
    static func isSecondGuess(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        guard mention.first > 1, !mention.isMoney, secondGuesses.contains(words[mention.first - 1].text) else { return false }
        var index = mention.first - 2
        if words[index].isBreak, index > 0 { index -= 1 }
        return words[index].isNumber
    }

    static func isExcluded(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        // "six figures", "a 7-digit number".
        if let noun = mention.nounAfter(in: words), magnitudes.contains(noun) { return true }
        if isProjection(mention, words) || isSecondGuess(mention, words) { return true }
        if mention.first > 0, !mention.isMoney {
            let previous = words[mention.first - 1]
            if previous.text == "#" || (previous.isWord && labels.contains(previous.text)) { return true }
            // "set demo_score=100": a value assigned to a name (a setting, code), no quantity.
            if previous.text == "=" { return true }
        }
        return isNamePart(mention, words)
    }

    /// "3M", "7-Eleven", "COVID-19", "Area51": digits glued to letters, or hyphenated to a word.
    static func isNamePart(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        let text = mention.entity.text
        // "3M", "7UP"; "50K" stays a number (thousands written in capitals).
        if let scalar = text.unicodeScalars.first, scalar.properties.numericType != nil,
           text.unicodeScalars.contains(where: { $0.properties.isUppercase && $0 != "K" }) { return true }
        // "COVID-19", "Area-51", "7-Eleven"; not "a 5-person team", "10-20".
        if mention.first >= 2, words[mention.first - 1].text == "-", !words[mention.first - 1].spaced,
           !words[mention.first].spaced {
            let other = words[mention.first - 2]
            if other.isWord, !numberWords.contains(other.text) || other.capitalized { return true }
            if other.isNumber, words[mention.first].capitalized { return true }
        }
        if mention.after + 1 < words.count, words[mention.after].text == "-", !words[mention.after].spaced,
           !words[mention.after + 1].spaced, words[mention.after + 1].capitalized {
            return true
        }
        return false
    }

    /// A year: a whole number from 1900 to 2100 written in four digits, after "in", "since"…
    /// or ending its clause after a word that does not count ("we're 2000" is a head count);
    /// never with a period after it ("around 2000 a month").
    static func isYear(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        guard !mention.isMoney, mention.value >= 1900, mention.value <= 2100, mention.value.rounded() == mention.value,
              mention.entity.text.unicodeScalars.count == 4 else { return false }
        // "around 2000 a month" is an amount per period, not the year 2000.
        if BudgetReading.period(after: mention.after, words) != nil { return false }
        if mention.first > 0, words[mention.first - 1].isWord, yearCues.contains(words[mention.first - 1].text) {
            return true
        }
        guard words.clauseEnds(after: mention.after - 1) else { return false }
        guard let (before, _) = NumberContext.wordBefore(words, mention.first) else { return false }
        return !["are", "have", "had", "about", "is", "be", "budget", "spend", "pay", "afford"].contains(before)
    }
}

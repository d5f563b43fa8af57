import ConciergeEntities
import ConciergeJSON

/// Budgets as people type them: ranges ("$10-20k", "between $100 and $200 a month") become
/// one amount with a `min`, and a bare number answers a money question in US dollars.
///
///     // "$10-20k a year" → money $10 + number 20000
///     MoneyReading.prepare(matches, text: "$10-20k a year", asking: nil)
///     // → [money {"amount": 20000, "min": 10000, "currency": "USD", "period": "year"}]
enum MoneyReading {
    /// Words that join the two ends of a range.
    static let joiners: Set<String> = ["-", "–", "—", "to", "and", "or"]
    static let peopleWords = ["people", "person", "we're", "we are", "team", "employees", "staff", "seats", "users", "of us"]
    /// Period words after the upper end of a range ("$10-20k a year"), longest first.
    static let periods: [String: String] = [
        "a year": "year", "per year": "year", "/year": "year", "annually": "year", "yearly": "year",
        "a month": "month", "per month": "month", "/month": "month", "monthly": "month", "/mo": "month",
    ]

    static func aboutPeople(_ text: String) -> Bool {
        // Budget answers are short; a long message is not scanned (Foundation's substring
        // search on very long text is slow and deep on Linux).
        guard text.count <= 500 else { return true }
        let lower = text.lowercased()
        for word in peopleWords where lower.contains(word) { return true }
        return false
    }

    static func prepare(_ matches: [EntityMatch], text: String, asking entity: String?) -> [EntityMatch] {
        var result: [EntityMatch] = []
        var index = 0
        while index < matches.count {
            let match = matches[index]
            if match.entity == "money", index + 1 < matches.count,
               let range = merge(match, matches[index + 1], text: text) {
                result.append(range)
                index += 2
                continue
            }
            result.append(match)
            index += 1
        }
        // "5000" answering "What's your budget?" is an amount, not a team size — unless the
        // message talks about people ("actually we're 30").
        if entity == "money", !aboutPeople(text), !result.contains(where: { $0.entity == "money" }),
           let number = result.first(where: { $0.entity == "number" }), let amount = number.value.numberValue {
            let money = EntityMatch(entity: "money", value: .object(["amount": .number(amount), "currency": "USD"]),
                                    text: number.text, start: number.start, end: number.end)
            result = result.filter { $0 != number } + [money]
        }
        return result
    }

    /// `low` (money) followed by a joiner and `high` (money or a number): one amount up to
    /// `high` with `min` set. "$10-20k": the thousands of the upper end apply to the lower.
    static func merge(_ low: EntityMatch, _ high: EntityMatch, text: String) -> EntityMatch? {
        guard high.entity == "money" || high.entity == "number",
              let lowAmount = low.value["amount"]?.numberValue,
              let highAmount = (high.value["amount"] ?? high.value).numberValue,
              low.end <= high.start else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard high.start <= scalars.count else { return nil }
        let between = String(String.UnicodeScalarView(scalars[low.end..<high.start]))
            .trimmingCharacters(in: .whitespaces).lowercased()
        guard joiners.contains(between) else { return nil }
        var lower = lowAmount
        if lower < highAmount, highAmount >= 1000, lower * 1000 <= highAmount, lower < 1000 { lower *= 1000 }
        guard lower < highAmount else { return nil }
        var fields: [String: JSONValue] = ["amount": .number(highAmount), "min": .number(lower)]
        fields["currency"] = high.value["currency"] ?? low.value["currency"]
        if let period = high.value["period"] ?? low.value["period"] {
            fields["period"] = period
        } else {
            let after = String(String.UnicodeScalarView(scalars[min(high.end, scalars.count)...]))
                .trimmingCharacters(in: .whitespaces).lowercased()
            if let key = periods.keys.sorted().first(where: { after.hasPrefix($0) }), let period = periods[key] {
                fields["period"] = .string(period)
            }
        }
        return EntityMatch(entity: "money", value: .object(fields), text: low.text + " " + between + " " + high.text,
                           start: low.start, end: high.end)
    }
}

/// Free-text answers without the lead-in people type before a short answer: "I'm Ana" → "Ana",
/// "it's Northwind Traders." → "Northwind Traders". Longer answers stay as written.
///
///     FreeText.answer("my name is Ana Lopez")   // "Ana Lopez"
enum FreeText {
    static let leadIns = [
        "my name is ", "my name's ", "name is ", "i'm ", "i am ", "im ", "it's ", "it is ", "this is ", "call me ",
        "we're ", "we are ", "our company is ", "the company is ", "company is ", "we work at ", "i work at ", "i work for ",
    ]

    static func answer(_ text: String) -> String {
        var answer = String(text.trimmedWhitespace)
        let lower = answer.lowercased().replacing("’", by: "'")
        if let leadIn = leadIns.first(where: lower.hasPrefix) {
            let rest = String(answer.dropFirst(leadIn.count))
            if rest.split(separator: " ").count <= 4 { answer = rest }
        }
        while let last = answer.last, last == "." || last == "!" { answer.removeLast() }
        return answer.trimmingCharacters(in: .whitespaces)
    }
}

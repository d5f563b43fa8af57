import ConciergeBot
import ConciergeJSON
import Foundation

/// Whether a value the bot holds says the same as a persona's fact: numbers as numbers,
/// money by amount (and period or currency when the fact gives them), phone numbers by their
/// digits, yes/no by meaning, text ignoring case, spacing and edge punctuation. A `need`
/// slot holds the visitor's words, so there (and for a fact written `{contains: …}`) the
/// fact only has to be part of the value.
///
///     FactMatch.matches(fact: 900, value: 900.0)                                  // true
///     FactMatch.matches(fact: ["amount": 300, "period": "month"], value: ["amount": 300, "currency": "USD", "period": "month"])  // true
///     FactMatch.matches(fact: "Vela Travel", value: "I just said: Vela Travel")  // false
///     FactMatch.matches(fact: "2026-01-06", value: "2026-01-06T15:00")           // true: that day
///     FactMatch.comparable(fact: "next month", value: ["from": "2027-01-01"])    // false: not judged
enum FactMatch {
    /// Whether the two can be compared at all (a date range against a text fact cannot).
    static func comparable(fact: JSONValue, value: JSONValue) -> Bool {
        switch (fact, value) {
        case (.string(let text), .object(let fields)): return fields["amount"] != nil || isDay(text) && fields["from"] != nil
        default: return true
        }
    }

    static func matches(fact: JSONValue, value: JSONValue, kind: SlotKind = .value) -> Bool {
        switch (fact, value) {
        case (.number(let expected), _):
            return number(of: value).map { abs($0 - expected) < 0.005 } ?? false
        case (.bool(let expected), _):
            return yesNo(value) == expected
        case (.object(let fields), _) where fields["contains"] != nil:
            return fields["contains"].map { matches(fact: $0, value: value, kind: .need) } ?? false
        case (.object(let fields), .object(let actual)):
            return fields.allSatisfy { key, expected in
                actual[key].map { matches(fact: expected, value: $0) } ?? (key == "currency" && expected.stringValue == "USD")
            }
        case (.object(let fields), _):
            return fields["amount"].map { matches(fact: $0, value: value) } ?? false
        case (.string(let expected), _):
            return text(expected, matches: value, kind: kind)
        case (.array(let items), .array(let actual)):
            return items.count == actual.count && zip(items, actual).allSatisfy { matches(fact: $0, value: $1) }
        default:
            return fact == value
        }
    }

    private static func text(_ expected: String, matches value: JSONValue, kind: SlotKind) -> Bool {
        if let answer = yesNo(.string(expected)) { return yesNo(value) == answer }
        // A day matches any time or range that starts on it: "2026-01-06" and "2026-01-06T15:00".
        if isDay(expected) { return (value["from"]?.stringValue ?? value.stringValue)?.hasPrefix(expected) ?? false }
        if let amount = value["amount"]?.numberValue { return Double(expected.filter { $0 != "," }) == amount }
        let actual: String
        switch value {
        case .string(let text): actual = text
        case .number(let number): actual = JSONNumber.text(number)
        default: return false
        }
        let digits = expected.filter(\.isASCIIDigit)
        if digits.count >= 7, !expected.contains("@") {
            let actualDigits = actual.filter(\.isASCIIDigit)
            return actualDigits.count >= 7 && (actualDigits.hasSuffix(digits) || digits.hasSuffix(actualDigits))
        }
        let (want, have) = (fold(expected), fold(actual))
        if kind == .need { return !want.isEmpty && have.contains(want) }
        return want == have
    }

    /// `2026-01-06`: a calendar day as the date grammar writes it.
    static func isDay(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.count == 10 && characters.enumerated().allSatisfy { index, character in
            index == 4 || index == 7 ? character == "-" : character.isASCIIDigit
        }
    }

    static func number(of value: JSONValue) -> Double? {
        switch value {
        case .number(let number): return number
        case .string(let text): return Double(text.filter { $0 != "," }.trimmingCharacters(in: .whitespaces))
        case .object(let fields): return fields["amount"].flatMap(number(of:))
        default: return nil
        }
    }

    /// true / false for the yes/no forms a slot or a fact may take.
    static func yesNo(_ value: JSONValue) -> Bool? {
        switch value {
        case .bool(let flag): return flag
        case .string(let text):
            switch fold(text) {
            case "yes", "y", "true": return true
            case "no", "n", "false": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// Lowercased, inner spaces collapsed, punctuation and spaces at the edges dropped.
    static func fold(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
    }

    /// How a fact reads in a message, a placeholder or a report: numbers without a
    /// fraction, money as "20000 a year" or "500 EUR a month".
    static func display(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .number(let number): return JSONNumber.text(number)
        case .bool(let flag): return flag ? "yes" : "no"
        case .object(let fields):
            if let amount = fields["amount"] {
                let currency = fields["currency"].map { " " + display($0) } ?? ""
                return display(amount) + currency + (fields["period"].map { " a " + display($0) } ?? "")
            }
            return fields.keys.sorted().compactMap { fields[$0].map(display) }.joined(separator: " ")
        case .array(let items): return items.map(display).joined(separator: ", ")
        case .null: return ""
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

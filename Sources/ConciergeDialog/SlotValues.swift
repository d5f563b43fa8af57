import ConciergeBot
import ConciergeEntities
import Foundation
import ConciergeJSON
import ConciergeText

/// How slot values read in replies and compare in conditions.
///
///     JSONValue.number(30).displayText                                   // "30"
///     JSONValue.object(["amount": 5000, "currency": "USD"]).displayText  // "$5,000"
///     try Condition.parse("team_size >= 50").get().holds(in: ["team_size": 60])   // true
extension JSONValue {
    public var displayText: String {
        switch self {
        case .null: return ""
        case .bool(let value): return value ? "yes" : "no"
        case .number(let value):
            return JSONNumber.text(value)
        case .string(let value): return value
        case .array(let values): return values.map(\.displayText).joined(separator: ", ")
        case .object(let fields):
            // The period as its code ("$300/month"): replies use the bot's words instead (`per_month`).
            if Money.isMoney(self) { return Money.display(self) + (fields["period"]?.stringValue.map { "/" + $0 } ?? "") }
            if fields["amount"] != nil, let currency = fields["currency"] {
                return "\((fields["amount"] ?? .null).displayText) \(currency.displayText)"
            }
            if let value = fields["value"] { return value.displayText }
            return fields.keys.sorted().compactMap { fields[$0]?.displayText }.joined(separator: " ")
        }
    }

    /// The value as a reply says it: an amount with the bot's period words ("$300 a month"
    /// from `per_month`; the amount alone without the phrase), anything else as `displayText`.
    public func displayText(words messages: DialogMessages) -> String {
        guard Money.isMoney(self) else { return displayText }
        let amount = Money.display(self)
        guard let period = self["period"]?.stringValue, let key = EngineMessage.per(period),
              let phrase = messages[key].first else { return amount }
        return phrase.render(["amount": .string(amount)])
    }

    /// The number a value stands for: a number, a numeric string, or an amount.
    var numeric: Double? {
        switch self {
        case .number(let value): return value
        case .string(let value): return Double(value.trimmingHorizontalSpaces)
        case .object(let fields): return (fields["amount"] ?? fields["value"])?.numeric
        default: return nil
        }
    }
}

extension Condition {
    /// Whether every clause holds for these slot values. Ordering compares numbers only;
    /// equality compares numbers as numbers and text ignoring case.
    public func holds(in slots: [String: JSONValue]) -> Bool {
        clauses.allSatisfy { clause in
            let value = slots[clause.slot]
            switch clause.test {
            case .isSet: return value != nil
            case .isNotSet: return value == nil
            case .compare(let op, let expected):
                guard let value else { return false }
                return Condition.compare(value, op, expected)
            }
        }
    }

    /// A money value compares as US dollars per month (`budget >= 500`), so a yearly budget
    /// or one in euros reads the same as a monthly one in dollars.
    static func compare(_ value: JSONValue, _ op: Operator, _ expected: JSONValue) -> Bool {
        let left = Money.isMoney(value) ? Money.usdPerMonth(value) : value.numeric
        if let left, let right = expected.numeric {
            switch op {
            case .equal: return left == right
            case .notEqual: return left != right
            case .less: return left < right
            case .lessOrEqual: return left <= right
            case .greater: return left > right
            case .greaterOrEqual: return left >= right
            }
        }
        let same = value.displayText.lowercased() == expected.displayText.lowercased()
        switch op {
        case .equal: return same
        case .notEqual: return !same
        default: return false
        }
    }
}

extension Template {
    /// The text with each placeholder replaced by its slot's value, or its default.
    public func render(_ slots: [String: JSONValue]) -> String {
        // A phrase without placeholders (most FAQ answers) is the bot's own string, shared: the
        // transcripts of a thousand sessions then hold one copy of it, not one each.
        if segments.count == 1, case .text(let literal) = segments[0] { return literal }
        var text = ""
        for segment in segments {
            switch segment {
            case .text(let literal): text += literal
            case .slot(let name, let fallback):
                if let value = slots[name], !value.displayText.isEmpty {
                    text += value.displayText
                } else {
                    text += fallback ?? ""
                }
            }
        }
        return text
    }
}

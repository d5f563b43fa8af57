import ConciergeEntities
import Foundation
import ConciergeJSON

/// Amounts of money as the dialog reads them: a monthly figure in US dollars for budgets and
/// prices, and the amount written out ("$20,000"); the words of its period ("a year") are the
/// bot's (`per_year`), added by the dialog step.
///
///     let budget: JSONValue = ["amount": 24000, "currency": "USD", "period": "year"]
///     Money.usdPerMonth(budget)            // 2000
///     Money.usdPerMonth(["amount": 100, "currency": "EUR"])   // 108
///     Money.display(budget)                // "$24,000"
enum Money {
    /// US dollars per unit of each currency we convert. Fixed on purpose: budgets are rough,
    /// and a bot that quotes live rates would promise precision it cannot keep. Other
    /// currencies are refused politely instead of guessed.
    static let usdRates: [String: Double] = ["USD": 1, "EUR": 1.08, "GBP": 1.27, "CAD": 0.73, "AUD": 0.66]

    /// Months in each budget period; an amount without a period is taken per month.
    static let months: [String: Double] = ["month": 1, "year": 12, "quarter": 3, "week": 12.0 / 52, "day": 12.0 / 365]

    /// Whether the value is an amount of money (`{"amount", "currency"}`).
    static func isMoney(_ value: JSONValue) -> Bool {
        value["amount"]?.numberValue != nil && value["currency"]?.stringValue != nil
    }

    /// The currency of an amount whose rate is unknown ("CHF"), else nil.
    static func unsupportedCurrency(_ value: JSONValue) -> String? {
        guard let currency = value["currency"]?.stringValue, usdRates[currency] == nil else { return nil }
        return currency
    }

    /// The amount per month in US dollars; nil for a currency without a rate.
    static func usdPerMonth(_ value: JSONValue) -> Double? {
        guard let amount = value["amount"]?.numberValue, let currency = value["currency"]?.stringValue,
              let rate = usdRates[currency] else { return nil }
        // An amount per hour or per night is a rate, not a budget: it has no monthly reading.
        let period = value["period"]?.stringValue
        guard let months = period.map({ Money.months[$0] }) ?? 1 else { return nil }
        return (amount * rate / months).rounded(toPlaces: 2)
    }

    /// The amount without its period: "$1,500", "€20,000", "$10,000–$20,000", "3,000 CHF".
    static func display(_ value: JSONValue) -> String {
        guard let amount = value["amount"]?.numberValue, let currency = value["currency"]?.stringValue else { return "" }
        var text = format(amount, currency: currency)
        if let low = value["min"]?.numberValue, low < amount { text = format(low, currency: currency) + "–" + text }
        return text
    }

    static func format(_ amount: Double, currency: String) -> String {
        let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "AUD": "A$"]
        let whole = amount.rounded() == amount
        let integer = Int64(amount.rounded(.towardZero))
        var digits = String(abs(integer))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        var number = (integer < 0 ? "-" : "") + digits + grouped
        if !whole { number += String(format: ".%02d", Int((abs(amount) * 100).rounded()) % 100) }
        if let symbol = symbols[currency] { return symbol + number }
        return number + " " + currency
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}

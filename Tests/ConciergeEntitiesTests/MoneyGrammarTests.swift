import Testing

@testable import ConciergeEntities
import ConciergeJSON

func usd(_ amount: Double, _ period: String? = nil) -> JSONValue { money(amount, "USD", period) }
func money(_ amount: Double, _ currency: String, _ period: String? = nil) -> JSONValue {
    var fields: [String: JSONValue] = ["amount": .number(amount), "currency": .string(currency)]
    if let period { fields["period"] = .string(period) }
    return .object(fields)
}

@Suite struct MoneyGrammarTests {
    static let money: [Expect] = [
        Expect("$5k", .money, usd(5000), "$5k"),
        Expect("budget is $20k", .money, usd(20000), "$20k"),
        Expect("5,000 dollars", .money, usd(5000), "5,000 dollars"),
        Expect("€200 please", .money, ConciergeEntitiesTests.money(200, "EUR"), "€200"),
        Expect("£1,200.50 total", .money, ConciergeEntitiesTests.money(1200.5, "GBP"), "£1,200.50"),
        Expect("20 grand a year", .money, usd(20000, "year"), "20 grand a year"),
        Expect("20 grand", .money, usd(20000), "20 grand"),
        Expect("20k USD", .money, usd(20000), "20k USD"),
        Expect("USD 300/month", .money, usd(300, "month"), "USD 300/month"),
        Expect("300 euros per month", .money, ConciergeEntitiesTests.money(300, "EUR", "month"), "300 euros per month"),
        Expect("$20k a year", .money, usd(20000, "year"), "$20k a year"),
        Expect("around 20,000 USD", .money, usd(20000), "20,000 USD"),
        Expect("$99/mo", .money, usd(99, "month"), "$99/mo"),
        Expect("5 bucks", .money, usd(5), "5 bucks"),
        Expect("¥5000", .money, ConciergeEntitiesTests.money(5000, "JPY"), "¥5000"),
        Expect("5000 yen", .money, ConciergeEntitiesTests.money(5000, "JPY"), "5000 yen"),
        Expect("100 CAD", .money, ConciergeEntitiesTests.money(100, "CAD"), "100 CAD"),
        Expect("AUD 250", .money, ConciergeEntitiesTests.money(250, "AUD"), "AUD 250"),
        Expect("90 chf", .money, ConciergeEntitiesTests.money(90, "CHF"), "90 chf"),
        Expect("INR 5000", .money, ConciergeEntitiesTests.money(5000, "INR"), "INR 5000"),
        Expect("40 pounds", .money, ConciergeEntitiesTests.money(40, "GBP"), "40 pounds"),
        Expect("1 euro", .money, ConciergeEntitiesTests.money(1, "EUR"), "1 euro"),
        Expect("twenty dollars", .money, usd(20), "twenty dollars"),
        Expect("a hundred dollars", .money, usd(100), "a hundred dollars"),
        Expect("five bucks", .money, usd(5), "five bucks"),
        Expect("$1.5m", .money, usd(1_500_000), "$1.5m"),
        Expect("$3 million", .money, usd(3_000_000), "$3 million"),
        Expect("$ 50", .money, usd(50), "$ 50"),
        Expect("$50 monthly", .money, usd(50, "month"), "$50 monthly"),
        Expect("$600 annually", .money, usd(600, "year"), "$600 annually"),
        Expect("$10/yr", .money, usd(10, "year"), "$10/yr"),
        Expect("$10 per year", .money, usd(10, "year"), "$10 per year"),
        Expect("$200/week", .money, usd(200, "week"), "$200/week"),
        Expect("$5 a day", .money, usd(5, "day"), "$5 a day"),
        Expect("$5 per day", .money, usd(5, "day"), "$5 per day"),
        Expect("$40/hr", .money, usd(40, "hour"), "$40/hr"),
        Expect("$50k per annum", .money, usd(50000, "year"), "$50k per annum"),
        Expect("€49 per user", .money, ConciergeEntitiesTests.money(49, "EUR"), "€49"),
        Expect("200€", .money, ConciergeEntitiesTests.money(200, "EUR"), "200€"),
        Expect("$20k USD", .money, usd(20000), "$20k USD"),
        Expect("1 dollar", .money, usd(1), "1 dollar"),
        Expect("10K EUR yearly", .money, ConciergeEntitiesTests.money(10000, "EUR", "year"), "10K EUR yearly"),
        Expect("is $0 ok", .money, usd(0), "$0"),
        Expect("$99.99", .money, usd(99.99), "$99.99"),
        Expect("costs $5.", .money, usd(5), "$5"),
    ]

    static let percentages: [Expect] = [
        Expect("20% off", .percentage, 20, "20%"),
        Expect("20 % off", .percentage, 20, "20 %"),
        Expect("twenty percent off", .percentage, 20, "twenty percent"),
        Expect("15 per cent off", .percentage, 15, "15 per cent"),
        Expect("12.5% growth", .percentage, 12.5, "12.5%"),
        Expect("100% sure", .percentage, 100, "100%"),
        Expect("5 pct more", .percentage, 5, "5 pct"),
        Expect("fifty percent", .percentage, 50, "fifty percent"),
        Expect("0.5%", .percentage, 0.5, "0.5%"),
    ]

    static let misses: [Miss] = [
        Miss("$"),
        Miss("$ alone is nothing"),
        Miss("40 people", .money),
        Miss("the dollar is strong"),
        Miss("grand opening"),
        Miss("pounds of flour", .money),
        Miss("% done"),
        Miss("per cent"),
    ]

    @Test(arguments: money) func amounts(_ row: Expect) { check(row) }
    @Test(arguments: percentages) func percentage(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }
}

/// The ISO 4217 currency codes in use (2026): national currencies and the fund and
/// special-drawing codes, without precious metals, bond units, "XTS" (testing) and "XXX".
/// Codes withdrawn in the last few years but still written (BGN, HRK, ANG, SLL, CUC, ZWL) are
/// accepted too (`recent`); older ones (VEF, MRO, STD, LTL, LVL, EEK) are not.
///
///     CurrencyCodes.all.contains("KWD")   // true
///     CurrencyCodes.lookup("kwd", upper: false)   // "KWD"
///     CurrencyCodes.lookup("top", upper: false)   // nil: "top 10" is no money, "TOP 10" might be
enum CurrencyCodes {
    static let all: Set<String> = [
        "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BHD", "BIF", "BMD",
        "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
        "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
        "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF",
        "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW",
        "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT",
        "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD",
        "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD",
        "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS",
        "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS",
        "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XDR", "XOF", "XPF", "XSU", "XUA", "YER", "ZAR",
        "ZMW", "ZWG",    ]

    /// Recently withdrawn codes people still write ("42 BGN").
    static let recent: Set<String> = ["BGN", "HRK", "ANG", "SLL", "CUC", "ZWL"]

    /// Codes that are also English words or common acronyms ("ALL", "TOP", "TRY", "PHP", "AMD",
    /// "CVE", "SDG"): they count only in capitals, and only after the amount or glued before it
    /// ("40 TOP", "PHP500"), never spaced before it ("PHP 8" is a language version).
    static let strict: Set<String> = [
        "ALL", "AMD", "ARS", "BAM", "BND", "BOB", "BSD", "BTN", "CDF", "CHE", "COP", "CRC", "CUP", "CVE", "DOP",
        "ERN", "GEL", "GIP", "KGS", "LAK", "MAD", "MDL", "MGA", "MNT", "MOP", "MUR", "MVR", "NAD", "NPR", "PEN",
        "PHP", "RON", "RUB", "SAR", "SCR", "SDG", "SHP", "SOS", "SRD", "SVC", "TMT", "TOP", "TRY", "VES", "YER",
    ]

    /// Lower-cased code → code, for the scanner's lower-cased words.
    static let lowercased: [String: String] = {
        var table: [String: String] = [:]
        for code in all.union(recent) { table[code.lowercased()] = code }
        return table
    }()

    /// The code a word stands for; strict codes need capitals (`upper`).
    static func lookup(_ word: String, upper: Bool) -> String? {
        guard let code = lowercased[word] else { return nil }
        return upper || !strict.contains(code) ? code : nil
    }
}

/// Currency symbols, names and minor units as people write them around amounts.
///
///     CurrencyNames.symbols["₩"]            // "KRW"
///     CurrencyNames.names["rupees"]         // "INR"
///     CurrencyNames.qualifiers["canadian"]  // "CAD" ("50 canadian dollars")
enum CurrencyNames {
    /// One-scalar symbols, before or after the amount.
    static let symbols: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS",
        "฿": "THB", "₫": "VND", "₱": "PHP", "₦": "NGN", "₴": "UAH", "₡": "CRC", "₲": "PYG", "₵": "GHS", "₸": "KZT",
        "₼": "AZN", "₾": "GEL", "₭": "LAK", "₮": "MNT", "₨": "INR", "৳": "BDT",
    ]
    /// Words glued before "$": "R$", "A$", "C$", "HK$", "US$", "NZ$", "S$", "MX$", "NT$".
    static let dollarPrefixes: [String: String] = [
        "r": "BRL", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD", "hk": "HKD", "us": "USD",
        "u": "USD", "nz": "NZD", "s": "SGD", "sg": "SGD", "mx": "MXN", "nt": "TWD",
    ]
    /// Words before the amount that are not ISO codes: "Rs. 20", "Rs 500", "Rp 50000".
    static let prefixWords: [String: String] = ["rs": "INR", "rp": "IDR", "rm": "MYR"]

    /// Names after the amount.
    static let names: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "quid": "GBP", "sterling": "GBP", "yen": "JPY", "rupee": "INR", "rupees": "INR", "rs": "INR",
        "franc": "CHF", "francs": "CHF", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "won": "KRW",
        "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "lira": "TRY", "liras": "TRY",
        "shekel": "ILS", "shekels": "ILS", "sheqel": "ILS", "sheqalim": "ILS", "nis": "ILS", "peso": "MXN",
        "pesos": "MXN", "reais": "BRL", "rand": "ZAR", "krona": "SEK", "kronor": "SEK", "zloty": "PLN",
        "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF", "baht": "THB", "ringgit": "MYR",
        "rupiah": "IDR", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "naira": "NGN",
        "dong": "VND", "hryvnia": "UAH", "hryvnias": "UAH", "koruna": "CZK", "cedi": "GHS", "cedis": "GHS",
        "kwacha": "ZMW", "taka": "BDT", "lei": "RON", "leu": "RON",
    ]
    /// Names that need a large amount, because the word is common English ("5 won the award").
    static let largeOnly: Set<String> = ["won", "dong", "rand"]
    /// Names that need a qualifier before them ("kuwaiti dinars", "danish kroner").
    static let qualifiedOnly: Set<String> = [
        "dinar", "dinars", "krone", "kroner", "rial", "rials", "shilling", "shillings", "real",
    ]

    /// Words before a currency name that choose the currency: "50 australian dollars".
    static let qualifiers: [String: String] = [
        "us": "USD", "american": "USD", "australian": "AUD", "aussie": "AUD", "canadian": "CAD", "singapore": "SGD",
        "singaporean": "SGD", "nz": "NZD", "mexican": "MXN", "japanese": "JPY", "indian": "INR", "pakistani": "PKR",
        "nepali": "NPR", "nepalese": "NPR", "british": "GBP", "egyptian": "EGP", "chinese": "CNY", "swedish": "SEK",
        "danish": "DKK", "norwegian": "NOK", "icelandic": "ISK", "russian": "RUB", "turkish": "TRY", "israeli": "ILS",
        "brazilian": "BRL", "korean": "KRW", "swiss": "CHF", "philippine": "PHP", "argentine": "ARS",
        "argentinian": "ARS", "chilean": "CLP", "colombian": "COP", "taiwan": "TWD", "taiwanese": "TWD", "thai": "THB",
        "malaysian": "MYR", "indonesian": "IDR", "saudi": "SAR", "uae": "AED", "emirati": "AED", "kuwaiti": "KWD",
        "jordanian": "JOD", "bahraini": "BHD", "qatari": "QAR", "omani": "OMR", "iraqi": "IQD", "nigerian": "NGN",
        "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "ghanaian": "GHS", "jamaican": "JMD", "czech": "CZK",
        "hungarian": "HUF", "polish": "PLN", "ukrainian": "UAH", "vietnamese": "VND", "moroccan": "MAD",
        "tunisian": "TND", "algerian": "DZD", "fijian": "FJD", "hk": "HKD", "romanian": "RON", "serbian": "RSD",
        "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG", "libyan": "LYD", "bulgarian": "BGN", "croatian": "HRK",
    ]
    /// Two-word qualifiers: "hong kong dollars", "new zealand dollars", "south african rand".
    static let twoWordQualifiers: [String: String] = [
        "hong kong": "HKD", "new zealand": "NZD", "south african": "ZAR", "sri lankan": "LKR", "south korean": "KRW",
        "new taiwan": "TWD", "east caribbean": "XCD", "saudi arabian": "SAR",
    ]

    /// Colloquial words for the bot's own currency, with their multiplier: "5 bucks", "20 grand".
    static let colloquial: [String: Double] = ["buck": 1, "bucks": 1, "grand": 1000]

    /// Minor units after the amount: "43 cents", "50 pence", "20 paise"; nil currency = the main or
    /// default currency.
    static let minorUnits: [String: String?] = [
        "cent": nil, "cents": nil, "ct": nil, "cts": nil, "penny": nil, "pennies": nil, "pence": "GBP",
        "paise": "INR", "sen": nil,
    ]

    /// Words that can follow an amount as (the start of) its currency: one lookup rejects the rest.
    static let postfixStarts: Set<String> = {
        var all = Set(names.keys).union(CurrencyCodes.lowercased.keys).union(colloquial.keys).union(minorUnits.keys)
        all.formUnion(qualifiers.keys)
        all.formUnion(twoWordQualifiers.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        all.formUnion(dollarPrefixes.keys)
        all.insert("c")
        return all
    }()

    /// Words that make money without a digit or a number word: only after "a" ("a dollar",
    /// "a grand", "a penny"), for the extractor's pre-scan. Codes and "Rs." need digits.
    static let triggers: Set<String> = [
        "dollar", "euro", "pound", "quid", "rupee", "franc", "yen", "yuan", "peso", "shekel", "ruble", "rouble",
        "lira", "dirham", "riyal", "buck", "grand", "penny", "cent",
    ]
}

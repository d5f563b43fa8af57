/// What surrounds a phone number: a phone word before a plain digit run ("call 6507018887") and
/// an extension after it ("ext. 89", "x123", "extension 4").
///
///     PhoneContext.phoneExtension(Array(" ext. 89".unicodeScalars), from: 0)   // ("89", 8)
enum PhoneContext {
    /// Words that make the digit run after them a phone number.
    static let phoneWords: Set<String> = [
        "call", "phone", "tel", "telephone", "mobile", "cell", "cellphone", "whatsapp", "dial", "fax", "sms",
        "text", "ring", "landline", "ph", "mob",
    ]
    static let possessives: Set<String> = ["my", "your", "his", "her", "our", "their", "contact"]

    /// True when one of the (at most three) words before `i` is a phone word, or "number" after
    /// a possessive ("my number is 6507018887"). Only spaces, ":" and "-" may sit in between.
    static func precededByPhoneWord(_ sc: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i
        var words: [String] = []
        while words.count < 4, k > 0 {
            while k > 0, sc[k - 1] == " " || sc[k - 1] == ":" || sc[k - 1] == "-" || sc[k - 1] == "#" { k -= 1 }
            let end = k
            while k > 0, EntityScanner.isLetter(sc[k - 1]), sc[k - 1].isASCII { k -= 1 }
            guard end > k, end - k <= 12 else { break }
            words.append(EntityScanner.lowerASCII(sc, k, end))
        }
        for (n, w) in words.enumerated() where n < 3 {
            if phoneWords.contains(w) { return true }
            if w == "number", n + 1 < words.count, possessives.contains(words[n + 1]) || phoneWords.contains(words[n + 1]) {
                return true
            }
        }
        return false
    }

    /// Words that make the digit run after them an identifier, not a phone: "order 0612345678".
    static let identifierWords: Set<String> = [
        "order", "invoice", "ticket", "ref", "reference", "id", "account", "customer", "case", "transaction",
        "iban", "vat", "tracking", "booking", "confirmation", "receipt", "no", "nr",
    ]

    /// True when one of the (at most two) words before `i` names an identifier ("order
    /// 0612345678", "invoice no. 0612345678").
    static func precededByIdentifierWord(_ sc: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i
        for _ in 0..<2 {
            while k > 0, sc[k - 1] == " " || sc[k - 1] == ":" || sc[k - 1] == "." || sc[k - 1] == "#" { k -= 1 }
            let end = k
            while k > 0, EntityScanner.isLetter(sc[k - 1]), sc[k - 1].isASCII { k -= 1 }
            guard end > k else { return false }
            if identifierWords.contains(EntityScanner.lowerASCII(sc, k, end)) { return true }
        }
        return false
    }

    /// " ext 89", " ext. 89", " extension 89", " x123", "x123" right after a phone: the digits and the end.
    static func phoneExtension(_ sc: [Unicode.Scalar], from start: Int) -> (digits: String, end: Int)? {
        var k = start
        if k < sc.count, sc[k] == " " || sc[k] == "," { k += 1 }
        if k < sc.count, sc[k] == " " { k += 1 }
        let wordStart = k
        while k < sc.count, EntityScanner.isLetter(sc[k]), sc[k].isASCII { k += 1 }
        let word = EntityScanner.lowerASCII(sc, wordStart, k)
        guard ["ext", "extension", "x"].contains(word) else { return nil }
        if k < sc.count, sc[k] == "." { k += 1 }
        let glued = word == "x"
        if !glued, k < sc.count, sc[k] == " " { k += 1 }
        let digitStart = k
        while k < sc.count, EntityScanner.isASCIIDigit(sc[k]), k - digitStart < 6 { k += 1 }
        guard k > digitStart, k >= sc.count || !ContactGrammar.isAlnum(sc[k]) else { return nil }
        return (EntityScanner.slice(sc, digitStart, k), k)
    }
}

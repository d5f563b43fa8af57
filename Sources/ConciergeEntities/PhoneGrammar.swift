/// Finds phone numbers by scanning scalars: digit groups joined by spaces, hyphens, dots or
/// parentheses, with an optional "+" or "00" international prefix.
///
/// Grouping is what separates a phone from prose numbers: "5551234567" alone, "1999-2005",
/// "2026-11-23" and "12-25-2026" are not phones.
///
///     PhoneGrammar.phones(in: Array("call (555) 123 4567".unicodeScalars), defaultCountryCode: "1")
///     // [Candidate(phone, "+15551234567", 5..<19)]
enum PhoneGrammar {
    /// Scalars that, right before a digit, mean it belongs to something else (a word, a price, a path).
    static let badBefore: Set<Unicode.Scalar> = [".", "/", "@", "-", "$", "€", "£", "¥", ":", "#", "_", "=", "&", "?", ",", "+", "%"]

    static func phones(in sc: [Unicode.Scalar], defaultCountryCode: String) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        let n = sc.count
        while i < n {
            let s = sc[i]
            let startsHere = EntityScanner.isASCIIDigit(s)
                || ((s == "+" || s == "(") && i + 1 < n && EntityScanner.isASCIIDigit(sc[i + 1]))
                || (s == "(" && i + 2 < n && sc[i + 1] == "+" && EntityScanner.isASCIIDigit(sc[i + 2]))
            guard startsHere else { i += 1; continue }
            if i > 0, ContactGrammar.isAlnum(sc[i - 1]) || badBefore.contains(sc[i - 1]) {
                // Skip the whole digit run so long runs are scanned once.
                var k = i + 1
                while k < n, EntityScanner.isASCIIDigit(sc[k]) { k += 1 }
                i = k
                continue
            }
            var scan = scanGroups(sc, from: i)
            var value = validate(scan, defaultCountryCode: defaultCountryCode)
            if value == nil, scan.groups.count == 1, !scan.plus, (10...13).contains(scan.groups[0].utf8.count),
                PhoneContext.precededByPhoneWord(sc, before: i)
                    || (isNationalRun(scan.groups[0]) && !PhoneContext.precededByIdentifierWord(sc, before: i))
            {
                // "call 6507018887": a plain run is a phone only right after a phone word.
                let digits = scan.groups[0]
                value = digits.hasPrefix("0") ? national(digits, defaultCountryCode: defaultCountryCode) : "+" + digits
                if digits.utf8.count == 10, !digits.hasPrefix("0") { value = "+" + defaultCountryCode + digits }
            }
            if var found = value {
                if let ext = PhoneContext.phoneExtension(sc, from: scan.end) {
                    found += " ext " + ext.digits
                    scan.end = ext.end
                }
                if scan.end >= n || !(ContactGrammar.isAlnum(sc[scan.end]) || sc[scan.end] == "%") {
                    out.append(Candidate(entity: .phone, value: .string(found), start: i, end: scan.end))
                }
            }
            i = max(scan.end, i + 1)
        }
        return out
    }

    struct GroupScan {
        var plus = false
        var groups: [String] = []
        var separators: Set<Unicode.Scalar> = []
        var parenthesized = false
        var end = 0
    }

    static func scanGroups(_ sc: [Unicode.Scalar], from start: Int) -> GroupScan {
        var scan = GroupScan()
        let n = sc.count
        var k = start
        if sc[k] == "+" { scan.plus = true; k += 1 }
        scan.end = k
        while k < n {
            var open = false
            if sc[k] == "(" { open = true; k += 1 }
            // "(+1) 650…": the country code in parentheses.
            if open, scan.groups.isEmpty, !scan.plus, k < n, sc[k] == "+" { scan.plus = true; k += 1 }
            var digits = ""
            while k < n, EntityScanner.isASCIIDigit(sc[k]), digits.utf8.count < 16 {
                digits.unicodeScalars.append(sc[k])
                k += 1
            }
            if digits.isEmpty { break }
            if open {
                guard k < n, sc[k] == ")" else { break }
                k += 1
                scan.parenthesized = true
            }
            // "+44 (0)20 …": the national trunk zero after a country code is not dialled.
            if !(open && digits == "0" && scan.plus && scan.groups.count == 1) { scan.groups.append(digits) }
            scan.end = k
            if scan.groups.count > 6 { break }
            // One separator: an optional space, an optional "-" or ".", an optional space.
            var sepEnd = k
            if sepEnd < n, sc[sepEnd] == " " { scan.separators.insert(" "); sepEnd += 1 }
            if sepEnd < n, sc[sepEnd] == "-" || sc[sepEnd] == "." { scan.separators.insert(sc[sepEnd]); sepEnd += 1 }
            if sepEnd < n, sc[sepEnd] == " ", sepEnd > k, sc[sepEnd - 1] != " " { sepEnd += 1 }
            // "(555)123-4567": a closing parenthesis is separator enough.
            guard sepEnd > k || open || (sepEnd < n && sc[sepEnd] == "("), sepEnd < n,
                EntityScanner.isASCIIDigit(sc[sepEnd]) || sc[sepEnd] == "("
            else { break }
            k = sepEnd
        }
        return scan
    }

    /// The normalized "+<digits>" value, or nil when the groups do not look like a phone.
    static func validate(_ scan: GroupScan, defaultCountryCode: String) -> String? {
        let groups = scan.groups
        guard let first = groups.first, let last = groups.last else { return nil }
        let digits = groups.joined()
        let count = digits.utf8.count
        guard count >= 7, count <= 15 else { return nil }
        if scan.plus {
            guard groups.count >= 2 || count >= 8 else { return nil }
            // A country code of 1–3 digits, then groups of any length ("+1 6507018887").
            guard groups.count == 1 || first.utf8.count <= 3 || groups.allSatisfy({ $0.utf8.count <= 5 }) else {
                return nil
            }
            return "+" + digits
        }
        guard groups.count >= 2 else { return nil }
        // "(19) 997424919": a bracketed area code and one long local group.
        if groups.count == 2, scan.parenthesized, (2...3).contains(first.utf8.count), (7...9).contains(last.utf8.count) {
            return "+" + defaultCountryCode + (first.hasPrefix("0") ? String(digits.dropFirst()) : digits)
        }
        if first.hasPrefix("00"), first.utf8.count <= 5, count >= 9, first.utf8.count >= 3 || groups.count >= 3 {
            return "+" + digits.dropFirst(2)  // "0044 20 …", "00 33 1 …": the international prefix
        }
        // "1-555-123-4567": the default country code written without "+".
        if groups.count == 4, first == defaultCountryCode, !scan.parenthesized || groups[1].utf8.count == 3 {
            guard groups[1].utf8.count == 3, groups[2].utf8.count == 3, last.utf8.count == 4 else { return nil }
            return "+" + digits
        }
        // "0176 5551234", "07700 900123", "06 12 34 56 78": a national number with its trunk
        // zero, grouped as its country writes it.
        if first.hasPrefix("0"), (2...5).contains(first.utf8.count), (9...12).contains(count),
           groups.dropFirst().allSatisfy({ $0.utf8.count >= 2 }) {
            return national(digits, defaultCountryCode: defaultCountryCode)
        }
        guard last.utf8.count == 4 else { return nil }
        for middle in groups.dropFirst().dropLast() where middle.utf8.count < 3 || middle.utf8.count > 4 {
            return nil
        }
        if groups.count == 2 {
            // "555-1234" only; two space- or dot-separated groups are too often two numbers.
            guard first.utf8.count == 3, scan.separators == ["-"] else { return nil }
        } else {
            guard first.utf8.count >= 2, first.utf8.count <= 5 else { return nil }
        }
        return first.hasPrefix("0") ? national(digits, defaultCountryCode: defaultCountryCode) : "+" + defaultCountryCode + digits
    }

    /// "0612345678", "07700900123": ten or eleven digits with one trunk zero are a national
    /// phone number written without spaces, whatever words come before it (quantities and
    /// prices are not written with a leading zero; "00…" is an international prefix or an ID).
    static func isNationalRun(_ digits: String) -> Bool {
        let scalars = Array(digits.unicodeScalars)
        return (10...11).contains(scalars.count) && scalars[0] == "0" && scalars[1] != "0"
    }

    /// Calling codes whose numbers keep their leading zero after the code (Italy, San Marino,
    /// the Vatican): "06 1234 5678" is "+39 06 1234 5678".
    static let zeroKept: Set<String> = ["39", "378", "379"]
    /// Calling codes without a trunk zero (the North American plan dials "1", Spain, Denmark,
    /// Norway, Greece… none): a number starting with 0 cannot be theirs.
    static let noTrunkZero: Set<String> = ["1", "34", "45", "47", "30", "351", "352", "354", "357", "372", "420", "421"]

    /// A number written with its national trunk zero, in the default country: "+44 20…" for
    /// "020…" in the UK. Where that country has no trunk zero (a US bot and a German visitor's
    /// "0176 5551234"), its country is unknown: the digits as written, without a "+".
    static func national(_ digits: String, defaultCountryCode: String) -> String {
        if zeroKept.contains(defaultCountryCode) { return "+" + defaultCountryCode + digits }
        if noTrunkZero.contains(defaultCountryCode) { return digits }
        return "+" + defaultCountryCode + digits.dropFirst()
    }
}

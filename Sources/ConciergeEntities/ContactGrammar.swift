/// Finds e-mail addresses, URLs and phone numbers by scanning scalars directly.
///
/// Every scan moves strictly forward, so each is linear in the message length even for
/// adversarial input ("@@@@…", a megabyte of digits).
///
///     ContactGrammar.emails(in: Array("mail Ana@Example.com".unicodeScalars))
///     // [Candidate(email, "ana@example.com", 5..<20)]
enum ContactGrammar {
    /// Top-level domains accepted for bare domains ("acme.com"); scheme and "www." URLs accept any.
    static let tlds: Set<String> = [
        "com", "org", "net", "io", "co", "ai", "app", "dev", "edu", "gov", "info", "biz", "me", "tv", "ly",
        "xyz", "tech", "shop", "store", "online", "site", "cloud", "uk", "us", "ca", "au", "de", "fr", "es",
        "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "pt", "ie", "br", "mx", "ar", "jp", "cn",
        "in", "sg", "nz", "za", "eu", "ru", "kr", "gg", "so", "to", "fm", "sh", "hk", "tw", "il", "tr",
        "gr", "cz", "hu", "ro", "ua", "vn", "th", "ph", "pk", "ng", "ke", "eg", "ae", "cl", "pe", "nu",
        "ws", "cc", "mil", "pro", "mobi", "asia", "live", "news", "blog", "agency", "studio",
        "design", "media", "digital", "global", "network", "solutions", "software", "club", "space",
        "website", "finance", "travel", "art", "inc", "ltd", "lu", "ee", "lt", "lv", "sk",
        "si", "hr", "rs", "bg", "is", "ma", "tn", "gh", "ve", "uy", "bo", "ec", "lk", "bd", "np",
        "qa", "kw", "sa", "jo", "lb",
    ]

    @inline(__always) static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
    }

    @inline(__always) static func isLocalPart(_ s: Unicode.Scalar) -> Bool {
        isAlnum(s) || s == "." || s == "_" || s == "%" || s == "+" || s == "-"
    }

    @inline(__always) static func isDomainPart(_ s: Unicode.Scalar) -> Bool { isAlnum(s) || s == "." || s == "-" }

    /// The domain starting at `from`: returns its end (trailing dots and hyphens trimmed) when it
    /// has at least two labels and an alphabetic top-level label of two or more letters.
    static func domainEnd(_ sc: [Unicode.Scalar], from: Int, requireKnownTLD: Bool) -> Int? {
        var end = from
        while end < sc.count, isDomainPart(sc[end]) { end += 1 }
        while end > from, sc[end - 1] == "." || sc[end - 1] == "-" { end -= 1 }
        guard end > from else { return nil }
        var lastDot = -1
        var previous: Unicode.Scalar = "."
        for k in from..<end {
            if sc[k] == "." {
                if previous == "." { return nil }  // empty label
                lastDot = k
            }
            previous = sc[k]
        }
        guard lastDot > from, end - lastDot - 1 >= 2 else { return nil }
        var tld = ""
        for k in (lastDot + 1)..<end {
            let v = sc[k].value
            guard (v >= 65 && v <= 90) || (v >= 97 && v <= 122) else { return nil }
            tld.unicodeScalars.append(Unicode.Scalar(v | 0x20) ?? sc[k])
        }
        if requireKnownTLD, !tlds.contains(tld) { return nil }
        return end
    }

    static func emails(in sc: [Unicode.Scalar]) -> [Candidate] {
        var out: [Candidate] = []
        var floor = 0  // nothing before this index may be reused
        var i = 0
        while i < sc.count {
            guard sc[i] == "@" else { i += 1; continue }
            var start = i
            while start > floor, isLocalPart(sc[start - 1]) { start -= 1 }
            while start < i, sc[start] == "." { start += 1 }
            if start < i, let end = domainEnd(sc, from: i + 1, requireKnownTLD: false) {
                let text = EntityScanner.slice(sc, start, end).lowercased()
                out.append(Candidate(entity: .email, value: .string(text), start: start, end: end))
                i = end
                floor = end
            } else {
                i += 1
                floor = i
            }
        }
        return out
    }

    static func urls(in sc: [Unicode.Scalar]) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        let n = sc.count
        while i < n {
            // Only a boundary can start a URL: not inside a word, an address or a path.
            if i > 0, isDomainPart(sc[i - 1]) || sc[i - 1] == "@" || sc[i - 1] == "/" || sc[i - 1] == ":" {
                i += 1
                continue
            }
            guard isAlnum(sc[i]) else { i += 1; continue }
            var hostStart = i
            var explicit = false
            if hasPrefix(sc, i, "https://") { hostStart = i + 8; explicit = true }
            else if hasPrefix(sc, i, "http://") { hostStart = i + 7; explicit = true }
            else if hasPrefix(sc, i, "www.") { explicit = true }
            let scheme = hostStart > i
            // Only a scheme, "localhost" or an IP address can do without a known top-level domain.
            let other = hostStart < n
                && (scheme || sc[hostStart] == "l" || sc[hostStart] == "L" || EntityScanner.isASCIIDigit(sc[hostStart]))
            guard let hostEnd = domainEnd(sc, from: hostStart, requireKnownTLD: !explicit)
                ?? (other ? otherHostEnd(sc, from: hostStart, scheme: scheme) : nil)
            else {
                // Skip the rest of this run so a long run is scanned once.
                var k = i
                while k < n, isDomainPart(sc[k]) { k += 1 }
                i = max(k, i + 1)
                continue
            }
            // Part of an e-mail address ("ana@acme.com" is claimed by the e-mail scan).
            if hostEnd < n, sc[hostEnd] == "@" { i = hostEnd + 1; continue }
            var end = hostEnd
            if end < n, sc[end] == "/" || sc[end] == ":" || sc[end] == "?" || sc[end] == "#" {
                while end < n, !sc[end].properties.isWhitespace, sc[end] != "\"", sc[end] != "<", sc[end] != ">" {
                    end += 1
                }
                // Sentence punctuation after a URL is not part of it.
                while end > hostEnd, ".,;:!?)]'".unicodeScalars.contains(sc[end - 1]) { end -= 1 }
            }
            let text = EntityScanner.slice(sc, i, end)
            out.append(Candidate(entity: .url, value: .string(text), start: i, end: end))
            i = end
        }
        return out
    }

    /// Hosts without a known top-level domain: any host after a scheme ("http://kimchi"),
    /// "localhost", and an IPv4 address with a port ("127.0.0.1:8080"; a bare one is a version).
    static func otherHostEnd(_ sc: [Unicode.Scalar], from start: Int, scheme: Bool) -> Int? {
        var end = start
        while end < sc.count, isDomainPart(sc[end]) { end += 1 }
        while end > start, sc[end - 1] == "." || sc[end - 1] == "-" { end -= 1 }
        guard end > start else { return nil }
        if scheme { return end }
        let followedByPort = end + 1 < sc.count && sc[end] == ":" && EntityScanner.isASCIIDigit(sc[end + 1])
        if end - start == 9, hasPrefix(sc, start, "localhost") { return end }
        guard followedByPort else { return nil }
        // Four dotted groups of at most three digits.
        var groups = 0, digits = 0
        for k in start..<end {
            if sc[k] == "." {
                guard digits > 0 else { return nil }
                groups += 1
                digits = 0
            } else if EntityScanner.isASCIIDigit(sc[k]), digits < 3 {
                digits += 1
            } else {
                return nil
            }
        }
        return groups == 3 && digits > 0 ? end : nil
    }

    static func hasPrefix(_ sc: [Unicode.Scalar], _ i: Int, _ prefix: String) -> Bool {
        var k = i
        for p in prefix.unicodeScalars {
            guard k < sc.count else { return false }
            var v = sc[k].value
            if v >= 65, v <= 90 { v += 32 }
            guard v == p.value else { return false }
            k += 1
        }
        return true
    }
}

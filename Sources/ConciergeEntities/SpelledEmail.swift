/// Finds e-mail addresses spelled out in words: "alice at example dot io",
/// "john dot smith at gmail dot com", "ana (at) acme (dot) com", "ana[at]acme.com", "bob @ acme.com".
///
/// Only the unambiguous shape counts: an address-like local part, an "at" marker, and a domain of
/// two or more labels joined by "dot" or "." whose last label is a known top-level domain. A local
/// part that is a common English word ("meet at the office", "I work at acme.com") is refused.
///
///     SpelledEmail.emails(in: ts)   // "mail alice at example dot io" → [email "alice@example.io" 5..<28]
enum SpelledEmail {
    /// One-word local parts that are ordinary words before "at", not mailbox names.
    static let commonWords: Set<String> = [
        "me", "us", "you", "him", "her", "them", "it", "i", "we", "they", "he", "she", "is", "are", "am", "was",
        "were", "be", "been", "being", "work", "works", "worked", "working", "meet", "meeting", "see", "look",
        "looking", "find", "found", "reach", "call", "email", "mail", "e", "contact", "write", "available", "here",
        "there", "live", "lives", "living", "shop", "buy", "bought", "sign", "up", "in", "on", "out", "online", "now",
        "anytime", "our", "my", "your", "stay", "staying", "read", "visit", "order", "ordered", "check", "go",
        "going", "went", "hosted", "apply", "login", "log", "register", "registered", "subscribe", "arrive",
        "arrived", "and", "or", "but", "the", "a", "an", "only", "also", "just", "directly", "both", "all",
        "everyone", "someone", "anyone", "person", "people", "team", "started", "start", "job", "listed", "posted",
        "published", "based", "located", "held", "hosting", "office", "home", "ping", "message", "text", "seen",
        "used", "use", "get", "got", "sell", "sold", "that", "this", "which", "who", "what", "where", "when", "to",
        "from", "of", "for", "with", "by", "not", "no", "docs", "documentation", "details", "more", "pricing", "demo",
        "signup", "download", "downloads", "free",
        // What is sold or found "at" a site: "prices at store.com are too high", "deals at shop.io".
        "price", "prices", "deal", "deals", "offer", "offers", "product", "products", "item", "items", "ticket",
        "tickets", "jobs", "careers", "discount", "discounts", "coupon", "coupons", "review", "reviews", "plans",
        "cheaper", "cheap", "everything", "anything", "something", "nothing", "stuff", "shopping", "selling",
        "cost", "costs", "rates", "fees", "events", "courses", "classes",
    ]

    static func emails(in ts: TokenStream) -> [Candidate] {
        var out: [Candidate] = []
        var floor = 0  // no address may start before the end of the previous one
        var i = 0
        while i < ts.count {
            guard let marker = atMarker(ts, i) else { i += 1; continue }
            if let local = localPart(ts, before: i, floor: floor), let domain = domain(ts, from: marker.end),
                let first = ts[local.start], let last = ts[domain.end - 1]
            {
                let value = local.text + "@" + domain.text
                // "docs at docs.acme.dev" names a site by its host, it is not a mailbox.
                if !marker.bracketed, !domain.spelled, domain.text.hasPrefix(local.text + ".") {
                    i = marker.end
                    continue
                }
                out.append(Candidate(entity: .email, value: .string(value), start: first.start, end: last.end))
                floor = domain.end
                i = domain.end
                continue
            }
            i = marker.end
        }
        return out
    }

    /// "at" spaced as a word, "(at)" / "[at]" glued or spaced, or a spaced "@".
    static func atMarker(_ ts: TokenStream, _ i: Int) -> (end: Int, bracketed: Bool)? {
        guard let t = ts[i] else { return nil }
        if t.isWord, t.text == "at", t.spaced, ts[i + 1]?.spaced ?? false { return (i + 1, false) }
        if t.isSymbol("@"), t.spaced || (ts[i + 1]?.spaced ?? false) { return (i + 1, true) }
        if t.isSymbol("(") || t.isSymbol("["), ts.word(i + 1) == "at", ts.isGlued(i + 1),
            ts.isSymbol(i + 2, t.text == "(" ? ")" : "]", glued: true)
        {
            return (i + 3, true)
        }
        return nil
    }

    /// A label: an ASCII word or digit run with glued "-" parts ("jean-jacques", "500px").
    static func label(_ ts: TokenStream, from i: Int) -> (text: String, end: Int)? {
        guard let t = ts[i], t.isDigits || (t.isWord && t.text.unicodeScalars.allSatisfy(\.isASCII)) else { return nil }
        var text = t.text
        var k = i + 1
        while let next = ts[k], !next.spaced, next.isDigits || next.isWord {
            text += next.text
            k += 1
        }
        while ts.isSymbol(k, "-", glued: true), let p = ts[k + 1], !p.spaced, p.isWord || p.isDigits {
            text += "-" + p.text
            k += 2
        }
        guard text.utf8.count <= 64 else { return nil }
        return (text, k)
    }

    /// A separator between domain labels: glued ".", a spaced "dot", or "(dot)" / "[dot]".
    static func dot(_ ts: TokenStream, _ k: Int) -> Int? {
        if ts.isSymbol(k, ".", glued: true), ts.isGlued(k + 1) { return k + 1 }
        if ts.word(k) == "dot", ts[k]?.spaced == true { return k + 1 }
        if let t = ts[k], t.isSymbol("(") || t.isSymbol("["), ts.word(k + 1) == "dot",
            ts.isSymbol(k + 2, t.text == "(" ? ")" : "]", glued: true)
        {
            return k + 3
        }
        return nil
    }

    static func domain(_ ts: TokenStream, from start: Int) -> (text: String, end: Int, spelled: Bool)? {
        guard let first = label(ts, from: start) else { return nil }
        var labels = [first.text]
        var end = first.end
        var spelled = false
        while labels.count < 6, let next = dot(ts, end), let l = label(ts, from: next) {
            if !ts.isSymbol(end, ".") { spelled = true }
            labels.append(l.text)
            end = l.end
        }
        guard labels.count >= 2, let tld = labels.last, ContactGrammar.tlds.contains(tld) else { return nil }
        // "ana at acme dot com.au" must not stop early, and "… dot com dot" must not run on.
        if ts.isSymbol(end, "@") || ts.word(end) == "at" && ts.isGlued(end) { return nil }
        return (labels.joined(separator: "."), end, spelled)
    }

    /// The local part ending right before the "at" marker at `at`, read backwards:
    /// labels joined by glued ". _ + -" or by spaced "dot" / "underscore".
    static func localPart(_ ts: TokenStream, before at: Int, floor: Int) -> (text: String, start: Int)? {
        guard let last = labelBackward(ts, endingAt: at - 1, floor: floor) else { return nil }
        var text = last.text
        var start = last.start
        var pieces = 1
        while pieces < 8, let j = ts[start - 1], let s = ts[start] {
            let joiner: String
            if j.kind == .symbol, !j.spaced, !s.spaced, [".", "_", "+", "-"].contains(j.text) {
                joiner = j.text
            } else if j.isWord, j.text == "dot" || j.text == "underscore", j.spaced, s.spaced {
                joiner = j.text == "dot" ? "." : "_"
            } else {
                break
            }
            guard let previous = labelBackward(ts, endingAt: start - 2, floor: floor) else { break }
            text = previous.text + joiner + text
            start = previous.start
            pieces += 1
        }
        // The address must start a word: not "I'm at …", not the tail of "x.y".
        if let s = ts[start], !s.spaced, let before = ts[start - 1],
            !(before.isSymbol("(") || before.isSymbol("<") || before.isSymbol(":") || before.isSymbol("\""))
        {
            return nil
        }
        if pieces == 1, commonWords.contains(text) { return nil }
        return (text, start)
    }

    /// Glued ASCII words and digit runs ending at `k`, merged ("bob99").
    static func labelBackward(_ ts: TokenStream, endingAt k: Int, floor: Int) -> (text: String, start: Int)? {
        guard k >= floor, let t = ts[k], t.isDigits || (t.isWord && t.text.unicodeScalars.allSatisfy(\.isASCII)) else {
            return nil
        }
        var text = t.text
        var start = k
        while start - 1 >= floor, let s = ts[start], !s.spaced, let p = ts[start - 1],
            p.isDigits || (p.isWord && p.text.unicodeScalars.allSatisfy(\.isASCII))
        {
            text = p.text + text
            start -= 1
        }
        return (text, start)
    }
}

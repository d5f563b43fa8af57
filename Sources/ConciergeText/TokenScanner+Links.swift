/// URLs, e-mail addresses and bare domains, recognised at an ASCII letter or digit.
///
///     https://x.io/a?b=1   www.acme.com   acme.co.uk/pricing   Ana@Example.com
///
/// Rules: a scheme URL needs `scheme://host`; `www.` needs a following label; a bare domain
/// needs a known TLD (so "hello.how" or "e.g" stay words); an e-mail needs `local@label.tld`
/// with an alphabetic TLD. Trailing sentence punctuation (and an unbalanced `)`) is left out.
/// Failures are cached per run of candidate characters so that retrying at each later
/// position of the same run costs O(1): the pass stays linear even on "a.a.a.a…".

/// The maximal run of e-mail-local/domain characters (`[A-Za-z0-9.+-_%]`) around a position.
struct LinkRun {
    var start = -1
    var end = -1
    /// Last `.` in the run (a run without a dot after the start cannot hold a domain).
    var lastDot = -1
    /// Last `_` or `%` (not allowed in a URL scheme).
    var lastNonScheme = -1
}

extension TokenScanner {
    /// Emits a URL or e-mail token starting at `start` and returns its end, or nil.
    mutating func scanLink(_ start: Int) -> Int? {
        if !(start >= linkRun.start && start < linkRun.end) { linkRun = computeRun(from: start) }
        let runEnd = linkRun.end
        let stop: UInt8 = runEnd < bytes.count ? bytes[runEnd] : 0
        let hasDot = linkRun.lastDot > start
        // The hot path: an ordinary word or number.
        if stop != UInt8(ascii: "@") && stop != UInt8(ascii: ":") && !hasDot { return nil }

        if stop == UInt8(ascii: ":"), let end = schemeURLEnd(start, schemeEnd: runEnd) {
            emitURL(start, end, hostStart: runEnd + 3)
            return end
        }
        if stop == UInt8(ascii: "@"), emailFailsBefore <= start {
            if case .found(let end) = domainEnd(from: runEnd + 1, knownTLD: false) {
                emit(.email, start, end)
                return end
            }
            emailFailsBefore = runEnd
        }
        guard hasDot else { return nil }
        if runEnd - start >= 5, hasPrefixWWW(start), case .found(let hostEnd) = domainEnd(from: start, knownTLD: false) {
            let end = urlTailEnd(start, hostEnd)
            emitURL(start, end, hostStart: start)
            return end
        }
        guard domainFailsBefore <= start else { return nil }
        switch domainEnd(from: start, knownTLD: true) {
        case .found(let hostEnd):
            let end = urlTailEnd(start, hostEnd)
            emitURL(start, end, hostStart: start)
            return end
        case .notFound(let scanned):
            domainFailsBefore = scanned
            return nil
        }
    }

    private func computeRun(from start: Int) -> LinkRun {
        var run = LinkRun(start: start)
        var position = start
        while position < bytes.count {
            let byte = bytes[position]
            if isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                // candidate character
            } else if byte == UInt8(ascii: ".") {
                run.lastDot = position
            } else if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%") {
                run.lastNonScheme = position
            } else {
                break
            }
            position += 1
        }
        run.end = position
        return run
    }

    /// `scheme://host…` with a short letter-led scheme.
    private func schemeURLEnd(_ start: Int, schemeEnd: Int) -> Int? {
        guard schemeEnd - start <= 16, linkRun.lastNonScheme < start, linkRun.lastDot < start,
              isASCIILetter(bytes[start]),
              schemeEnd + 3 < bytes.count,
              bytes[schemeEnd + 1] == UInt8(ascii: "/"), bytes[schemeEnd + 2] == UInt8(ascii: "/"),
              isASCIIAlphanumeric(bytes[schemeEnd + 3])
        else { return nil }
        return urlEnd(start, from: schemeEnd + 3)
    }

    private func hasPrefixWWW(_ start: Int) -> Bool {
        bytes[start] | 0x20 == UInt8(ascii: "w") && bytes[start + 1] | 0x20 == UInt8(ascii: "w")
            && bytes[start + 2] | 0x20 == UInt8(ascii: "w") && bytes[start + 3] == UInt8(ascii: ".")
            && isASCIIAlphanumeric(bytes[start + 4])
    }

    enum DomainMatch {
        case found(Int)
        /// How far the scan got: no domain can start before this point either.
        case notFound(Int)
    }

    /// `label(.label)+` where the last label is a TLD: any alphabetic one of two or more
    /// letters, or with `knownTLD` one from `commonTLDs`. Backs off to the last acceptable
    /// TLD, so "acme.com.Then" gives "acme.com".
    private func domainEnd(from start: Int, knownTLD: Bool) -> DomainMatch {
        var position = start
        var labels = 0
        var best = -1
        while true {
            let labelStart = position
            while position < bytes.count, isASCIIAlphanumeric(bytes[position]) || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            if position == labelStart { break }
            labels += 1
            if labels >= 2, bytes[position - 1] != UInt8(ascii: "-"), isTLD(labelStart, position, known: knownTLD) {
                best = position
            }
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."),
                  isASCIIAlphanumeric(bytes[position + 1]) else { break }
            position += 1
        }
        // "acme.comé" is not a domain followed by a letter.
        if best < 0 || (best == position && wordBodyStarts(at: best)) { return .notFound(max(position, start + 1)) }
        return .found(best)
    }

    private func isTLD(_ start: Int, _ end: Int, known: Bool) -> Bool {
        let length = end - start
        guard length >= 2, length <= 24 else { return false }
        for position in start..<end where !isASCIILetter(bytes[position]) { return false }
        guard known else { return true }
        guard length <= 6 else { return false }
        var key: UInt64 = 0
        for position in start..<end { key = key << 8 | UInt64(bytes[position] | 0x20) }
        return Self.commonTLDs.contains(key)
    }

    /// Bare-domain TLDs, packed as big-endian ASCII. Deliberately no TLD that is a common
    /// English word ("it", "me", "us", "in", "to", "be", "so", "no", "how"), because "ok.so"
    /// or "call.me" are typos far more often than hosts.
    private static let commonTLDs: Set<UInt64> = Set([
        "com", "net", "org", "edu", "gov", "mil", "int", "io", "co", "ai", "app", "dev", "info",
        "biz", "tv", "uk", "ca", "au", "de", "fr", "es", "nl", "eu", "ch", "jp", "cn", "ru", "br",
        "ly", "gg", "xyz", "online", "site", "tech", "store", "shop", "blog", "cloud", "news",
        "mobi", "nz", "ie", "se", "dk", "fi", "pl", "pt", "mx", "kr", "tw", "hk", "sg", "za", "gr",
        "cz", "ro", "hu", "tr", "ua", "vn", "fm", "gl", "ws", "cc",
    ].map { (tld: String) -> UInt64 in tld.utf8.reduce(0) { $0 << 8 | UInt64($1) } })

    /// After a bare host, a path, query, fragment or port continues the URL.
    private func urlTailEnd(_ start: Int, _ hostEnd: Int) -> Int {
        guard hostEnd < bytes.count else { return hostEnd }
        let byte = bytes[hostEnd]
        let continues = byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
            || (byte == UInt8(ascii: ":") && hostEnd + 1 < bytes.count && bytes[hostEnd + 1] &- 0x30 < 10)
        return continues ? max(urlEnd(start, from: hostEnd), hostEnd) : hostEnd
    }

    /// Consumes printable ASCII URL characters, then gives back trailing sentence punctuation
    /// and closing brackets that have no opening partner inside the URL.
    private func urlEnd(_ start: Int, from position: Int) -> Int {
        var end = position
        var openParens = 0, closeParens = 0, openBrackets = 0, closeBrackets = 0
        scan: while end < bytes.count {
            switch bytes[end] {
            case 0x00...0x20, 0x7F...0xFF, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
                 UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "^"):
                break scan
            case UInt8(ascii: "("): openParens += 1
            case UInt8(ascii: ")"): closeParens += 1
            case UInt8(ascii: "["): openBrackets += 1
            case UInt8(ascii: "]"): closeBrackets += 1
            default: break
            }
            end += 1
        }
        trim: while end > position {
            switch bytes[end - 1] {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
                 UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "*"):
                end -= 1
            case UInt8(ascii: ")") where closeParens > openParens:
                closeParens -= 1
                end -= 1
            case UInt8(ascii: "]") where closeBrackets > openBrackets:
                closeBrackets -= 1
                end -= 1
            default:
                break trim
            }
        }
        return end
    }

    /// URLs normalize with scheme and host lower-cased; path and query keep their case.
    private mutating func emitURL(_ start: Int, _ end: Int, hostStart: Int) {
        var hostEnd = hostStart
        while hostEnd < end {
            let byte = bytes[hostEnd]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            hostEnd += 1
        }
        let head = TextFolding.lowercasedASCII(UnsafeBufferPointer(rebasing: bytes[start..<hostEnd]))
        let tail = String(decoding: UnsafeBufferPointer(rebasing: bytes[hostEnd..<end]), as: UTF8.self)
        emit(.url, start, end, normalized: head + tail)
    }

    @inline(__always)
    private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    private func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { isASCIILetter(byte) || byte &- 0x30 < 10 }
}

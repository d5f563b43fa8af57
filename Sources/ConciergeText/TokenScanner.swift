/// One pass of the tokenizer over a string's UTF-8, left to right, emitting tokens.
///
/// Works on bytes so ASCII never decodes scalars or touches Foundation; scalar offsets are
/// counted lazily (tokens come in order, so each byte is counted once). Every scanner
/// either consumes at least one byte or hands over to one that does, and the link matchers
/// cache failures, so the whole pass is linear in the input.
///
///     var scanner = TokenScanner(bytes: utf8, source: "hi there")
///     scanner.run()   // [word "hi" 0..<2, word "there" 3..<8]
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The same text as a `String`, for grapheme breaking of emoji.
    let source: String
    var tokens: [Token] = []

    private var countedBytes = 0
    private var countedScalars = 0
    /// All-ASCII input (the common case): scalar offsets are byte offsets.
    private let isASCII: Bool
    /// Link-matcher caches (see TokenScanner+Links.swift).
    var linkRun = LinkRun()
    var emailFailsBefore = 0
    var domainFailsBefore = 0

    init(bytes: UnsafeBufferPointer<UInt8>, source: String) {
        self.bytes = bytes
        self.source = source
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        isASCII = combined < 0x80
        tokens.reserveCapacity(min(bytes.count / 4 + 2, 1024))
    }

    mutating func run() -> [Token] {
        var position = 0
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            if byte < 0x80 {
                position = scanASCII(position, byte)
            } else {
                position = scanNonASCII(position)
            }
        }
        return tokens
    }

    private mutating func scanASCII(_ position: Int, _ byte: UInt8) -> Int {
        switch ScalarClass.ascii(byte) {
        case .space, .control, .ignorable:
            return position + 1
        case .letter:
            if let end = scanLink(position) { return end }
            return scanWord(position)
        case .digit:
            if isKeycap(after: position + 1) { return scanEmoji(position) }
            if let end = scanLink(position) { return end }
            return scanNumber(position)
        case .currency:
            return scanCurrency(position, length: 1)
        case .symbol:
            emit(.symbol, position, position + 1)
            return position + 1
        default:
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "*"), isKeycap(after: position + 1) {
                return scanEmoji(position)
            }
            emit(.punctuation, position, position + 1)
            return position + 1
        }
    }

    private mutating func scanNonASCII(_ position: Int) -> Int {
        let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
        switch ScalarClass.of(scalar) {
        case .space, .control, .ignorable:
            return position + length
        case .letter:
            return scanWord(position)
        case .mark:
            // A combining mark with no base (after a space or punctuation) has nothing to
            // combine with; keep it visible as a symbol rather than glue it to the next word.
            emit(.symbol, position, position + length)
            return position + length
        case .digit:
            return scanNumber(position)
        case .ideograph:
            emit(.word, position, position + length)
            return position + length
        case .currency:
            return scanCurrency(position, length: length)
        case .emoji:
            return scanEmoji(position)
        case .symbol:
            // ©️, ™️, ↔️: text-default emoji turned into emoji by VS16.
            if hasVariationSelector16(at: position + length) { return scanEmoji(position) }
            emit(.symbol, position, position + length)
            return position + length
        default:
            emit(.punctuation, position, position + length)
            return position + length
        }
    }

    // MARK: Words

    /// Letters, marks and digits of any script, with inner apostrophes before a letter
    /// ("o'clock") and inner ignorables (soft hyphen, ZWNJ) that sit between word characters.
    /// Stops at hyphens and other punctuation, so "e-mail" is e | - | mail.
    private mutating func scanWord(_ start: Int) -> Int {
        var position = start
        var hasApostrophe = false
        let count = bytes.count
        loop: while position < count {
            let byte = bytes[position]
            if byte < 0x80 {
                if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
                    position += 1
                } else if byte == 0x27, position > start, letterStarts(at: position + 1) {
                    hasApostrophe = true
                    position += 1
                } else {
                    break loop
                }
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
            switch ScalarClass.of(scalar) {
            case .letter, .mark, .digit:
                position += length
            case .apostrophe where position > start && letterStarts(at: position + length):
                hasApostrophe = true
                position += length
            case .ignorable:
                let after = skipIgnorables(from: position + length)
                guard after < count, wordBodyStarts(at: after) else { break loop }
                position = after
            default:
                break loop
            }
        }
        if hasApostrophe || (position - start == 6 && Contractions.isCannot(bytes, start)) {
            let pieces = Contractions.split(bytes, start: start, end: position)
            for piece in pieces {
                emit(.word, piece.start, piece.end, normalized: piece.normalized)
            }
        } else {
            emit(.word, start, position)
        }
        return position
    }

    // MARK: Numbers and money

    /// "40", "3.5", "1,200.50", "1.5k"; a trailing "'s" ("90's") becomes its own clitic token
    /// and a currency sign right after ("200€") makes the whole a money amount.
    private mutating func scanNumber(_ start: Int) -> Int {
        let (numberEnd, dotted) = numberEnd(from: start)
        var end = numberEnd
        if end < bytes.count, let length = currencyLength(at: end) {
            emit(.money, start, end + length)
            return end + length
        }
        if !dotted { end += magnitudeLength(at: end, money: false) }
        // "1.2.3" and "192.168.0.1" are versions or addresses, not quantities.
        emit(dotted ? .word : .number, start, end)
        if let length = possessiveLength(at: end) {
            emit(.word, end, end + length, normalized: "'s")
            return end + length
        }
        return end
    }

    /// "$5k", "€200", "£1,200.50"; a currency sign not followed by a digit is a symbol.
    private mutating func scanCurrency(_ start: Int, length: Int) -> Int {
        let afterSign = start + length
        guard afterSign < bytes.count, digitLength(at: afterSign) > 0 else {
            emit(.symbol, start, afterSign)
            return afterSign
        }
        var (end, _) = numberEnd(from: afterSign)
        end += magnitudeLength(at: end, money: true)
        emit(.money, start, end)
        return end
    }

    /// End of a number body and whether it had more than one dotted group.
    private func numberEnd(from start: Int) -> (Int, Bool) {
        var position = digitsEnd(from: start)
        // Thousands groups only after a 1–3 digit ASCII lead, and only exactly three digits.
        if position - start <= 3 {
            while position < bytes.count, bytes[position] == UInt8(ascii: ","),
                  isASCIIDigit(position + 1), isASCIIDigit(position + 2), isASCIIDigit(position + 3),
                  !isASCIIDigit(position + 4) {
                position += 4
            }
        }
        var dotted = false
        if isDecimalPoint(at: position) {
            position = digitsEnd(from: position + 1)
            while isDecimalPoint(at: position) {
                dotted = true
                position = digitsEnd(from: position + 1)
            }
        }
        return (position, dotted)
    }

    private func isDecimalPoint(at position: Int) -> Bool {
        position + 1 < bytes.count && bytes[position] == UInt8(ascii: ".") && digitLength(at: position + 1) > 0
    }

    private func digitsEnd(from start: Int) -> Int {
        var position = start
        while position < bytes.count {
            let length = digitLength(at: position)
            if length == 0 { break }
            position += length
        }
        return position
    }

    /// UTF-8 length of the decimal digit (any script) at `position`, or 0.
    @inline(__always)
    private func digitLength(at position: Int) -> Int {
        guard position < bytes.count else { return 0 }
        let byte = bytes[position]
        if byte < 0x80 { return byte &- 0x30 < 10 ? 1 : 0 }
        let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
        return ScalarClass.of(scalar) == .digit ? length : 0
    }

    @inline(__always)
    private func isASCIIDigit(_ position: Int) -> Bool {
        position < bytes.count && bytes[position] &- 0x30 < 10
    }

    /// "k" after any number; also "m", "b", "bn", "mn" after money ("$5m"); only when the
    /// suffix ends the word, so "3km" stays 3 | km.
    private func magnitudeLength(at position: Int, money: Bool) -> Int {
        guard position < bytes.count else { return 0 }
        let first = bytes[position] | 0x20
        var length = 0
        if first == UInt8(ascii: "k") {
            length = 1
        } else if money, first == UInt8(ascii: "m") || first == UInt8(ascii: "b") {
            length = position + 1 < bytes.count && bytes[position + 1] | 0x20 == UInt8(ascii: "n") ? 2 : 1
        }
        guard length > 0 else { return 0 }
        return wordBodyStarts(at: position + length) ? 0 : length
    }

    private func currencyLength(at position: Int) -> Int? {
        let byte = bytes[position]
        if byte == UInt8(ascii: "$") { return 1 }
        guard byte >= 0x80 else { return nil }
        let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
        return ScalarClass.of(scalar) == .currency ? length : nil
    }

    /// Length of "'s" / "’s" at `position` when it ends a word.
    private func possessiveLength(at position: Int) -> Int? {
        guard let apostrophe = apostropheLength(at: position),
              position + apostrophe < bytes.count,
              bytes[position + apostrophe] | 0x20 == UInt8(ascii: "s"),
              !wordBodyStarts(at: position + apostrophe + 1)
        else { return nil }
        return apostrophe + 1
    }

    private func apostropheLength(at position: Int) -> Int? {
        guard position < bytes.count else { return nil }
        if bytes[position] == 0x27 { return 1 }
        guard bytes[position] >= 0x80 else { return nil }
        let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
        return ScalarClass.of(scalar) == .apostrophe ? length : nil
    }

    // MARK: Emoji

    /// One grapheme cluster, measured by the standard library's grapheme breaking so ZWJ
    /// sequences, skin tones, flags, keycaps and tag sequences stay whole.
    private mutating func scanEmoji(_ start: Int) -> Int {
        let utf8 = source.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: start)
        let length = source[index...].first.map { $0.utf8.count } ?? 1
        let end = min(start + max(length, 1), bytes.count)
        // VS15/VS16 only pick a presentation: "❤" and "❤️" should match.
        var normalized = ""
        for scalar in String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).unicodeScalars
        where scalar.value != 0xFE0E && scalar.value != 0xFE0F {
            normalized.unicodeScalars.append(scalar)
        }
        emit(.emoji, start, end, normalized: normalized)
        return end
    }

    /// A digit, "#" or "*" followed by (VS16) U+20E3 is a keycap emoji.
    private func isKeycap(after position: Int) -> Bool {
        var position = position
        if hasVariationSelector16(at: position) { position += 3 }
        return position + 2 < bytes.count && bytes[position] == 0xE2 && bytes[position + 1] == 0x83 && bytes[position + 2] == 0xA3
    }

    private func hasVariationSelector16(at position: Int) -> Bool {
        position + 2 < bytes.count && bytes[position] == 0xEF && bytes[position + 1] == 0xB8 && bytes[position + 2] == 0x8F
    }

    // MARK: Helpers

    func letterStarts(at position: Int) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        if byte < 0x80 { return ScalarClass.ascii(byte) == .letter }
        return ScalarClass.of(UTF8Decoding.scalar(in: bytes, at: position).0) == .letter
    }

    func wordBodyStarts(at position: Int) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        if byte < 0x80 { return ScalarClass.ascii(byte).isWordBody }
        return ScalarClass.of(UTF8Decoding.scalar(in: bytes, at: position).0).isWordBody
    }

    private func skipIgnorables(from start: Int) -> Int {
        var position = start
        while position < bytes.count, bytes[position] >= 0x80 {
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
            guard ScalarClass.of(scalar) == .ignorable else { break }
            position += length
        }
        return position
    }

    /// Appends the token for `bytes[start..<end]`; `normalized` defaults to the folded text.
    mutating func emit(_ kind: Token.Kind, _ start: Int, _ end: Int, normalized: String? = nil) {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text = String(decoding: slice, as: UTF8.self)
        var folded = normalized ?? TextFolding.foldIfChanged(utf8: slice) ?? text
        if folded.isEmpty { folded = text }  // a lone combining mark folds to nothing
        let startOffset = scalarOffset(ofByte: start)
        let endOffset = scalarOffset(ofByte: end)
        tokens.append(Token(kind: kind, text: text, normalized: folded, start: startOffset, end: endOffset))
    }

    /// Scalar offset of a byte position; positions are requested in increasing order, so
    /// the count resumes where it stopped and stays linear overall.
    private mutating func scalarOffset(ofByte byte: Int) -> Int {
        if isASCII { return byte }
        var position = countedBytes
        var scalars = countedScalars
        while position < byte {
            if bytes[position] & 0xC0 != 0x80 { scalars += 1 }
            position += 1
        }
        countedBytes = byte
        countedScalars = scalars
        return scalars
    }
}

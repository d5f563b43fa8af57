/// The tokenizer's view of one Unicode scalar: which kind of token it starts or continues.
///
/// ASCII is classified by a 128-entry table so the common path never touches Unicode
/// properties; other scalars go through `ScalarClass.of(_:)`.
///
///     ScalarClass.ascii(UInt8(ascii: "a"))   // .letter
///     ScalarClass.of("é")                     // .letter
enum ScalarClass: UInt8, Sendable {
    /// Separates tokens (any Unicode White_Space, including NBSP, U+3000, U+2028).
    case space
    /// Control characters: skipped like whitespace, never part of a token.
    case control
    /// Default-ignorable scalars (ZWSP, ZWJ, soft hyphen, BOM, variation selectors, bidi marks):
    /// skipped between tokens, tolerated inside words but dropped from `normalized`.
    case ignorable
    case letter
    /// Combining marks continue a word (decomposed accents, Indic vowel signs).
    case mark
    /// Decimal digits of any script.
    case digit
    /// Han ideographs: scripts without spaces, so each ideograph is its own token.
    case ideograph
    /// `'`, `’`, `‘`, `＇`: inside a word before a letter ("don't", "o'clock"), otherwise a quote.
    case apostrophe
    case currency
    case punctuation
    case symbol
    /// Starts an emoji grapheme cluster.
    case emoji

    /// Class of an ASCII byte (`byte < 0x80`). A switch rather than a static table: a
    /// static array costs a lazy-initialisation check on every access in the hot loop.
    @inline(__always)
    static func ascii(_ byte: UInt8) -> ScalarClass {
        switch byte {
        case 0x61...0x7A, 0x41...0x5A: .letter
        case 0x30...0x39: .digit
        case 0x09...0x0D, 0x20: .space
        case 0x00...0x1F, 0x7F...0xFF: .control
        case 0x27: .apostrophe
        case 0x24: .currency
        // Unicode puts + < = > | ~ (math) and ^ ` (modifier) among symbols; the rest is punctuation.
        case 0x2B, 0x3C, 0x3D, 0x3E, 0x7C, 0x7E, 0x5E, 0x60: .symbol
        default: .punctuation
        }
    }

    /// Class of a non-ASCII scalar, from its Unicode properties.
    static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
        if scalar.isASCII { return ascii(UInt8(truncatingIfNeeded: scalar.value)) }
        let value = scalar.value
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch value {
        case 0x2018, 0x2019, 0xFF07: return .apostrophe
        case 0x1F1E6...0x1F1FF: return .emoji  // regional indicators (flags)
        default: break
        }
        if properties.isDefaultIgnorableCodePoint { return .ignorable }
        if properties.isEmojiPresentation || properties.isEmojiModifier { return .emoji }
        // Text-default emoji such as ❤ or ☀ are typed as emoji; below U+2300 they are
        // ordinary symbols (©, ™, arrows) unless followed by VS16, which the scanner checks.
        if properties.isEmoji && value >= 0x2300 { return .emoji }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return properties.isIdeographic ? .ideograph : .letter
        case .letterNumber:
            return properties.isIdeographic ? .ideograph : .letter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .decimalNumber:
            return .digit
        case .control:
            return .control
        case .format:
            return .ignorable
        case .currencySymbol:
            return .currency
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return .space
        default:
            return .symbol
        }
    }

    /// True for classes that make up the body of a word.
    var isWordBody: Bool {
        switch self {
        case .letter, .mark, .digit: true
        default: false
        }
    }
}

/// Decoding of the (always valid) UTF-8 of a Swift `String`.
enum UTF8Decoding {
    /// Number of bytes of the scalar whose lead byte is `lead`.
    @inline(__always)
    static func length(lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// The scalar starting at `position` and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[position]
        let count = min(length(lead: lead), bytes.count - position)
        var value: UInt32
        switch count {
        case 1: value = UInt32(lead)
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        default: value = UInt32(lead & 0x07)
        }
        var index = 1
        while index < count {
            value = (value << 6) | UInt32(bytes[position + index] & 0x3F)
            index += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", count)
    }
}

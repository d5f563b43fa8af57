/// Letters (and the marks "¿", "¡") that only some of the identified languages write ("ñ", "ß", "ø", "ł"…), as
/// weak evidence for words the lists do not have. Weights are in `LanguageProfile` units
/// (a common word is 2), by language index of `LanguageProfile.all`.
///
///     LanguageLetterCues.weights(of: "ñ")   // Spanish 3
enum LanguageLetterCues {
    private static let de = 1, fr = 2, es = 3, it = 4, pt = 5, nl = 6, pl = 7, sv = 8, da = 9

    /// The cue of one lower-case letter; zero for letters every language writes.
    static func weights(of scalar: Unicode.Scalar) -> SIMD16<Int8> {
        var cue = SIMD16<Int8>()
        guard scalar.value >= 0xC0 else { return cue }
        switch scalar {
        case "ñ": cue[es] = 3
        case "¿", "¡": cue[es] = 4  // not letters: read once per mark, as a strong Spanish word
        case "ß": cue[de] = 3
        case "ü": cue[de] = 2
        case "ä", "ö": cue[de] = 1; cue[sv] = 1
        case "å": cue[sv] = 2; cue[da] = 2
        case "æ", "ø": cue[da] = 3
        case "ã", "õ": cue[pt] = 3
        case "œ": cue[fr] = 3
        case "ç": cue[fr] = 1; cue[pt] = 1
        case "é": cue[fr] = 1; cue[es] = 1; cue[pt] = 1
        case "è", "à", "ù": cue[fr] = 1; cue[it] = 1
        case "ê", "â", "ô": cue[fr] = 1; cue[pt] = 1
        case "î", "û", "ë", "ï": cue[fr] = 1
        case "ì", "ò": cue[it] = 2
        case "á", "í", "ó", "ú": cue[es] = 1; cue[pt] = 1
        case "ą", "ę", "ł", "ś", "ź", "ż", "ć", "ń": cue[pl] = 3
        default: break
        }
        return cue
    }

    /// The lower case of a letter: ASCII by arithmetic, others by their Unicode mapping
    /// when it is one scalar (which allocates, but only for upper-case non-ASCII letters).
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value >= 0x41, scalar.value <= 0x5A {
            return Unicode.Scalar(UInt8(scalar.value + 0x20))
        }
        guard scalar.value >= 0x80, scalar.properties.isUppercase else { return scalar }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped[mapped.startIndex] : scalar
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.numericType != nil
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
        }
        return scalar.properties.isAlphabetic
    }
}

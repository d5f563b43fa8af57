import Foundation

/// Folds text the way the tokenizer folds each token's `normalized` form: NFKC, case folding,
/// diacritic folding, curly apostrophes to `'`, default-ignorable scalars (zero-width space,
/// soft hyphen, BOM, variation selectors) dropped. Use it for lookup entities and patterns so
/// they compare equal to token forms.
///
///     TextFolding.fold("Café ＡＢＣ")   // "cafe abc"
///     TextFolding.fold("Straße")       // "strasse"
///     TextFolding.fold("don’t")        // "don't"
enum TextFolding {
    /// The folded form of `text`. Whitespace is kept (NFKC turns NBSP and U+3000 into spaces).
    static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { fold(utf8: $0) }
    }

    /// Folds one token's UTF-8. ASCII needs only lower-casing; most Latin, Greek and Cyrillic
    /// text and CJK/Hangul take a per-scalar table; anything else goes through Foundation.
    static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        foldIfChanged(utf8: bytes) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Like `fold(utf8:)` but nil when folding changes nothing (lower-case ASCII), so the
    /// tokenizer reuses the token's text instead of building a second string.
    static func foldIfChanged(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var hasUpper = false
        for byte in bytes {
            if byte >= 0x80 {
                return foldWithTable(bytes) ?? slowFold(String(decoding: bytes, as: UTF8.self))
            }
            if byte &- 0x41 < 26 { hasUpper = true }
        }
        return hasUpper ? lowercasedASCII(bytes) : nil
    }

    /// ASCII lower-casing without Foundation.
    static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                out[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    /// Per-scalar folding; nil as soon as a scalar is not covered, so the caller falls back
    /// to Foundation. Per-scalar folding equals whole-string folding here because the table
    /// only holds starters (no combining marks) that fold to starters, so no composition can
    /// cross scalar boundaries.
    private static func foldWithTable(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var result = ""
        result.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                result.unicodeScalars.append(Unicode.Scalar(lowered))
                position += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
            position += length
            let value = scalar.value
            switch value {
            case 0x2018, 0x2019:
                result.append("'")
            case 0x00A0..<0x0530:
                guard let folded = latinGreekCyrillic[Int(value - 0x00A0)] else { return nil }
                result.append(folded)
            case 0x3041...0x3096, 0x30A1...0x30FA, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
                // Kana, Han and Hangul syllables are unchanged by NFKC and both foldings
                // (checked exhaustively in TextFoldingTests).
                result.unicodeScalars.append(scalar)
            default:
                if scalar.properties.isDefaultIgnorableCodePoint { continue }
                return nil
            }
        }
        return result
    }

    /// Folded forms of U+00A0..<U+0530, computed once with the Foundation path so both paths
    /// agree by construction; nil where per-scalar folding would not be exact.
    private static let latinGreekCyrillic: [String?] = (0x00A0..<0x0530).map { (value: Int) -> String? in
        guard let scalar = Unicode.Scalar(UInt32(value)),
              scalar.properties.canonicalCombiningClass == .notReordered,
              !scalar.properties.isDefaultIgnorableCodePoint,
              ScalarClass.of(scalar) != .mark  // enclosing marks such as U+0488 have class 0
        else { return nil }
        let folded = slowFold(String(Character(scalar)))
        guard !folded.isEmpty else { return nil }
        for output in folded.unicodeScalars
        where output.properties.canonicalCombiningClass != .notReordered || output.properties.isWhitespace {
            return nil
        }
        return folded
    }

    /// NFKC, then case and diacritic folding, then NFC again (Foundation's folding leaves
    /// decomposed output); ignorables dropped and curly apostrophes made ASCII.
    static func slowFold(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping
        let folded = compatible
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .precomposedStringWithCanonicalMapping
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019: result.append("'")
            default:
                if scalar.properties.isDefaultIgnorableCodePoint { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

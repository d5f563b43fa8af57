/// Makes text safe to write to a terminal: every output path of the REPL goes through
/// `sanitize`, because user input and bot files may hold escape sequences that would move
/// the cursor, retitle the window or hide text (bidi overrides reorder what is shown).
///
///     TerminalText.sanitize("hi\u{1B}[2J")   // "hi\\e[2J"
///     TerminalText.sanitize("a\u{202E}b")    // "a\u{FFFD}b"
enum TerminalText {
    /// `text` with C0 controls (except newline), DEL, C1 controls and bidi controls replaced by
    /// visible escapes (`\e`, `\t`, `\r`, `\x07`…) or U+FFFD.
    static func sanitize(_ text: String) -> String {
        // Fast path: most text has nothing to replace, and the REPL prints every line through here.
        if !text.unicodeScalars.contains(where: needsReplacement) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsReplacement(scalar) else {
                result.append(scalar)
                continue
            }
            result.append(contentsOf: replacement(for: scalar).unicodeScalars)
        }
        return String(result)
    }

    /// Whether `scalar` must not reach a terminal as it is.
    static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true
        // Bidi embeddings, overrides and isolates (the "Trojan Source" characters).
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func replacement(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: "\\e"
        case 0x09: "\\t"
        case 0x0D: "\\r"
        case 0x00...0x1F, 0x7F, 0x80...0x9F: "\\x" + hex(scalar.value)
        default: "\u{FFFD}"
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }
}

/// Trimming that needs no Foundation: the bot files' values and templates are trimmed with it.
///
///     "  hi \n".trimmingSpaces   // "hi"
extension String {
    /// The string without leading and trailing whitespace (spaces, tabs, newlines).
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs, as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` has it (Unicode's space separators, U+0009 and U+200B;
    /// line breaks stay), without Foundation: on Linux that call goes through `NSString` and
    /// CoreFoundation's code and character tables, which then stay in a `serve` process's
    /// memory (BENCHMARKS.md, issue #18).
    ///
    ///     " 42\t".trimmingHorizontalSpaces   // "42"
    ///     "\n42 ".trimmingHorizontalSpaces   // "\n42"
    public var trimmingHorizontalSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isHorizontalSpace($0) }),
              let last = scalars.lastIndex(where: { !Self.isHorizontalSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// `CharacterSet.whitespaces`: U+0009, the space separators (Unicode category Zs) and,
    /// as CoreFoundation still has it, U+200B.
    private static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

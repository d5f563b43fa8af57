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

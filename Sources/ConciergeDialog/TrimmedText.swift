extension StringProtocol {
    /// The text without leading and trailing whitespace or line breaks, in native Swift:
    /// Foundation's `trimmingCharacters(in:)` goes through `NSString` on Linux, which cost
    /// a dialog turn more than the rest of its routing.
    ///
    ///     "  /pricing \n".trimmedWhitespace   // "/pricing"
    var trimmedWhitespace: SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            guard self[before].isWhitespace else { break }
            end = before
        }
        return self[start..<end]
    }
}

extension StringProtocol {
    /// The text with every `character` replaced by `replacement`, in native Swift (see
    /// `trimmedWhitespace` for why not Foundation's `replacingOccurrences`).
    ///
    ///     "team_size".replacing("_", by: " ")   // "team size"
    func replacing(_ character: Character, by replacement: Character) -> String {
        String(map { $0 == character ? replacement : $0 })
    }
}

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

extension String {
    /// Foundation's `range(of: other, options: options, range: start..<endIndex)` (a search
    /// that is case-insensitive or not, nothing else), done natively for an ASCII `other`
    /// without line breaks in a text whose other characters are punctuation, arrows or
    /// currency signs (replies' "—", "’", "→"): there every ASCII byte is a character of its
    /// own, a case is A–Z against a–z, and no other character folds or composes into ASCII.
    /// On Linux Foundation's search is `NSString` and CoreFoundation's Unicode tables, which
    /// then stay in a `serve` process's memory (BENCHMARKS.md, issue #18). Other texts still
    /// go to Foundation.
    ///
    ///     "cheaper than Growth".range(of: "growth", options: .caseInsensitive, from: text.startIndex)   // 13..<19
    func range(of other: String, options: String.CompareOptions, from start: Index) -> Range<Index>? {
        guard options.subtracting(.caseInsensitive).isEmpty, other.utf8.allSatisfy(Self.isPlainByte),
              unicodeScalars.allSatisfy(Self.isInert) else {
            return range(of: other, options: options, range: start..<endIndex)
        }
        let fold = { (byte: UInt8) in options.contains(.caseInsensitive) && (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        let text = Array(utf8)
        let needle = other.utf8.map(fold)
        let first = utf8.distance(from: utf8.startIndex, to: start)
        guard !needle.isEmpty, first + needle.count <= text.count else { return nil }
        for offset in first...(text.count - needle.count)
        where needle.indices.allSatisfy({ fold(text[offset + $0]) == needle[$0] }) {
            let lower = utf8.index(utf8.startIndex, offsetBy: offset)
            return lower..<utf8.index(lower, offsetBy: needle.count)
        }
        return nil
    }

    /// An ASCII byte other than a line break (a search for one could split "\r\n").
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: "\r") && byte != UInt8(ascii: "\n")
    }

    /// ASCII, or a character no ASCII one can match under case folding or composition:
    /// Latin-1 signs, general punctuation, currency signs, arrows (no letters, no marks).
    private static func isInert(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0xA0...0xBF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x21FF: return true
        default: return false
        }
    }
}

/// A name written in quotation marks: `bakery chain "Kornfeld", 11 shops`, `we're „Blauer
/// Hase“`. One to five words inside a pair of straight or typographic quotes, with a letter;
/// the quotes say where the name starts and ends, which the words around it do not.
///
///     QuotedNameReading.read("bakery chain \"Kornfeld\", 11 shops")   // "Kornfeld", at 14..<22
enum QuotedNameReading {
    /// Opening marks and the marks that may close each.
    static let pairs: [Character: Set<Character>] = [
        "\"": ["\""], "“": ["”", "“"], "„": ["“", "”"], "«": ["»"], "»": ["«"], "‘": ["’"],
    ]

    static func read(_ text: String) -> Understanding.TextFact? {
        // Every mark above starts with one of these bytes: most messages end here.
        guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 || $0 == 0xC2 }) else { return nil }
        let scalars = Array(text)
        var index = 0
        while index < scalars.count {
            guard let closers = pairs[scalars[index]] else { index += 1; continue }
            guard let close = scalars[(index + 1)...].firstIndex(where: { closers.contains($0) }) else { return nil }
            let inner = String(scalars[(index + 1)..<close]).trimmingSpaces
            let wordCount = inner.split(separator: " ").count
            if inner.contains(where: \.isLetter), (1...5).contains(wordCount) {
                let start = text.unicodeScalars.distance(
                    from: text.unicodeScalars.startIndex, to: text.index(text.startIndex, offsetBy: index + 1))
                return Understanding.TextFact(value: inner, start: start, end: start + String(scalars[(index + 1)..<close]).unicodeScalars.count)
            }
            index = close + 1
        }
        return nil
    }
}

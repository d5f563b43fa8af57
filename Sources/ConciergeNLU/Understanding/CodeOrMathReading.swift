/// Whether a message is arithmetic or a piece of code rather than words to the bot: "what's
/// 2+2", "prove it. whats 17 times 23", "SELECT * FROM users;", "'; DROP TABLE users". The
/// classifier finds something in any text (the "2" of "2+2" is the "2" of "2fa"); the dialog
/// says it is not sure instead of answering a guess (blind audits 27 to 29).
///
///     CodeOrMathReading.read("whats 17 times 23")   // true
///     CodeOrMathReading.read("24/7 support for 10-20 people?")   // false
enum CodeOrMathReading {
    /// Lower-case pieces of code: SQL, shell, markup.
    static let codeMarks = [
        "select * from", "drop table", "insert into", "delete from ", "union select", "<script", "rm -rf", "1=1",
        "console.log", "<?php", "sudo ", "drop database", "truncate table", "exec(", "eval(",
    ]
    /// Operators between two numbers; "-" and "/" are left out ("10-20 people", "24/7").
    static let operatorWords: Set<String> = ["+", "*", "×", "^", "=", "times", "plus", "minus", "multiplied", "divided"]

    static func read(_ text: String) -> Bool {
        // Every message passes here: without a digit or a character of code there is nothing
        // to look for, and no lower-cased copy is made.
        guard text.utf8.contains(where: { byte in
            (0x30...0x39).contains(byte) || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ";")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "-") || byte >= 0x80
        }) else { return false }
        let lower = text.lowercased()
        // A plain byte search: `String.contains` and the generic `firstRange(of:)` both showed in
        // turn profiles (Foundation's locale, then runtime generic-metadata lookups).
        let bytes = Array(lower.utf8)
        if codeMarkBytes.contains(where: { contains(bytes, $0) }) { return true }
        // Splitting into pieces walks Characters: only a message with an operator gets there.
        let hasOperator = bytes.contains { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "^") || $0 == UInt8(ascii: "=") }
            || contains(bytes, timesSign) || operatorWordBytes.contains { contains(bytes, $0) }
        return hasOperator && hasArithmetic(lower)
    }

    static let codeMarkBytes: [[UInt8]] = codeMarks.map { Array($0.utf8) }
    static let timesSign = Array("×".utf8)
    static let operatorWordBytes: [[UInt8]] = operatorWords.filter { $0.count > 1 }.sorted().map { Array($0.utf8) }

    /// Whether `needle` occurs in `haystack` (short texts: the naive search is fastest).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// A number, an operator, a number: "2+2", "17 times 23", "5 * 3", "6 divided by 2".
    static func hasArithmetic(_ lower: String) -> Bool {
        let pieces = pieces(of: lower)
        for at in pieces.indices.dropFirst().dropLast() where operatorWords.contains(String(pieces[at])) {
            var next = at + 1
            if pieces[at] == "multiplied" || pieces[at] == "divided", next < pieces.count, pieces[next] == "by" { next += 1 }
            if pieces[at - 1].allSatisfy(\.isNumber), next < pieces.count, pieces[next].allSatisfy(\.isNumber) { return true }
        }
        return false
    }

    /// Runs of digits, runs of letters, and each operator character on its own; the rest
    /// separates them: "2+2" is three pieces, "17 times 23" three.
    static func pieces(of text: String) -> [Substring] {
        func kind(_ character: Character) -> Int {
            character.isNumber ? 0 : character.isLetter ? 1 : "+*×^=".contains(character) ? 2 : 3
        }
        var pieces: [Substring] = []
        var index = text.startIndex
        while index < text.endIndex {
            let first = kind(text[index])
            var end = text.index(after: index)
            while first < 2, end < text.endIndex, kind(text[end]) == first { end = text.index(after: end) }
            if first != 3 { pieces.append(text[index..<end]) }
            index = end
        }
        return pieces
    }
}

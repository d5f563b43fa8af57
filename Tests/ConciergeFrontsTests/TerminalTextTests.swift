@testable import ConciergeFronts
import Testing

@Suite struct TerminalTextTests {
    @Test func plainTextIsUnchanged() {
        #expect(TerminalText.sanitize("Hi Ana! Café 🙂\nSecond line") == "Hi Ana! Café 🙂\nSecond line")
    }

    @Test func controlsBecomeVisible() {
        #expect(TerminalText.sanitize("a\u{1B}[2Jb") == "a\\e[2Jb")
        #expect(TerminalText.sanitize("\u{7}\u{0}\t\r\u{7F}") == "\\x07\\x00\\t\\r\\x7F")
        #expect(TerminalText.sanitize("c1:\u{9B}31m") == "c1:\\x9B31m")
    }

    @Test func bidiOverridesAreReplaced() {
        #expect(TerminalText.sanitize("abc\u{202E}def\u{2066}") == "abc\u{FFFD}def\u{FFFD}")
    }

    @Test func nothingDangerousSurvives() {
        let hostile = (0..<0x100).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\u{202A}\u{2069}"
        let clean = TerminalText.sanitize(hostile)
        for scalar in clean.unicodeScalars {
            #expect(scalar.value == 0x0A || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)))
        }
    }
}

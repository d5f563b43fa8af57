import Foundation
import Testing

@testable import ConciergeEntities

/// Adversarial input must finish quickly (linear scans) and never crash.
@Suite struct RobustnessTests {
    static let inputs: [String] = [
        "",
        " ",
        String(repeating: "7", count: 1_000_000),
        String(repeating: "@", count: 10_000),
        String(repeating: "a@", count: 5_000),
        String(repeating: "1.", count: 20_000),
        String(repeating: "1.", count: 20_000),
        String(repeating: "( ", count: 20_000),
        String(repeating: "one ", count: 20_000),
        String(repeating: "$", count: 10_000),
        String(repeating: "a.", count: 20_000) + "com",
        String(repeating: "😀", count: 10_000),
        String(repeating: "日本語のテキスト", count: 2_000),
        String(repeating: "next ", count: 10_000),
        String(repeating: "555-123-4567 ", count: 2_000),
        "\u{0}\u{FEFF}\u{200B}1\u{0301}",
        "e\u{301}t\u{E9} 12",
    ]

    /// A super-linear grammar would hang here (CI's time limit ends a hung run; speed
    /// itself is measured in benchmarks, never in unit tests).
    @Test(arguments: inputs.indices) func finishesOnAdversarialInput(_ index: Int) {
        let input = Self.inputs[index]
        let found = extractor.extract(from: input)
        let count = input.unicodeScalars.count
        for m in found {
            #expect(m.start >= 0 && m.start < m.end && m.end <= count)
        }
    }

    @Test func offsetsCountUnicodeScalars() {
        // "é" as e + combining accent is two scalars; the flag is two scalars.
        let found = extractor.extract(from: "e\u{301} 🇫🇷 12")
        #expect(found == [match(.number, 12, "12", 6)])
    }
}

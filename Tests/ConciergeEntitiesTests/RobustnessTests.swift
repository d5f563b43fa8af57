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
        String(repeating: "1234567890", count: 10_000),
        String(repeating: "€", count: 10_000),
        String(repeating: "$1", count: 10_000),
        String(repeating: "$ ", count: 10_000),
        String(repeating: "₹₩₽₺₪", count: 2_000),
        String(repeating: "-", count: 20_000) + "5",
        String(repeating: "- ", count: 20_000) + "5",
        String(repeating: "minus ", count: 20_000) + "5",
        String(repeating: "negative minus ", count: 10_000) + "five",
        "an hour" + String(repeating: " and a half", count: 20_000),
        "one" + String(repeating: " and a half", count: 20_000) + " hours",
        "$5" + String(repeating: " and a half", count: 20_000),
        String(repeating: "and a half ", count: 20_000),
        String(repeating: "1,000", count: 20_000),
        "1" + String(repeating: ",000", count: 20_000),
        "1" + String(repeating: ",00", count: 20_000) + ",000",
        String(repeating: "1/2 ", count: 20_000),
        String(repeating: "1 point ", count: 20_000),
        String(repeating: "point ", count: 20_000) + "5",
        String(repeating: "twenty-one-", count: 10_000),
        String(repeating: "one hundred and ", count: 10_000),
        String(repeating: "thousand ", count: 20_000),
        String(repeating: "million billion ", count: 10_000),
        String(repeating: "between $5 and ", count: 10_000),
        String(repeating: "$5-", count: 20_000),
        String(repeating: "under ", count: 20_000) + "$5",
        String(repeating: "per seat ", count: 20_000),
        "$5" + String(repeating: " per seat per month", count: 10_000),
        String(repeating: "2 years and ", count: 10_000) + "3 months",
        String(repeating: "1h", count: 20_000),
        String(repeating: "USD ", count: 20_000),
        String(repeating: "Rs.", count: 20_000),
        String(repeating: "HK$", count: 20_000),
        String(repeating: "a dollar ", count: 20_000),
        String(repeating: "twenty fifth ", count: 10_000),
        String(repeating: "1st", count: 20_000),
        "二十 ٣٠ १२ 五 $٥ €五 12 ١٢",
        "Ⅻ ½ ¾ ² 1½ $½",
        "\u{0}\u{FEFF}\u{200B}1\u{0301}",
        "e\u{301}t\u{E9} 12",
    ]

    /// A super-linear grammar would hang here (CI's time limit ends a hung run; speed
    /// itself is measured in benchmarks, never in unit tests).
    @Test(arguments: inputs.indices) func finishesOnAdversarialInput(_ index: Int) {
        checkFinishesWithSpansInBounds(Self.inputs[index])
    }

    /// Hostile numbers never become giant values: at most 10¹⁵, and 16+ digit runs are no number.
    @Test(arguments: [
        "999999999999999999999999", "999,999,999,999,999 trillion", "USD999999999999999k", "$999999999999999 trillion",
        "9999999999999999 years", "999 trillion trillion", "1e999", "-999999999999999999",
    ]) func noGiantNumber(_ input: String) {
        for m in extractor.extract(from: input) {
            let v = m.value.numberValue ?? m.value["amount"]?.numberValue ?? 0
            #expect(abs(v) <= 1e15 || m.entity == "duration" && v <= 1e12, "\(m)")
        }
    }

    @Test func offsetsCountUnicodeScalars() {
        // "é" as e + combining accent is two scalars; the flag is two scalars.
        let found = extractor.extract(from: "e\u{301} 🇫🇷 12")
        #expect(found == [match(.number, 12, "12", 6)])
    }
}

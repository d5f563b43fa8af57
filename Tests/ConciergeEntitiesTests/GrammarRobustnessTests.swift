import Foundation
import Testing

@testable import ConciergeEntities

/// Adversarial input for the contact, date and time grammars: every scan must stay linear and
/// never crash (speed itself is measured in benchmarks, not here).
@Suite struct GrammarRobustnessTests {
    static let inputs: [String] = [
        String(repeating: "1", count: 100_000),
        String(repeating: "at dot ", count: 15_000),
        String(repeating: "a at b dot ", count: 10_000),
        String(repeating: "(at)", count: 10_000),
        String(repeating: "[at][dot]", count: 10_000),
        String(repeating: "ana at acme dot com ", count: 5_000),
        String(repeating: "john dot ", count: 10_000) + "at acme dot com",
        String(repeating: "x dot ", count: 10_000) + "com",
        String(repeating: "+1 ", count: 20_000),
        String(repeating: "(0)", count: 20_000),
        String(repeating: "555-123-4567 ext ", count: 5_000),
        String(repeating: "localhost:", count: 10_000),
        String(repeating: "1.1.1.1:", count: 10_000),
        String(repeating: "http://", count: 10_000),
        String(repeating: "9-", count: 20_000),
        String(repeating: "3pm ", count: 10_000),
        String(repeating: "3pm CET ", count: 5_000),
        String(repeating: "UTC+", count: 10_000),
        String(repeating: "tomorrow at ", count: 5_000),
        String(repeating: "christmas ", count: 10_000),
        String(repeating: "new year's ", count: 10_000),
        String(repeating: "from monday to ", count: 5_000),
        String(repeating: "between 2 and ", count: 5_000),
        String(repeating: "quarter past ", count: 10_000),
        String(repeating: "half past ", count: 10_000),
        String(repeating: "the day before ", count: 5_000),
        String(repeating: "a week from ", count: 5_000),
        String(repeating: "3 days ago ", count: 5_000),
        String(repeating: "last 2 weeks ", count: 5_000),
        String(repeating: "the week after next ", count: 5_000),
        String(repeating: "Tuesday the 19th ", count: 5_000),
        String(repeating: "July 13-15 ", count: 5_000),
        String(repeating: "13-", count: 20_000) + "15 July",
        String(repeating: "tonight at 11 ", count: 5_000),
        String(repeating: "15h", count: 20_000),
        String(repeating: "next ", count: 10_000) + "christmas",
        String(repeating: "日本語 at 東京 dot 🇯🇵 ", count: 3_000),
        String(repeating: "Ωμέγα at ελ dot gr ", count: 3_000),
        "\u{0}at\u{0}dot\u{0}com \u{200B}3pm\u{200B}CET",
    ]

    @Test(arguments: inputs.indices) func finishesOnAdversarialInput(_ index: Int) {
        checkFinishesWithSpansInBounds(Self.inputs[index])
    }

    @Test func repeatedAddressesAreFoundOnce() {
        let input = String(repeating: "ana at acme dot com ", count: 100)
        let found = extractor.extract(from: input)
        #expect(found.count == 100)
        #expect(found.allSatisfy { $0.entity == "email" && $0.value == "ana@acme.com" })
    }
}

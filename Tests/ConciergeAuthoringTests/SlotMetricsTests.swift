import Testing
@testable import ConciergeAuthoring
import ConciergeNLU

struct SlotMetricsTests {
    @Test func exactMatchMicroAverages() {
        let gold = [[SlotSpan(slot: "city", start: 8, end: 14)], [SlotSpan(slot: "date", start: 0, end: 5)]]
        let predicted = [
            [SlotSpan(slot: "city", start: 8, end: 14), SlotSpan(slot: "date", start: 0, end: 5)],
            [SlotSpan(slot: "date", start: 0, end: 4)],
        ]
        let scores = SlotMetrics(gold: gold, predicted: predicted)
        #expect(scores.precision == 1.0 / 3.0)
        #expect(scores.recall == 0.5)
        #expect(abs(scores.f1 - 0.4) < 1e-12)
        #expect(scores.slots.map(\.name) == ["city", "date"])
        #expect(scores.slots.first?.f1 == 1)
        #expect(scores.slots.last?.support == 1)
    }

    @Test func nothingToScore() {
        let scores = SlotMetrics(gold: [[]], predicted: [[]])
        #expect(scores.precision == 0)
        #expect(scores.recall == 0)
        #expect(scores.f1 == 0)
        #expect(scores.slots.isEmpty)
    }
}

import Testing
@testable import ConciergeAuthoring
import ConciergeNLU

@Suite struct IntentMetricsTests {
    @Test func matchesScikitLearnOnASmallCase() {
        // sklearn: accuracy_score = 0.6, f1_score(average="macro") over labels {a, b, c} = 0.5556
        let metrics = IntentMetrics(gold: ["a", "a", "b", "b", "c"], predicted: ["a", "b", "b", "b", "a"])
        #expect(abs(metrics.accuracy - 0.6) < 1e-9)
        #expect(abs(metrics.macroF1 - (0.5 + 0.8 + 0) / 3) < 1e-9)
        let a = metrics.labels.first { $0.name == "a" }
        #expect(a?.precision == 0.5)
        #expect(a?.recall == 0.5)
        #expect(a?.support == 2)
        #expect(metrics.confusions.first == .init(gold: "a", predicted: "b", count: 1))
        #expect(metrics.oosRecall == nil)
        #expect(metrics.inScopeAccuracy == nil)
    }

    @Test func outOfScopeScores() {
        let metrics = IntentMetrics(gold: ["a", "b", "oos", "oos"], predicted: ["a", "oos", "oos", "b"])
        #expect(metrics.inScopeAccuracy == 0.5)
        #expect(metrics.oosRecall == 0.5)
    }

    @Test func thresholdMaximisesValidationAccuracy() {
        let top: [(label: String, confidence: Double)] = [("a", 0.9), ("b", 0.8), ("a", 0.3), ("b", 0.2)]
        let gold = ["a", "b", "oos", "oos"]
        let (threshold, accuracy) = chooseThreshold(top: top, gold: gold)
        #expect(threshold == 0.8)
        #expect(accuracy == 1)
    }

    @Test func noOutOfScopeKeepsTheLowestThreshold() {
        let (threshold, accuracy) = chooseThreshold(top: [("a", 0.9), ("b", 0.4)], gold: ["a", "b"])
        #expect(threshold == 0)
        #expect(accuracy == 1)
    }
}

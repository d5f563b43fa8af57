import Testing
@testable import ConciergeAuthoring
import ConciergeNLU

@Suite struct CrossValidationTests {
    @Test func foldsAreStratifiedAndDeterministic() {
        let labels = Array(repeating: "a", count: 10) + Array(repeating: "b", count: 5)
        let validation = CrossValidation(folds: 5, seed: 3)
        let folds = validation.assignFolds(labels: labels)
        #expect(folds == validation.assignFolds(labels: labels))
        for fold in 0..<5 {
            let members = folds.indices.filter { folds[$0] == fold }
            #expect(members.filter { labels[$0] == "a" }.count == 2)
            #expect(members.filter { labels[$0] == "b" }.count == 1)
        }
    }

    @Test func everyItemGetsAnOutOfFoldPrediction() {
        let texts = ["hi", "hello", "hey there", "good morning", "hi there",
                     "price", "how much", "cost please", "what does it cost", "pricing"]
        let labels = Array(repeating: "greet", count: 5) + Array(repeating: "pricing", count: 5)
        let result = CrossValidation(folds: 5).run(texts: texts, labels: labels, configuration: ClassifierConfiguration())
        #expect(result.predicted.allSatisfy { $0 == "greet" || $0 == "pricing" })
    }
}

/// Expected calibration error, bin by bin.
@Suite struct CalibrationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var confidences: [Double]
        var correct: [Bool]
        var expected: Double
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "perfect", confidences: [1, 1, 0.05], correct: [true, true, false], expected: 0.05 / 3),
        Case(name: "overconfident", confidences: [0.95, 0.95, 0.95, 0.95], correct: [true, false, false, false],
             expected: 0.7),
        Case(name: "two bins", confidences: [0.9, 0.9, 0.6, 0.6], correct: [true, true, true, false], expected: 0.1),
        Case(name: "clamped and NaN", confidences: [1.5, -1, .nan], correct: [true, false, false], expected: 0),
        Case(name: "empty", confidences: [], correct: [], expected: 0),
    ]

    @Test(arguments: cases)
    func expectedError(_ row: Case) {
        let calibration = Calibration(confidences: row.confidences, correct: row.correct)
        #expect(abs(calibration.expectedError - row.expected) < 1e-9, "\(calibration)")
        #expect(calibration.count == row.confidences.count)
    }

    @Test func binsHoldTheirPredictions() {
        let calibration = Calibration(confidences: [0.05, 0.55, 0.58, 1.0], correct: [false, true, false, true])
        #expect(calibration.bins.map(\.count) == [1, 2, 1])
        #expect(calibration.bins.map(\.lower) == [0, 0.5, 0.9])
        #expect(calibration.bins[1].accuracy == 0.5)
    }

    @Test func samplingKeepsKPerIntentDeterministically() {
        let labels = ["a", "a", "a", "a", "b", "b", "c"]
        let first = CrossValidation.sample(labels: labels, perIntent: 2, seed: 7)
        #expect(first == CrossValidation.sample(labels: labels, perIntent: 2, seed: 7))
        #expect(first.map { labels[$0] }.filter { $0 == "a" }.count == 2)
        #expect(first.map { labels[$0] }.filter { $0 == "b" }.count == 2)
        #expect(first.map { labels[$0] }.filter { $0 == "c" }.count == 1)
        #expect(first == first.sorted())
        #expect(Set((0..<20).map { CrossValidation.sample(labels: labels, perIntent: 2, seed: $0) }).count > 1)
    }
}

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

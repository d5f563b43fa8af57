import Testing
@testable import ConciergeNLU

@Suite struct LinearSVMTests {
    @Test func separatesSeparableClasses() {
        let (rows, labels) = separableThreeClassProblem()
        let model = LinearSVMTrainer(parameters: LinearSVMParameters()).train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        for label in 0..<3 {
            let scores = model.scores(SparseVector(indices: [Int32(label)], values: [1]))
            #expect(scores.indices.max { scores[$0] < scores[$1] } == label)
            #expect(scores[label] > 0)
        }
    }

    @Test func trainingIsDeterministic() {
        let (rows, labels) = separableThreeClassProblem()
        let trainer = LinearSVMTrainer(parameters: LinearSVMParameters(seed: 7))
        let first = trainer.train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        let second = trainer.train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        #expect(first.weights == second.weights)
        #expect(first.bias == second.bias)
    }

    @Test func unseenFeaturesScoreTheBiasOnly() {
        let (rows, labels) = separableThreeClassProblem()
        let model = LinearSVMTrainer(parameters: LinearSVMParameters()).train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        #expect(model.scores(SparseVector()) == model.bias)
    }
}

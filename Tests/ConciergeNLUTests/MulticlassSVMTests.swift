import Testing
@testable import ConciergeNLU

@Suite struct MulticlassSVMTests {
    /// Like `separableThreeClassProblem`, but every fifth row carries another class's feature too, and
    /// a few rows are exact copies with a different label: no model separates them all.
    func overlappingProblem() -> (SparseMatrix, [Int]) {
        var rows = SparseMatrix()
        var labels: [Int] = []
        for index in 0..<90 {
            let label = index % 3
            if index % 5 == 0 {
                let other = Int32((label + 1) % 3)
                let pair = [Int32(label), other].sorted()
                rows.append(SparseVector(indices: pair + [3], values: [0.6, 0.6, 0.53]))
            } else {
                rows.append(SparseVector(indices: [Int32(label), 3], values: [0.9, 0.43]))
            }
            labels.append(index % 15 == 7 ? (label + 1) % 3 : label)
        }
        return (rows, labels)
    }

    /// Row `row` of `rows` as a vector.
    func vector(_ rows: SparseMatrix, _ row: Int) -> SparseVector {
        let range = rows.rowRange(row)
        return SparseVector(indices: Array(rows.indices[range]), values: Array(rows.values[range]))
    }

    func predict(_ model: LinearModel, _ x: SparseVector) -> Int? {
        let scores = model.scores(x)
        return scores.indices.max { scores[$0] < scores[$1] }
    }

    @Test func separatesSeparableClasses() {
        let (rows, labels) = separableThreeClassProblem()
        let model = CrammerSingerTrainer(parameters: LinearSVMParameters()).train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        for label in 0..<3 {
            #expect(predict(model, SparseVector(indices: [Int32(label)], values: [1])) == label)
        }
        for row in 0..<rows.rowCount {
            #expect(predict(model, vector(rows, row)) == labels[row])
        }
    }

    /// `classCount` classes, each with its own feature plus two features shared with
    /// neighbours (2 × `classCount` columns): rows start with every class active and end with
    /// few, so the solver takes both its all-classes and its few-classes paths.
    func manyClassProblem(classCount: Int, rowCount: Int) -> (SparseMatrix, [Int]) {
        var rows = SparseMatrix()
        var labels: [Int] = []
        for index in 0..<rowCount {
            let label = index % classCount
            let shared = [Int32(classCount + label), Int32(classCount + (label + 1) % classCount)].sorted()
            rows.append(SparseVector(indices: [Int32(label)] + shared, values: [0.8, 0.42, 0.42]))
            labels.append(label)
        }
        return (rows, labels)
    }

    @Test func separatesManyClassesAndStaysDeterministic() {
        let (rows, labels) = manyClassProblem(classCount: 12, rowCount: 240)
        let trainer = CrammerSingerTrainer(parameters: LinearSVMParameters(cost: 0.7))
        let model = trainer.train(rows: rows, labels: labels, classCount: 12, columnCount: 24)
        for row in 0..<rows.rowCount {
            #expect(predict(model, vector(rows, row)) == labels[row])
        }
        let again = trainer.train(rows: rows, labels: labels, classCount: 12, columnCount: 24)
        #expect(again.weights == model.weights)
        #expect(again.bias == model.bias)
    }

    @Test func classCountsOffTheVectorWidthKeepTheirShape() {
        // 18 classes: weight rows padded to 20 while training, split into a block of four
        // vectors and a single one; the model holds only the real classes.
        let (rows, labels) = manyClassProblem(classCount: 18, rowCount: 180)
        let model = CrammerSingerTrainer(parameters: LinearSVMParameters(cost: 0.7))
            .train(rows: rows, labels: labels, classCount: 18, columnCount: 36)
        #expect(model.weights.count == 36 * 18)
        #expect(model.bias.count == 18)
        for row in 0..<rows.rowCount {
            #expect(predict(model, vector(rows, row)) == labels[row])
        }
    }

    @Test func learnsTheMajorityOnOverlappingClasses() {
        let (rows, labels) = overlappingProblem()
        let model = CrammerSingerTrainer(parameters: LinearSVMParameters(cost: 0.5)).train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        var correct = 0
        for row in 0..<rows.rowCount {
            if predict(model, vector(rows, row)) == labels[row] { correct += 1 }
        }
        // The six relabelled rows cannot all be right; the rest should be.
        #expect(correct >= rows.rowCount - 12)
        #expect(model.weights.allSatisfy { $0.isFinite })
    }

    @Test func trainingIsDeterministic() {
        let (rows, labels) = overlappingProblem()
        let trainer = CrammerSingerTrainer(parameters: LinearSVMParameters(seed: 7))
        let first = trainer.train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        let second = trainer.train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        #expect(first.weights == second.weights)
        #expect(first.bias == second.bias)
    }

    @Test func unseenFeaturesScoreTheBiasOnly() {
        let (rows, labels) = separableThreeClassProblem()
        let model = CrammerSingerTrainer(parameters: LinearSVMParameters()).train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        #expect(model.scores(SparseVector()) == model.bias)
    }

    @Test func averagingAddsScoresWithTheirShares() {
        let (rows, labels) = separableThreeClassProblem()
        let ovr = LinearSVMTrainer(parameters: LinearSVMParameters()).train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        let cs = CrammerSingerTrainer(parameters: LinearSVMParameters()).train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
        let mixed = LinearModel.average([ovr, cs], weights: [0.25, 0.75])
        let x = SparseVector(indices: [1, 3], values: [0.9, 0.43])
        for (score, (a, b)) in zip(mixed.scores(x), zip(ovr.scores(x), cs.scores(x))) {
            #expect(abs(score - (0.25 * a + 0.75 * b)) < 1e-5)
        }
    }
}

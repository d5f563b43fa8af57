import ConciergeBinary
import Testing
@testable import ConciergeNLU

/// A model read from a compiled model keeps only the nonzero weights; it scores exactly as the
/// dense one, and a damaged table adds nothing rather than reading outside it.
@Suite struct SparseColumnWeightsTests {
    @Test func sparseScoresEqualDenseScores() {
        var random = SplitMix64(seed: 20)
        let classCount = 7, columnCount = 40
        let weights: [Float] = (0..<(classCount * columnCount)).map { _ in
            // Most weights zero, as after training; a negative zero among them.
            switch random.next() % 4 {
            case 0: Float(Int(random.next() % 2001) - 1000) / 997
            case 1: -0.0
            default: 0
            }
        }
        let bias: [Float] = (0..<classCount).map { Float($0) / 10 }
        let dense = LinearModel(classCount: classCount, weights: weights, bias: bias)
        let sparse = LinearModel(classCount: classCount, sparse: dense.sparseWeights, bias: bias)
        #expect(dense.sparseWeights.values.count < weights.count / 2)
        for _ in 0..<200 {
            let columns = Set((0..<8).map { _ in Int32(random.next() % UInt64(columnCount)) }).sorted()
            let x = SparseVector(indices: columns, values: columns.map { _ in Float(random.next() % 1000) / 333 })
            #expect(sparse.scores(x) == dense.scores(x))
        }
    }

    @Test func damagedTablesAddNothing() {
        let weights = SparseColumnWeights(
            starts: FlatArray([0, 2, 1, 9]), classes: FlatArray([0, 5]), values: FlatArray([1, 2]))
        let model = LinearModel(classCount: 2, sparse: weights, bias: [0, 0])
        // Column 0: class 0 and a class that does not exist; column 1 runs backwards; column 2
        // past the end; column 7 is not there.
        #expect(model.scores(SparseVector(indices: [0, 1, 2, 7], values: [1, 1, 1, 1])) == [1, 0])
    }
}

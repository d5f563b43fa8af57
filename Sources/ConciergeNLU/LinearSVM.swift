import Foundation
import Synchronization

/// Hyperparameters of the one-vs-rest linear SVM.
public struct LinearSVMParameters: Hashable, Sendable, Codable {
    /// Misclassification cost C (larger fits the training data more closely).
    public var cost: Double
    /// Stopping tolerance on the projected gradient (liblinear's `eps`).
    public var tolerance: Double
    public var maxIterations: Int
    public var seed: UInt64

    public init(cost: Double = 1, tolerance: Double = 0.1, maxIterations: Int = 1000, seed: UInt64 = 0) {
        self.cost = cost
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.seed = seed
    }
}

/// Linear scores for every class: `bias[k] + Σ x[f] · weights[f][k]`, weights stored
/// feature-major so one sparse feature touches one contiguous row of class weights.
///
///     let scores = model.scores(vector)   // one score per class
struct LinearModel: Sendable {
    let classCount: Int
    let weights: [Float]
    let bias: [Float]

    func scores(_ x: SparseVector) -> [Float] {
        var scores = bias
        let classes = classCount
        scores.withUnsafeMutableBufferPointer { scores in
            weights.withUnsafeBufferPointer { weights in
                for (column, value) in zip(x.indices, x.values) {
                    let row = Int(column) &* classes
                    for k in 0..<classes {
                        scores[k] += value * weights[row &+ k]
                    }
                }
            }
        }
        return scores
    }
}

/// Trains one binary L2-regularised, squared-hinge-loss SVM per class by dual coordinate
/// descent with shrinking (Hsieh et al. 2008, the algorithm of liblinear and scikit-learn's
/// `LinearSVC`), with an unregularised-in-spirit bias feature of value 1. Classes train in
/// parallel on all cores; each class's shuffles use its own seeded generator, so the model
/// does not depend on the thread schedule.
struct LinearSVMTrainer: Sendable {
    let parameters: LinearSVMParameters

    func train(rows: SparseMatrix, labels: [Int], classCount: Int, columnCount: Int) -> LinearModel {
        let results = Mutex<[(weights: [Float], bias: Double)]>(
            Array(repeating: ([Float](), 0.0), count: classCount)
        )
        let squaredNorms = (0..<rows.rowCount).map { row in
            rows.rowRange(row).reduce(0.0) { sum, position in
                let value = Double(rows.values[position])
                return sum + value * value
            }
        }
        DispatchQueue.concurrentPerform(iterations: classCount) { k in
            let targets = labels.map { $0 == k ? 1.0 : -1.0 }
            let binary = trainBinary(
                rows: rows, targets: targets, squaredNorms: squaredNorms,
                columnCount: columnCount, seed: parameters.seed &+ UInt64(k)
            )
            results.withLock { $0[k] = binary }
        }
        let perClass = results.withLock { $0 }
        var weights = [Float](repeating: 0, count: columnCount * classCount)
        for (k, result) in perClass.enumerated() {
            for (column, weight) in result.weights.enumerated() where weight != 0 {
                weights[column * classCount + k] = weight
            }
        }
        return LinearModel(classCount: classCount, weights: weights, bias: perClass.map { Float($0.bias) })
    }

    private func trainBinary(
        rows: SparseMatrix, targets: [Double], squaredNorms: [Double], columnCount: Int, seed: UInt64
    ) -> (weights: [Float], bias: Double) {
        rows.withUnsafeBuffers { rowStarts, indices, values in
            targets.withUnsafeBufferPointer { targets in
                squaredNorms.withUnsafeBufferPointer { squaredNorms in
                    DualCoordinateDescent(
                        rowStarts: rowStarts, indices: indices, values: values, targets: targets,
                        squaredNorms: squaredNorms, columnCount: columnCount, parameters: parameters
                    ).solve(seed: seed)
                }
            }
        }
    }
}

/// The solver of one binary problem, over borrowed buffers; its loop touches only locals
/// and raw buffers, so no access pays for boxing or exclusivity checks.
private struct DualCoordinateDescent {
    let rowStarts: UnsafeBufferPointer<Int>
    let indices: UnsafeBufferPointer<Int32>
    let values: UnsafeBufferPointer<Float>
    let targets: UnsafeBufferPointer<Double>
    let squaredNorms: UnsafeBufferPointer<Double>
    let columnCount: Int
    let parameters: LinearSVMParameters

    func solve(seed: UInt64) -> (weights: [Float], bias: Double) {
        let count = targets.count
        let diagonal = 0.5 / parameters.cost
        let weights = UnsafeMutableBufferPointer<Float>.allocate(capacity: columnCount)
        weights.initialize(repeating: 0)
        let alpha = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        alpha.initialize(repeating: 0)
        let order = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
        for row in 0..<count { order[row] = row }
        defer {
            weights.deallocate()
            alpha.deallocate()
            order.deallocate()
        }
        var bias = 0.0
        var activeCount = count
        var maxGradientBefore = Double.infinity
        var random = SplitMix64(seed: seed)
        for _ in 0..<parameters.maxIterations {
            var maxGradient = -Double.infinity
            var minGradient = Double.infinity
            // Fisher–Yates over the active prefix.
            var remaining = activeCount
            while remaining > 1 {
                let pick = Int(random.next() % UInt64(remaining))
                remaining -= 1
                order.swapAt(remaining, pick)
            }
            var position = 0
            while position < activeCount {
                let row = order[position]
                let target = targets[row]
                let first = rowStarts[row]
                let end = rowStarts[row &+ 1]
                // Four independent sums: one chain of dependent adds would leave the core
                // waiting on each addition's latency.
                var sums: (Float, Float, Float, Float) = (0, 0, 0, 0)
                var entry = first
                while entry &+ 4 <= end {
                    sums.0 += values[entry] * weights[Int(indices[entry])]
                    sums.1 += values[entry &+ 1] * weights[Int(indices[entry &+ 1])]
                    sums.2 += values[entry &+ 2] * weights[Int(indices[entry &+ 2])]
                    sums.3 += values[entry &+ 3] * weights[Int(indices[entry &+ 3])]
                    entry &+= 4
                }
                while entry < end {
                    sums.0 += values[entry] * weights[Int(indices[entry])]
                    entry &+= 1
                }
                let margin = bias + Double((sums.0 + sums.1) + (sums.2 + sums.3))
                let gradient = target * margin - 1 + alpha[row] * diagonal
                var projected = 0.0
                if alpha[row] == 0 {
                    if gradient > maxGradientBefore {
                        // Shrinking: this example is unlikely to become a support vector.
                        activeCount -= 1
                        order.swapAt(position, activeCount)
                        continue
                    }
                    if gradient < 0 { projected = gradient }
                } else {
                    projected = gradient
                }
                maxGradient = max(maxGradient, projected)
                minGradient = min(minGradient, projected)
                if abs(projected) > 1e-12 {
                    let old = alpha[row]
                    alpha[row] = max(old - gradient / (squaredNorms[row] + 1 + diagonal), 0)
                    let step = (alpha[row] - old) * target
                    let floatStep = Float(step)
                    entry = first
                    while entry < end {
                        weights[Int(indices[entry])] += floatStep * values[entry]
                        entry &+= 1
                    }
                    bias += step
                }
                position += 1
            }
            if maxGradient - minGradient <= parameters.tolerance {
                if activeCount == count { break }
                // Converged on the shrunk set: check once more on every example.
                activeCount = count
                maxGradientBefore = .infinity
                continue
            }
            // With the squared hinge there is no upper bound on alpha, so only the
            // lower-bound side shrinks (liblinear keeps PGmin for the L1 loss).
            maxGradientBefore = maxGradient <= 0 ? .infinity : maxGradient
        }
        return (Array(weights), bias)
    }
}

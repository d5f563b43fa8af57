import ConciergeBinary
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
    /// Scales the cost of each intent's own examples by N / (K · n_k), so small intents
    /// weigh as much as large ones (scikit-learn's `class_weight="balanced"`).
    public var balancedClasses = false

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
    /// Flat, so a compiled model's weights are used where they are mapped. Empty in a model
    /// read from a compiled model, which has `sparse` instead.
    let weights: FlatArray<Float>
    /// The nonzero weights per column: how a compiled model stores them (`IntentClassifier+Binary`).
    let sparse: SparseColumnWeights?
    let bias: [Float]
    /// The weights of the columns from `denseTail.start` on (the meaning block, in every
    /// message), class by class, added as dot products instead of the sparse gather.
    private(set) var denseTail: DenseTail?

    struct DenseTail: Sendable {
        let start: Int
        let width: Int
        /// Class-major: class k's weights of the tail's columns at `k * width`.
        let weights: [Float]
    }


    init(classCount: Int, weights: FlatArray<Float>, bias: [Float]) {
        self.classCount = classCount
        self.weights = weights
        self.sparse = nil
        self.bias = bias
    }

    init(classCount: Int, sparse: SparseColumnWeights, bias: [Float]) {
        self.classCount = classCount
        self.weights = FlatArray([])
        self.sparse = sparse
        self.bias = bias
    }

    /// The nonzero weights per column, as a compiled model stores them.
    var sparseWeights: SparseColumnWeights {
        sparse ?? SparseColumnWeights(dense: weights, classCount: classCount)
    }

    init(classCount: Int, weights: [Float], bias: [Float]) {
        self.init(classCount: classCount, weights: FlatArray(weights), bias: bias)
    }

    /// The model whose scores are the weighted sum of `models`' scores (same shape).
    static func average(_ models: [LinearModel], weights shares: [Float]) -> LinearModel {
        guard let first = models.first else { return LinearModel(classCount: 0, weights: [], bias: []) }
        var weights = [Float](repeating: 0, count: first.weights.count)
        var bias = [Float](repeating: 0, count: first.bias.count)
        for (model, share) in zip(models, shares) {
            model.weights.withUnsafeBufferPointer { modelWeights in
                for index in weights.indices { weights[index] += share * modelWeights[index] }
            }
            for index in bias.indices { bias[index] += share * model.bias[index] }
        }
        return LinearModel(classCount: first.classCount, weights: weights, bias: bias)
    }

    /// This model with the columns from `start` on scored densely (`denseTail`).
    func withDenseTail(from start: Int, columnCount: Int) -> LinearModel {
        let width = max(columnCount - start, 0)
        var featureMajor = [Float](repeating: 0, count: width * classCount)
        if let sparse {
            sparse.copyColumns(from: start, to: columnCount, classCount: classCount, into: &featureMajor)
        } else {
            weights.withUnsafeBufferPointer { weights in
                for index in featureMajor.indices where start * classCount + index < weights.count {
                    featureMajor[index] = weights[start * classCount + index]
                }
            }
        }
        var classMajor = [Float](repeating: 0, count: featureMajor.count)
        for column in 0..<width {
            for k in 0..<classCount { classMajor[k * width + column] = featureMajor[column * classCount + k] }
        }
        var model = self
        model.denseTail = DenseTail(start: start, width: width, weights: classMajor)
        return model
    }

    func scores(_ x: SparseVector) -> [Float] {
        guard let denseTail, x.indices.count >= denseTail.width, denseTail.width > 0,
              Int(x.indices[x.indices.count - denseTail.width]) == denseTail.start
        else { return headScores(x, entries: x.indices.count) }
        // The tail's columns are the vector's last `width` entries, in order.
        let split = x.indices.count - denseTail.width
        var scores = headScores(x, entries: split)
        let width = denseTail.width
        scores.withUnsafeMutableBufferPointer { scores in
            denseTail.weights.withUnsafeBufferPointer { weights in
                x.values.withUnsafeBufferPointer { values in
                    guard let tail = values.baseAddress.map({ UnsafeRawPointer($0 + split) }),
                          let base = weights.baseAddress.map(UnsafeRawPointer.init), weights.count == width * scores.count
                    else { return }
                    for k in 0..<scores.count {
                        scores[k] += Self.dot(tail, base + 4 * k * width, count: width)
                    }
                }
            }
        }
        return scores
    }

    /// The dot product of two runs of `count` floats, eight lanes at a time.
    private static func dot(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Float {
        var lanes = SIMD8<Float>()
        var index = 0
        while index + 8 <= count {
            lanes += a.loadUnaligned(fromByteOffset: 4 * index, as: SIMD8<Float>.self)
                * b.loadUnaligned(fromByteOffset: 4 * index, as: SIMD8<Float>.self)
            index += 8
        }
        var sum = lanes.sum()
        while index < count {
            sum += a.loadUnaligned(fromByteOffset: 4 * index, as: Float.self) * b.loadUnaligned(fromByteOffset: 4 * index, as: Float.self)
            index += 1
        }
        return sum
    }

    /// The scores of the first `end` entries of `x`.
    private func headScores(_ x: SparseVector, entries end: Int) -> [Float] {
        if let sparse { return sparseScores(x, sparse, entries: end) }
        var scores = bias
        let classes = classCount
        scores.withUnsafeMutableBufferPointer { scores in
            weights.withUnsafeBufferPointer { weights in
                for (column, value) in zip(x.indices, x.values).prefix(end) {
                    let row = Int(column) &* classes
                    for k in 0..<classes {
                        scores[k] += value * weights[row &+ k]
                    }
                }
            }
        }
        return scores
    }

    /// `scores` from the nonzero weights: the same sums, term by term.
    private func sparseScores(_ x: SparseVector, _ sparse: SparseColumnWeights, entries end: Int) -> [Float] {
        var scores = bias
        scores.withUnsafeMutableBufferPointer { sparse.add(x, entries: end, to: $0) }
        return scores
    }
}

/// Trains one binary L2-regularised, squared-hinge-loss SVM per class (one-vs-rest) by dual
/// coordinate descent (Hsieh et al. 2008: the problem and algorithm of liblinear and
/// scikit-learn's `LinearSVC`), with a bias feature of value 1.
///
/// The binary problems run in lockstep: each visit of a training row computes the margins
/// of all classes at once from a feature-major weight matrix (contiguous, vectorised) and
/// updates them together, so the data is read once per epoch instead of once per class.
/// Classes are split into one group per core; every group replays the same seeded
/// shuffles, so each class's solution is the same whatever the number of cores.
struct LinearSVMTrainer: Sendable {
    let parameters: LinearSVMParameters

    func train(rows: SparseMatrix, labels: [Int], classCount: Int, columnCount: Int) -> LinearModel {
        let groupCount = min(max(ProcessInfo.processInfo.activeProcessorCount, 1), classCount)
        let groups = (0..<groupCount).map { ($0 * classCount / groupCount)..<(($0 + 1) * classCount / groupCount) }
        let squaredNorms = (0..<rows.rowCount).map { row in
            // ‖x_i‖² + 1 for the bias feature.
            rows.rowRange(row).reduce(Float(1)) { $0 + rows.values[$1] * rows.values[$1] }
        }
        var classCounts = [Int](repeating: 0, count: classCount)
        for label in labels { classCounts[label] += 1 }
        let positiveCosts = classCounts.map { count in
            parameters.balancedClasses
                ? parameters.cost * Double(labels.count) / Double(classCount * max(count, 1)) : parameters.cost
        }
        let solved = Mutex<[(weights: [Float], bias: [Float])]>(Array(repeating: ([], []), count: groupCount))
        DispatchQueue.concurrentPerform(iterations: groupCount) { group in
            let result = rows.withUnsafeBuffers { rowStarts, indices, values in
                labels.withUnsafeBufferPointer { labels in
                    squaredNorms.withUnsafeBufferPointer { squaredNorms in
                        LockstepDualCoordinateDescent(
                            rowStarts: rowStarts, indices: indices, values: values, labels: labels,
                            squaredNorms: squaredNorms, columnCount: columnCount, classes: groups[group],
                            positiveDiagonals: positiveCosts[groups[group]].map { Float(0.5 / $0) },
                            parameters: parameters
                        ).solve()
                    }
                }
            }
            solved.withLock { $0[group] = result }
        }
        var weights = [Float](repeating: 0, count: columnCount * classCount)
        var bias = [Float](repeating: 0, count: classCount)
        let parts = solved.withLock { $0 }
        for (group, part) in zip(groups, parts) {
            let width = group.count
            part.weights.withUnsafeBufferPointer { partWeights in
                for column in 0..<columnCount {
                    for offset in 0..<width {
                        weights[column * classCount + group.lowerBound + offset] = partWeights[column * width + offset]
                    }
                }
            }
            for offset in 0..<width { bias[group.lowerBound + offset] = part.bias[offset] }
        }
        return LinearModel(classCount: classCount, weights: weights, bias: bias)
    }
}

/// The solver of a group of binary problems over borrowed buffers. Its loops touch only
/// locals and raw buffers, so no access pays for boxing, exclusivity or bounds checks.
private struct LockstepDualCoordinateDescent {
    let rowStarts: UnsafeBufferPointer<Int>
    let indices: UnsafeBufferPointer<Int32>
    let values: UnsafeBufferPointer<Float>
    let labels: UnsafeBufferPointer<Int>
    let squaredNorms: UnsafeBufferPointer<Float>
    let columnCount: Int
    let classes: Range<Int>
    /// 1/(2C) for a class's own examples; other examples use the plain cost.
    let positiveDiagonals: [Float]
    let parameters: LinearSVMParameters

    func solve() -> (weights: [Float], bias: [Float]) {
        let rowCount = labels.count
        let width = classes.count
        let diagonal = Float(0.5 / parameters.cost)
        let tolerance = Float(parameters.tolerance)
        let weights = UnsafeMutablePointer<Float>.allocate(capacity: columnCount * width)
        weights.initialize(repeating: 0, count: columnCount * width)
        let alpha = UnsafeMutablePointer<Float>.allocate(capacity: rowCount * width)
        alpha.initialize(repeating: 0, count: rowCount * width)
        let order = UnsafeMutablePointer<Int>.allocate(capacity: rowCount)
        for row in 0..<rowCount { order[row] = row }
        let scratch = UnsafeMutablePointer<Float>.allocate(capacity: width * 5)
        let margins = scratch
        let steps = scratch + width
        let bias = scratch + 2 * width
        let maxGradient = scratch + 3 * width
        let minGradient = scratch + 4 * width
        bias.initialize(repeating: 0, count: width)
        var converged = [Bool](repeating: false, count: width)
        defer {
            weights.deallocate()
            alpha.deallocate()
            order.deallocate()
            scratch.deallocate()
        }
        var random = SplitMix64(seed: parameters.seed)
        for _ in 0..<parameters.maxIterations {
            maxGradient.initialize(repeating: -.infinity, count: width)
            minGradient.initialize(repeating: .infinity, count: width)
            var remaining = rowCount
            while remaining > 1 {
                let pick = Int(random.next() % UInt64(remaining))
                remaining -= 1
                (order[remaining], order[pick]) = (order[pick], order[remaining])
            }
            for position in 0..<rowCount {
                let row = order[position]
                let first = rowStarts[row]
                let end = rowStarts[row &+ 1]
                margins.update(from: bias, count: width)
                for entry in first..<end {
                    let value = values[entry]
                    let weightRow = weights + Int(indices[entry]) &* width
                    for k in 0..<width { margins[k] += value * weightRow[k] }
                }
                let rowAlpha = alpha + row &* width
                let positive = labels[row] &- classes.lowerBound
                var anyStep = false
                for k in 0..<width {
                    steps[k] = 0
                    if converged[k] { continue }
                    let target: Float = k == positive ? 1 : -1
                    let rowDiagonal = k == positive ? positiveDiagonals[k] : diagonal
                    let gradient = target * margins[k] - 1 + rowAlpha[k] * rowDiagonal
                    // Projected gradient: at alpha = 0 only a negative gradient can move it.
                    let projected = rowAlpha[k] == 0 ? min(gradient, 0) : gradient
                    maxGradient[k] = max(maxGradient[k], projected)
                    minGradient[k] = min(minGradient[k], projected)
                    if abs(projected) > 1e-12 {
                        let updated = max(rowAlpha[k] - gradient / (squaredNorms[row] + rowDiagonal), 0)
                        steps[k] = (updated - rowAlpha[k]) * target
                        rowAlpha[k] = updated
                        anyStep = true
                    }
                }
                guard anyStep else { continue }
                for entry in first..<end {
                    let value = values[entry]
                    let weightRow = weights + Int(indices[entry]) &* width
                    for k in 0..<width { weightRow[k] += value * steps[k] }
                }
                for k in 0..<width { bias[k] += steps[k] }
            }
            var allConverged = true
            for k in 0..<width where !converged[k] {
                converged[k] = maxGradient[k] - minGradient[k] <= tolerance
                allConverged = allConverged && converged[k]
            }
            if allConverged { break }
        }
        return (Array(UnsafeBufferPointer(start: weights, count: columnCount * width)), Array(UnsafeBufferPointer(start: bias, count: width)))
    }
}

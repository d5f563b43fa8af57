/// Trains one multiclass L2-regularised linear SVM (Crammer & Singer 2001) by the sequential
/// dual method of Keerthi et al. 2008 ("A sequential dual method for large scale multi-class
/// linear SVMs"), the solver of liblinear's `-s 4`, with a bias feature of value 1.
///
/// Unlike one-vs-rest, the classes share one loss: an example costs only where its own
/// intent fails to beat the best other intent by a margin of 1, so the scores of all
/// intents are trained against each other. Each visit of a training row solves the small
/// sub-problem over that row's dual variables (one per class) exactly, then updates the
/// weights of the classes whose variables moved. Classes whose variables sit at their bound
/// with no pull to move are shrunk out of the row's visits until the next full check.
///
///     let model = CrammerSingerTrainer(parameters: LinearSVMParameters(cost: 1))
///         .train(rows: rows, labels: labels, classCount: 3, columnCount: 4)
///     model.scores(x)   // one score per class; the largest is the prediction
struct CrammerSingerTrainer: Sendable {
    let parameters: LinearSVMParameters

    func train(rows: SparseMatrix, labels: [Int], classCount: Int, columnCount: Int) -> LinearModel {
        // While training, each weight row is padded to whole SIMD vectors (the padding stays 0).
        let stride = (classCount + SequentialDualSolver.lanes - 1) / SequentialDualSolver.lanes * SequentialDualSolver.lanes
        var padded = [Float](repeating: 0, count: (columnCount + 1) * stride)
        rows.withUnsafeBuffers { rowStarts, indices, values in
            labels.withUnsafeBufferPointer { labels in
                padded.withUnsafeMutableBufferPointer { weights in
                    var solver = SequentialDualSolver(
                        rowStarts: rowStarts, indices: indices, values: values, labels: labels,
                        classCount: classCount, stride: stride, biasColumn: columnCount, weights: weights,
                        parameters: parameters
                    )
                    solver.solve()
                }
            }
        }
        // The bias lives in the extra last weight row while training.
        let bias = Array(padded[(columnCount * stride)..<(columnCount * stride + classCount)])
        // Each row's classes move down over the padding, in place: a second copy of the
        // weights here was the peak of the classifier's training. Rows only move to lower
        // offsets, so a row is read before anything overwrites it.
        for column in 0..<columnCount {
            for index in 0..<classCount { padded[column * classCount + index] = padded[column * stride + index] }
        }
        padded.removeLast(padded.count - columnCount * classCount)
        return LinearModel(classCount: classCount, weights: padded, bias: bias)
    }
}

/// The sequential dual solver over borrowed buffers; see `CrammerSingerTrainer`.
private struct SequentialDualSolver {
    let rowStarts: UnsafeBufferPointer<Int>
    let indices: UnsafeBufferPointer<Int32>
    let values: UnsafeBufferPointer<Float>
    let labels: UnsafeBufferPointer<Int>
    let classCount: Int
    /// Floats per weight row: `classCount` rounded up to whole `Vector`s.
    let stride: Int
    let biasColumn: Int
    let weights: UnsafeMutableBufferPointer<Float>
    let parameters: LinearSVMParameters

    /// The dense passes over all classes run on whole vectors: the same sums per class (SIMD
    /// adds and multiplies round like scalar ones, and no product is fused), without a
    /// scalar tail when the class count is not a multiple of the vector width.
    typealias Vector = SIMD4<Float>
    static let lanes = Vector.scalarCount

    mutating func solve() {
        let rowCount = labels.count
        let classes = classCount
        let cost = Float(parameters.cost)
        let tolerance = Float(parameters.tolerance)
        guard let w = weights.baseAddress, rowCount > 0 else { return }
        // alpha[i·K + m] ≤ 0 for m ≠ y_i, ≤ C for m = y_i, Σ_m alpha[i·K + m] = 0.
        let alpha = UnsafeMutablePointer<Float>.allocate(capacity: rowCount * classes)
        alpha.initialize(repeating: 0, count: rowCount * classes)
        // Per row, the classes still visited come first in `classOrder`; `activeClasses`
        // counts them and `labelSlot` is the position of the row's own class in that order.
        let classOrder = UnsafeMutablePointer<Int32>.allocate(capacity: rowCount * classes)
        let activeClasses = UnsafeMutablePointer<Int>.allocate(capacity: rowCount)
        let labelSlot = UnsafeMutablePointer<Int>.allocate(capacity: rowCount)
        let order = UnsafeMutablePointer<Int>.allocate(capacity: rowCount)
        let squaredNorms = UnsafeMutablePointer<Float>.allocate(capacity: rowCount)
        let scratch = UnsafeMutablePointer<Float>.allocate(capacity: classes * 4 + stride)
        let gradient = scratch
        let shifted = scratch + classes
        let sorted = scratch + 2 * classes
        let updated = scratch + 3 * classes
        let dense = scratch + 4 * classes
        dense.initialize(repeating: 0, count: stride)
        let changedClasses = UnsafeMutablePointer<Int>.allocate(capacity: classes)
        let changes = UnsafeMutablePointer<Float>.allocate(capacity: classes)
        defer {
            alpha.deallocate()
            classOrder.deallocate()
            activeClasses.deallocate()
            labelSlot.deallocate()
            order.deallocate()
            squaredNorms.deallocate()
            scratch.deallocate()
            changedClasses.deallocate()
            changes.deallocate()
        }
        for row in 0..<rowCount {
            for m in 0..<classes { classOrder[row &* classes &+ m] = Int32(m) }
            activeClasses[row] = classes
            labelSlot[row] = labels[row]
            order[row] = row
            var norm: Float = 1  // the bias feature
            for entry in rowStarts[row]..<rowStarts[row &+ 1] { norm += values[entry] * values[entry] }
            squaredNorms[row] = norm
        }
        var activeRows = rowCount
        var shrinkTolerance = max(10 * tolerance, 1)
        var startedFromAll = true
        var random = SplitMix64(seed: parameters.seed)
        for _ in 0..<parameters.maxIterations {
            var violation: Float = -.infinity
            for position in 0..<activeRows {
                let pick = position &+ Int(random.next() % UInt64(activeRows &- position))
                (order[position], order[pick]) = (order[pick], order[position])
            }
            var position = 0
            while position < activeRows {
                let row = order[position]
                position &+= 1
                let rowAlpha = alpha + row &* classes
                let rowClasses = classOrder + row &* classes
                let first = rowStarts[row]
                let end = rowStarts[row &+ 1]
                let quadratic = squaredNorms[row]
                var active = activeClasses[row]
                var slot = labelSlot[row]
                // Gradient of the dual: w_m · x_i + (m ≠ y_i ? 1 : 0), bias feature included.
                let biasRow = w + biasColumn &* stride
                if active &* 4 >= classes {
                    // Many classes still active: all K scores in one contiguous, vectorised
                    // pass per feature beat a scalar gather of the active ones.
                    let label = labels[row]
                    for k in 0..<classes { dense[k] = (k == label ? 0 : 1) + biasRow[k] }
                    accumulateScores(into: dense, weights: w, first: first, end: end)
                    for m in 0..<active { gradient[m] = dense[Int(rowClasses[m])] }
                } else {
                    for m in 0..<active {
                        gradient[m] = (m == slot ? 0 : 1) + biasRow[Int(rowClasses[m])]
                    }
                    for entry in first..<end {
                        let value = values[entry]
                        let weightRow = w + Int(indices[entry]) &* stride
                        for m in 0..<active { gradient[m] += value * weightRow[Int(rowClasses[m])] }
                    }
                }
                var minGradient = Float.infinity
                var maxGradient = -Float.infinity
                for m in 0..<active {
                    if rowAlpha[Int(rowClasses[m])] < 0, gradient[m] < minGradient { minGradient = gradient[m] }
                    if gradient[m] > maxGradient { maxGradient = gradient[m] }
                }
                if slot < active, rowAlpha[Int(rowClasses[slot])] < cost, gradient[slot] < minGradient {
                    minGradient = gradient[slot]
                }
                // Shrinking: a class at its bound whose gradient is below every free one
                // would not move; it leaves this row's visits until the next full pass.
                func atRest(_ m: Int) -> Bool {
                    let bound: Float = m == slot ? cost : 0
                    return rowAlpha[Int(rowClasses[m])] == bound && gradient[m] < minGradient
                }
                var m = 0
                while m < active {
                    if atRest(m) {
                        active &-= 1
                        while active > m {
                            if !atRest(active) {
                                (rowClasses[m], rowClasses[active]) = (rowClasses[active], rowClasses[m])
                                (gradient[m], gradient[active]) = (gradient[active], gradient[m])
                                if slot == active { slot = m } else if slot == m { slot = active }
                                break
                            }
                            active &-= 1
                        }
                    }
                    m &+= 1
                }
                activeClasses[row] = active
                labelSlot[row] = slot
                if active <= 1 {
                    activeRows &-= 1
                    position &-= 1
                    (order[position], order[activeRows]) = (order[activeRows], order[position])
                    continue
                }
                if maxGradient - minGradient <= 1e-12 { continue }
                violation = max(violation, maxGradient - minGradient)
                for m in 0..<active { shifted[m] = gradient[m] - quadratic * rowAlpha[Int(rowClasses[m])] }
                solveSubproblem(
                    quadratic: quadratic, labelSlot: slot, cost: cost, active: active,
                    shifted: shifted, sorted: sorted, updated: updated
                )
                var changed = 0
                for m in 0..<active {
                    let k = Int(rowClasses[m])
                    let step = updated[m] - rowAlpha[k]
                    rowAlpha[k] = updated[m]
                    if abs(step) >= 1e-12 {
                        changedClasses[changed] = k
                        changes[changed] = step
                        changed &+= 1
                    }
                }
                if changed &* 4 >= classes {
                    // Many classes moved: one contiguous pass with zero steps for the others
                    // (adding value · 0 leaves a weight as it is) beats a scalar scatter.
                    dense.update(repeating: 0, count: stride)
                    for c in 0..<changed { dense[changedClasses[c]] = changes[c] }
                    addSteps(dense, to: w, first: first, end: end)
                } else {
                    for entry in first..<end {
                        let value = values[entry]
                        let weightRow = w + Int(indices[entry]) &* stride
                        for c in 0..<changed { weightRow[changedClasses[c]] += value * changes[c] }
                    }
                }
                for c in 0..<changed { biasRow[changedClasses[c]] += changes[c] }
            }
            if violation < shrinkTolerance {
                if violation < tolerance, startedFromAll { break }
                // Converged on the shrunk problem: check every row and class again.
                activeRows = rowCount
                for row in 0..<rowCount { activeClasses[row] = classes }
                shrinkTolerance = max(shrinkTolerance / 2, tolerance)
                startedFromAll = true
            } else {
                startedFromAll = false
            }
        }
    }

    /// Adds each feature's weight row, times its value, to `sums` (one per class). Four
    /// vectors of classes at a time stay in registers over all of the row's features; each
    /// class still sums its terms in feature order, so the result is the same as one pass.
    private func accumulateScores(
        into sums: UnsafeMutablePointer<Float>, weights: UnsafeMutablePointer<Float>, first: Int, end: Int
    ) {
        let vectorBytes = MemoryLayout<Vector>.stride
        let rowBytes = stride &* MemoryLayout<Float>.stride
        let sumBytes = UnsafeMutableRawPointer(sums)
        let base = UnsafeRawPointer(weights)
        var offset = 0
        while offset &+ 4 &* vectorBytes <= rowBytes {
            var s0 = sumBytes.loadUnaligned(fromByteOffset: offset, as: Vector.self)
            var s1 = sumBytes.loadUnaligned(fromByteOffset: offset &+ vectorBytes, as: Vector.self)
            var s2 = sumBytes.loadUnaligned(fromByteOffset: offset &+ 2 &* vectorBytes, as: Vector.self)
            var s3 = sumBytes.loadUnaligned(fromByteOffset: offset &+ 3 &* vectorBytes, as: Vector.self)
            for entry in first..<end {
                let value = Vector(repeating: values[entry])
                let row = base + (Int(indices[entry]) &* rowBytes &+ offset)
                s0 = s0 + value * row.loadUnaligned(as: Vector.self)
                s1 = s1 + value * row.loadUnaligned(fromByteOffset: vectorBytes, as: Vector.self)
                s2 = s2 + value * row.loadUnaligned(fromByteOffset: 2 &* vectorBytes, as: Vector.self)
                s3 = s3 + value * row.loadUnaligned(fromByteOffset: 3 &* vectorBytes, as: Vector.self)
            }
            sumBytes.storeBytes(of: s0, toByteOffset: offset, as: Vector.self)
            sumBytes.storeBytes(of: s1, toByteOffset: offset &+ vectorBytes, as: Vector.self)
            sumBytes.storeBytes(of: s2, toByteOffset: offset &+ 2 &* vectorBytes, as: Vector.self)
            sumBytes.storeBytes(of: s3, toByteOffset: offset &+ 3 &* vectorBytes, as: Vector.self)
            offset &+= 4 &* vectorBytes
        }
        while offset < rowBytes {
            var sum = sumBytes.loadUnaligned(fromByteOffset: offset, as: Vector.self)
            for entry in first..<end {
                let value = Vector(repeating: values[entry])
                sum = sum + value * (base + (Int(indices[entry]) &* rowBytes &+ offset)).loadUnaligned(as: Vector.self)
            }
            sumBytes.storeBytes(of: sum, toByteOffset: offset, as: Vector.self)
            offset &+= vectorBytes
        }
    }

    /// Adds `steps` (one per class), times each feature's value, to the feature's weight row.
    /// Four vectors of steps at a time stay in registers over all of the row's features; each
    /// weight still takes its additions in feature order, so the result is the same as one pass.
    private func addSteps(_ steps: UnsafeMutablePointer<Float>, to weights: UnsafeMutablePointer<Float>, first: Int, end: Int) {
        let vectorBytes = MemoryLayout<Vector>.stride
        let rowBytes = stride &* MemoryLayout<Float>.stride
        let stepBytes = UnsafeRawPointer(steps)
        let base = UnsafeMutableRawPointer(weights)
        var offset = 0
        while offset &+ 4 &* vectorBytes <= rowBytes {
            let d0 = stepBytes.loadUnaligned(fromByteOffset: offset, as: Vector.self)
            let d1 = stepBytes.loadUnaligned(fromByteOffset: offset &+ vectorBytes, as: Vector.self)
            let d2 = stepBytes.loadUnaligned(fromByteOffset: offset &+ 2 &* vectorBytes, as: Vector.self)
            let d3 = stepBytes.loadUnaligned(fromByteOffset: offset &+ 3 &* vectorBytes, as: Vector.self)
            for entry in first..<end {
                let value = Vector(repeating: values[entry])
                let row = base + (Int(indices[entry]) &* rowBytes &+ offset)
                let w0 = row.loadUnaligned(as: Vector.self)
                let w1 = row.loadUnaligned(fromByteOffset: vectorBytes, as: Vector.self)
                let w2 = row.loadUnaligned(fromByteOffset: 2 &* vectorBytes, as: Vector.self)
                let w3 = row.loadUnaligned(fromByteOffset: 3 &* vectorBytes, as: Vector.self)
                row.storeBytes(of: w0 + value * d0, as: Vector.self)
                row.storeBytes(of: w1 + value * d1, toByteOffset: vectorBytes, as: Vector.self)
                row.storeBytes(of: w2 + value * d2, toByteOffset: 2 &* vectorBytes, as: Vector.self)
                row.storeBytes(of: w3 + value * d3, toByteOffset: 3 &* vectorBytes, as: Vector.self)
            }
            offset &+= 4 &* vectorBytes
        }
        while offset < rowBytes {
            let step = stepBytes.loadUnaligned(fromByteOffset: offset, as: Vector.self)
            for entry in first..<end {
                let row = base + (Int(indices[entry]) &* rowBytes &+ offset)
                row.storeBytes(of: row.loadUnaligned(as: Vector.self) + Vector(repeating: values[entry]) * step, as: Vector.self)
            }
            offset &+= vectorBytes
        }
    }

    /// The exact minimiser of one row's sub-problem (Crammer & Singer's fixed-point rule):
    /// alpha_m = min(bound_m, (β − shifted_m) / A) with β chosen so the alphas sum to zero.
    private func solveSubproblem(
        quadratic: Float, labelSlot: Int, cost: Float, active: Int,
        shifted: UnsafeMutablePointer<Float>, sorted: UnsafeMutablePointer<Float>, updated: UnsafeMutablePointer<Float>
    ) {
        sorted.update(from: shifted, count: active)
        if labelSlot < active { sorted[labelSlot] += quadratic * cost }
        var descending = UnsafeMutableBufferPointer(start: sorted, count: active)
        descending.sort(by: >)
        var beta = sorted[0] - quadratic * cost
        var r = 1
        while r < active, beta < Float(r) * sorted[r] {
            beta += sorted[r]
            r &+= 1
        }
        beta /= Float(r)
        for m in 0..<active {
            let bound: Float = m == labelSlot ? cost : 0
            updated[m] = min(bound, (beta - shifted[m]) / quadratic)
        }
    }
}

/// How far a classifier's confidences are from its accuracy: the expected calibration error
/// (ECE) over equal-width confidence bins. A calibrated model that says 0.8 is right 80% of the
/// time, so one threshold means the same thing for every bot; ECE is the gap, weighted by
/// how many predictions fall in each bin (0 is perfect, 1 the worst).
///
///     let calibration = Calibration(confidences: [0.9, 0.9, 0.6, 0.6], correct: [true, true, true, false])
///     calibration.expectedError   // 0.1  (bin 0.9: 100% right, 0.1 off; bin 0.6: 50% right, 0.1 off)
public struct Calibration: Hashable, Sendable {
    /// The predictions whose confidence falls in one bin.
    public struct Bin: Hashable, Sendable {
        /// The bin's confidence range, `lower..<upper` (the last bin includes 1).
        public var lower: Double
        public var upper: Double
        public var count: Int
        public var meanConfidence: Double
        public var accuracy: Double
    }

    /// The bins that hold at least one prediction, lowest first.
    public var bins: [Bin]
    public var expectedError: Double
    public var count: Int

    /// Predicted labels against the gold ones, each with its confidence.
    public init(confidences: [Double], predicted: [String], gold: [String], binCount: Int = 10) {
        self.init(confidences: confidences, correct: zip(predicted, gold).map { $0 == $1 }, binCount: binCount)
    }

    /// `confidences[i]` is the confidence of prediction `i`, `correct[i]` whether it was right;
    /// confidences outside 0…1 are clamped.
    public init(confidences: [Double], correct: [Bool], binCount: Int = 10) {
        let binCount = max(binCount, 1)
        var sums = [(count: Int, confidence: Double, right: Int)](repeating: (0, 0, 0), count: binCount)
        for (confidence, isRight) in zip(confidences, correct) {
            let clamped = min(max(confidence.isNaN ? 0 : confidence, 0), 1)
            let index = min(Int(clamped * Double(binCount)), binCount - 1)
            sums[index].count += 1
            sums[index].confidence += clamped
            sums[index].right += isRight ? 1 : 0
        }
        let total = sums.reduce(0) { $0 + $1.count }
        var bins: [Bin] = []
        var error = 0.0
        for (index, sum) in sums.enumerated() where sum.count > 0 {
            let bin = Bin(lower: Double(index) / Double(binCount), upper: Double(index + 1) / Double(binCount),
                          count: sum.count, meanConfidence: sum.confidence / Double(sum.count),
                          accuracy: Double(sum.right) / Double(sum.count))
            bins.append(bin)
            error += Double(sum.count) / Double(total) * abs(bin.accuracy - bin.meanConfidence)
        }
        self.bins = bins
        self.expectedError = error
        self.count = total
    }
}

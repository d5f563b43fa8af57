import ConciergeNLU
import ConciergeText

/// Stratified K-fold cross-validation of the intent classifier on one labelled set: every
/// fold keeps each intent's share, folds are drawn with a seeded shuffle, so the same data
/// and seed always give the same folds.
///
///     let result = CrossValidation(folds: 5, seed: 0).run(utterances, configuration: .init())
///     result.metrics.accuracy
public struct CrossValidation: Sendable {
    public var folds: Int
    public var seed: UInt64

    public init(folds: Int = 5, seed: UInt64 = 0) {
        self.folds = max(folds, 2)
        self.seed = seed
    }

    /// At most `perIntent` items of each intent, drawn with `seed` (the indices, in their
    /// original order): to measure how a model does with as few examples as people write.
    ///
    ///     CrossValidation.sample(labels: ["a", "a", "a", "b"], perIntent: 2, seed: 1)   // e.g. [0, 2, 3]
    public static func sample(labels: [String], perIntent: Int, seed: UInt64) -> [Int] {
        var byLabel: [String: [Int]] = [:]
        for (index, label) in labels.enumerated() { byLabel[label, default: []].append(index) }
        var random = SplitMix64(seed: seed)
        var chosen: [Int] = []
        for label in byLabel.keys.sorted() {
            guard let members = byLabel[label] else { continue }
            chosen += members.shuffled(using: &random).prefix(max(perIntent, 0))
        }
        return chosen.sorted()
    }

    /// The fold of every item: within each intent, a shuffled round robin.
    public func assignFolds(labels: [String]) -> [Int] {
        var byLabel: [String: [Int]] = [:]
        for (index, label) in labels.enumerated() { byLabel[label, default: []].append(index) }
        var assignment = [Int](repeating: 0, count: labels.count)
        var random = SplitMix64(seed: seed)
        var next = 0
        for label in byLabel.keys.sorted() {
            guard let members = byLabel[label] else { continue }
            // Continuing the round robin across intents keeps fold sizes even too.
            for index in members.shuffled(using: &random) {
                assignment[index] = next % folds
                next += 1
            }
        }
        return assignment
    }

    /// What the out-of-fold predictions scored: metrics, each item's predicted intent and
    /// confidence, and how well the confidences are calibrated.
    public struct Outcome: Sendable {
        public var metrics: IntentMetrics
        public var predicted: [String]
        public var confidences: [Double]
        public var calibration: Calibration
    }

    /// Out-of-fold predictions for every item, scored together.
    public func run(
        texts: [String], labels: [String], slots: [[SlotSpan]] = [], configuration: ClassifierConfiguration
    ) -> Outcome {
        let tokenizer = Tokenizer()
        let tokens = parallelMap(texts) { tokenizer.tokenize($0) }
        let assignment = assignFolds(labels: labels)
        var predicted = [String](repeating: "", count: texts.count)
        var confidences = [Double](repeating: 0, count: texts.count)
        for fold in 0..<folds {
            let trainIndices = assignment.indices.filter { assignment[$0] != fold }
            let testIndices = assignment.indices.filter { assignment[$0] == fold }
            guard !trainIndices.isEmpty, !testIndices.isEmpty else { continue }
            let examples = trainIndices.map { (tokens: tokens[$0], label: labels[$0]) }
            let foldSlots = slots.isEmpty ? [] : trainIndices.map { slots[$0] }
            let classifier = IntentClassifier.train(examples: examples, slots: foldSlots, configuration: configuration)
            for index in testIndices {
                let best = classifier.rank(tokens[index]).first
                predicted[index] = best?.name ?? ParseResult.outOfScope
                confidences[index] = best?.confidence ?? 0
            }
        }
        let calibration = Calibration(confidences: confidences, predicted: predicted, gold: labels)
        return Outcome(metrics: IntentMetrics(gold: labels, predicted: predicted), predicted: predicted,
                       confidences: confidences, calibration: calibration)
    }
}

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

    /// Out-of-fold predictions for every item, scored together.
    public func run(
        texts: [String], labels: [String], slots: [[SlotSpan]] = [], configuration: ClassifierConfiguration
    ) -> (metrics: IntentMetrics, predicted: [String]) {
        let tokenizer = Tokenizer()
        let tokens = parallelMap(texts) { tokenizer.tokenize($0) }
        let assignment = assignFolds(labels: labels)
        var predicted = [String](repeating: "", count: texts.count)
        for fold in 0..<folds {
            let trainIndices = assignment.indices.filter { assignment[$0] != fold }
            let testIndices = assignment.indices.filter { assignment[$0] == fold }
            guard !trainIndices.isEmpty, !testIndices.isEmpty else { continue }
            let examples = trainIndices.map { (tokens: tokens[$0], label: labels[$0]) }
            let foldSlots = slots.isEmpty ? [] : trainIndices.map { slots[$0] }
            let classifier = IntentClassifier.train(examples: examples, slots: foldSlots, configuration: configuration)
            for index in testIndices {
                predicted[index] = classifier.rank(tokens[index]).first?.name ?? ParseResult.outOfScope
            }
        }
        return (IntentMetrics(gold: labels, predicted: predicted), predicted)
    }
}

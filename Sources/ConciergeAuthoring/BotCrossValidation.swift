import ConciergeBot
import ConciergeNLU
import ConciergeText

/// Stratified K-fold cross-validation of a bot's intent classifier on the bot's own
/// examples: every example is classified by a model trained without its fold, so the
/// scores say how well the bot will understand messages it has not seen.
///
///     let cv = BotCrossValidation(folds: 5, seed: 0)
///     let result = cv.run(bot: definition) { done, total in print("\(done)/\(total)") }
///     result.metrics.macroF1
///     result.errors.first?.example.location   // intents/sales.yml:9:9
public struct BotCrossValidation: Sendable {
    public var folds: Int
    public var seed: UInt64
    public var configuration: ClassifierConfiguration

    public init(folds: Int = 5, seed: UInt64 = 0, configuration: ClassifierConfiguration = ClassifierConfiguration()) {
        self.folds = max(folds, 2)
        self.seed = seed
        self.configuration = configuration
    }

    /// An example the model of the other folds got wrong.
    public struct Misclassification: Hashable, Sendable {
        public var example: Example
        public var gold: String
        public var predicted: String
        public var confidence: Double
    }

    public struct Result: Sendable {
        public var metrics: IntentMetrics
        public var errors: [Misclassification]
        /// Intent names in the bot's order: the axes of the confusion matrix.
        public var intents: [String]
        /// `matrix[gold][predicted]` counts, indexed like `intents`.
        public var matrix: [[Int]]
        public var exampleCount: Int
        /// Examples with slot annotations: what slot evaluation will use.
        public var annotatedCount: Int
    }

    /// Runs the folds; `progress(done, total)` is called after each fold.
    public func run(bot: BotDefinition, progress: (Int, Int) -> Void = { _, _ in }) -> Result {
        let tokenizer = Tokenizer()
        let items = bot.intents.flatMap { intent in intent.examples.map { (example: $0, label: intent.name) } }
        let tokens = items.map { tokenizer.tokenize($0.example.text) }
        let labels = items.map(\.label)
        let assignment = CrossValidation(folds: folds, seed: seed).assignFolds(labels: labels)
        var predicted = [String](repeating: ParseResult.outOfScope, count: items.count)
        var confidence = [Double](repeating: 0, count: items.count)
        for fold in 0..<folds {
            let train = assignment.indices.filter { assignment[$0] != fold }
            let test = assignment.indices.filter { assignment[$0] == fold }
            if !train.isEmpty, !test.isEmpty {
                let classifier = IntentClassifier.train(
                    examples: train.map { (tokens: tokens[$0], label: labels[$0]) }, configuration: configuration)
                for index in test {
                    let best = classifier.rank(tokens[index]).first
                    predicted[index] = best?.name ?? ParseResult.outOfScope
                    confidence[index] = best?.confidence ?? 0
                }
            }
            progress(fold + 1, folds)
        }
        let intents = bot.intents.map(\.name).filter { name in labels.contains(name) }
        var axis: [String: Int] = [:]
        for (index, name) in intents.enumerated() { axis[name] = index }
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: intents.count), count: intents.count)
        var errors: [Misclassification] = []
        for index in items.indices {
            if let row = axis[labels[index]], let column = axis[predicted[index]] { matrix[row][column] += 1 }
            if predicted[index] != labels[index] {
                errors.append(Misclassification(example: items[index].example, gold: labels[index],
                                                predicted: predicted[index], confidence: confidence[index]))
            }
        }
        return Result(
            metrics: IntentMetrics(gold: labels, predicted: predicted), errors: errors, intents: intents, matrix: matrix,
            exampleCount: items.count, annotatedCount: items.filter { !$0.example.annotations.isEmpty }.count)
    }
}

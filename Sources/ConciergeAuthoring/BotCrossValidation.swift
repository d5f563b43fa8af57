import ConciergeBot
import ConciergeEntities
import Foundation
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
        /// Examples with slot annotations: what slot evaluation uses.
        public var annotatedCount: Int
        /// Out-of-fold slot spans of the learned tagger against the annotations; nil when no
        /// example annotates a slot.
        public var slotMetrics: SlotMetrics?
        /// How well the out-of-fold confidences match the accuracy.
        public var calibration: Calibration
    }

    /// Relative dates in examples are read against a fixed day, so results never depend on
    /// when the test runs.
    static let referenceDate = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
    static let utc = TimeZone(secondsFromGMT: 0) ?? .current

    /// The bot with only the examples at `keep` (indices into `items`).
    static func restricted(
        _ bot: BotDefinition, to keep: Set<Int>, items: [(example: Example, label: String)]
    ) -> BotDefinition {
        var kept: [String: [Example]] = [:]
        for index in keep { kept[items[index].label, default: []].append(items[index].example) }
        var restricted = bot
        restricted.intents = bot.intents.compactMap { intent in
            guard let examples = kept[intent.name] else { return intent.patterns.isEmpty ? nil : withExamples(intent, []) }
            return withExamples(intent, examples.sorted { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) })
        }
        return restricted
    }

    private static func withExamples(_ intent: IntentDefinition, _ examples: [Example]) -> IntentDefinition {
        var copy = intent
        copy.examples = examples
        return copy
    }

    /// The slot an entity fills: a learned span carries its slot's name; a built-in or
    /// lookup entity fills the one slot mapped to it.
    static func slot(filledBy match: EntityMatch, in bot: BotDefinition) -> String? {
        if bot.slots.contains(where: { $0.name == match.entity }) { return match.entity }
        let filled = bot.slots.filter { $0.entity == match.entity }
        return filled.count == 1 ? filled.first?.name : nil
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
        let goldSlots = items.map { item in
            item.example.annotations.map { SlotSpan(slot: $0.slot, start: $0.start, end: $0.end) }
        }
        var predictedSlots = [[SlotSpan]](repeating: [], count: items.count)
        let declared = NLUModel.declaredSlotValues(of: bot, tokenizer: tokenizer)
        for fold in 0..<folds {
            let train = assignment.indices.filter { assignment[$0] != fold }
            let test = assignment.indices.filter { assignment[$0] == fold }
            if !train.isEmpty, !test.isEmpty {
                let classifier = IntentClassifier.train(
                    examples: train.map { (tokens: tokens[$0], label: labels[$0]) }, slots: train.map { goldSlots[$0] },
                    declaredValues: declared, configuration: configuration)
                for index in test {
                    let best = classifier.rank(tokens[index]).first
                    predicted[index] = best?.name ?? ParseResult.outOfScope
                    confidence[index] = best?.confidence ?? 0
                }
                // Slots go through the whole entity pipeline of a bot trained on the fold —
                // built-in and lookup entities mapped to slots, and the learned tagger — as
                // they would in a conversation.
                let model = NLUModel.train(bot: Self.restricted(bot, to: Set(train), items: items), configuration: configuration)
                for index in test {
                    let text = items[index].example.text
                    predictedSlots[index] = model.parse(text, now: Self.referenceDate, timeZone: Self.utc).entities
                        .compactMap { match in Self.slot(filledBy: match, in: bot).map { SlotSpan(slot: $0, start: match.start, end: match.end) } }
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
        let annotatedCount = items.filter { !$0.example.annotations.isEmpty }.count
        return Result(
            metrics: IntentMetrics(gold: labels, predicted: predicted), errors: errors, intents: intents, matrix: matrix,
            exampleCount: items.count, annotatedCount: annotatedCount,
            slotMetrics: annotatedCount == 0 ? nil : SlotMetrics(gold: goldSlots, predicted: predictedSlots),
            calibration: Calibration(confidences: confidence, predicted: predicted, gold: labels))
    }
}

import Foundation
import ConciergeText
import Synchronization

/// Everything that shapes a trained intent classifier.
public struct ClassifierConfiguration: Hashable, Sendable, Codable {
    public var features: FeatureConfiguration
    public var svm: LinearSVMParameters
    /// Softmax temperature applied to SVM margins to turn them into confidences: a margin
    /// gap of 1 between two intents is a confidence ratio of e^temperature. Unless set, the
    /// strategy's own (`MulticlassStrategy.defaultSharpness`), so that confidences keep one
    /// scale — the one bots' fallback and digression thresholds are written for.
    public var confidenceSharpness: Float {
        get { sharpnessOverride ?? multiclass.defaultSharpness }
        set { sharpnessOverride = newValue }
    }
    private var sharpnessOverride: Float?
    /// How the linear SVM separates the intents. Crammer–Singer by default: it beats
    /// one-vs-rest on 5-fold cross-validation of both the HWU64 and Snips training sets
    /// (3 fold seeds; BENCHMARKS.md) and trains as fast since its solver shrinks.
    public var multiclass: MulticlassStrategy
    /// Share of the Crammer–Singer model in the `.ensemble` average.
    public var ensembleShare: Float = 0.5
    /// Cost C of the Crammer–Singer model (`svm.cost` is the one-vs-rest model's). 0.5 and
    /// 0.7 tie on 5-fold cross-validation over the HWU64 and Snips training sets (3 fold
    /// seeds); 0.7 is the smaller one that still fits every example of the demo bot.
    public var crammerSingerCost: Double = 0.7

    public init(
        features: FeatureConfiguration = FeatureConfiguration(),
        svm: LinearSVMParameters = LinearSVMParameters(),
        confidenceSharpness: Float? = nil,
        multiclass: MulticlassStrategy = .crammerSinger
    ) {
        self.features = features
        self.svm = svm
        self.sharpnessOverride = confidenceSharpness
        self.multiclass = multiclass
    }
}

/// The multiclass formulation of the linear SVM.
public enum MulticlassStrategy: String, Hashable, Sendable, Codable, CaseIterable {
    /// One binary squared-hinge SVM per intent against all others.
    case oneVsRest = "ovr"
    /// One joint hinge-loss SVM over all intents (Crammer & Singer).
    case crammerSinger = "cs"
    /// The average of both models' scores: one linear model with averaged weights.
    case ensemble = "ovr+cs"

    /// The softmax sharpness that puts this strategy's margins on one confidence scale.
    /// Crammer–Singer margins are narrower: on the user messages of the demo bot's
    /// transcripts (tests/*.yml), the median gap between the two best intents is 1.6 times
    /// smaller than one-vs-rest's, so its sharpness is 1.6 times 5.
    public var defaultSharpness: Float {
        switch self {
        case .oneVsRest: 5
        case .crammerSinger: 8
        case .ensemble: 6.5
        }
    }
}

/// An intent with its confidence in [0, 1].
public struct IntentScore: Hashable, Sendable, Codable {
    public var name: String
    public var confidence: Double

    public init(name: String, confidence: Double) {
        self.name = name
        self.confidence = confidence
    }
}

/// The statistical intent classifier: TF-IDF features into a Crammer–Singer multiclass
/// linear SVM (or, by `ClassifierConfiguration.multiclass`, one binary SVM per intent or the
/// average of both), with softmax-scaled margins as confidences.
///
///     let classifier = IntentClassifier.train(
///         examples: [(Tokenizer().tokenize("hi there"), "greet"), …])
///     classifier.rank(Tokenizer().tokenize("hello"))   // [IntentScore(name: "greet", …), …]
public struct IntentClassifier: Sendable {
    public let labels: [String]
    public let configuration: ClassifierConfiguration
    let vectorizer: TfidfVectorizer
    let model: LinearModel

    /// Trains on tokenized examples; deterministic for the same examples and configuration.
    /// `slots` are the examples' annotated slot spans, in example order, and `declaredValues`
    /// the slot values the bot declares (`NLUModel.declaredSlotValues`), for the slot-value
    /// features (`FeatureConfiguration.slotValueWeight`); without either the block stays empty.
    public static func train(
        examples: [(tokens: [Token], label: String)],
        slots: [[SlotSpan]] = [],
        declaredValues: [DeclaredSlotValue] = [],
        configuration: ClassifierConfiguration = ClassifierConfiguration()
    ) -> IntentClassifier {
        var labels: [String] = []
        var labelIndex: [String: Int] = [:]
        let targets = examples.map { example in
            if let index = labelIndex[example.label] { return index }
            labelIndex[example.label] = labels.count
            labels.append(example.label)
            return labels.count - 1
        }
        let featurizer = TextFeaturizer(configuration: configuration.features)
        let slotValues = configuration.features.slotValueWeight > 0
            ? SlotValueFeatures.fit(tokens: examples.map(\.tokens), slots: slots, declared: declaredValues) : nil
        let keys = parallelMap(Array(examples.indices)) { index in
            var keys = featurizer.keys(for: examples[index].tokens)
            if let slotValues {
                keys.slot = slotValues.keys(for: examples[index].tokens, excludingFold: slotValues.folds[index])
            }
            return keys
        }
        let vectorizer = TfidfVectorizer.fit(keys, configuration: configuration.features, slotValues: slotValues)
        let vectors = parallelMap(keys) { vectorizer.transform(keys: $0) }
        var rows = SparseMatrix()
        for vector in vectors { rows.append(vector) }
        let model = labels.count == 1
            // One intent: nothing to separate; every message scores for it.
            ? LinearModel(classCount: 1, weights: [Float](repeating: 0, count: vectorizer.columnCount), bias: [1])
            : trainModel(rows: rows, labels: targets, classCount: labels.count, columnCount: vectorizer.columnCount, configuration: configuration)
        return IntentClassifier(labels: labels, configuration: configuration, vectorizer: vectorizer, model: model)
    }

    init(labels: [String], configuration: ClassifierConfiguration, vectorizer: TfidfVectorizer, model: LinearModel) {
        self.labels = labels
        self.configuration = configuration
        self.vectorizer = vectorizer
        // The meaning block is in every message: scored as a dense block.
        self.model = vectorizer.wordVectors == nil
            ? model : model.withDenseTail(from: vectorizer.idf.count, columnCount: vectorizer.columnCount)
    }

    private static func trainModel(
        rows: SparseMatrix, labels: [Int], classCount: Int, columnCount: Int, configuration: ClassifierConfiguration
    ) -> LinearModel {
        var crammerSinger = configuration.svm
        crammerSinger.cost = configuration.crammerSingerCost
        let oneVsRest = configuration.svm
        switch configuration.multiclass {
        case .oneVsRest:
            return LinearSVMTrainer(parameters: oneVsRest)
                .train(rows: rows, labels: labels, classCount: classCount, columnCount: columnCount)
        case .crammerSinger:
            return CrammerSingerTrainer(parameters: crammerSinger)
                .train(rows: rows, labels: labels, classCount: classCount, columnCount: columnCount)
        case .ensemble:
            // The Crammer–Singer solver is sequential: it trains beside the one-vs-rest groups.
            let parts = Mutex<[LinearModel?]>([nil, nil])
            let csParameters = crammerSinger
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                let trained = part == 0
                    ? LinearSVMTrainer(parameters: oneVsRest)
                        .train(rows: rows, labels: labels, classCount: classCount, columnCount: columnCount)
                    : CrammerSingerTrainer(parameters: csParameters)
                        .train(rows: rows, labels: labels, classCount: classCount, columnCount: columnCount)
                parts.withLock { $0[part] = trained }
            }
            let share = configuration.ensembleShare
            return LinearModel.average(parts.withLock { $0 }.compactMap { $0 }, weights: [1 - share, share])
        }
    }

    /// The intents, most confident first (the first `limit` of them). A message with no
    /// feature the model knows (only emoji, or words never seen) has no evidence for any
    /// intent: every confidence is 0, so any threshold above 0 sends it to the fallback.
    /// Ties go to the name first in alphabetical order.
    public func rank(_ tokens: [Token], limit: Int = .max) -> [IntentScore] {
        let vector = vectorizer.transform(tokens)
        let margins = model.scores(vector)
        guard let best = margins.max() else { return [] }
        // Indices are ordered, not scores: a float compare per step instead of a string's,
        // and only the ranks asked for become `IntentScore`s.
        let order = Self.best(limit, of: margins, labels: labels)
        if !vectorizer.hasTextFeature(vector) {
            return order.map { IntentScore(name: labels[$0], confidence: 0) }
        }
        let sharpness = configuration.confidenceSharpness
        let weights = margins.map { exp(sharpness * ($0 - best)) }
        let total = weights.reduce(0, +)
        return order.map { IntentScore(name: labels[$0], confidence: Double(weights[$0] / total)) }
    }
}

extension IntentClassifier {
    /// Whether the training examples use this word (a token's normalized text) or another
    /// form of it: a word of the bot's own language, which lookup entities do not read as a
    /// typo of a value ("started" is no typo of the plan "starter" when examples say "start").
    public func knowsWord(_ normalized: String) -> Bool {
        vectorizer.knowsWord(normalized)
    }
}

extension IntentClassifier {
    /// The indices of the `limit` highest margins, best first; ties go to the smaller label.
    /// A selection into a short sorted list: `rank` asks for a few of many intents.
    static func best(_ limit: Int, of margins: [Float], labels: [String]) -> [Int] {
        func before(_ a: Int, _ b: Int) -> Bool {
            margins[a] != margins[b] ? margins[a] > margins[b] : labels[a] < labels[b]
        }
        guard limit < margins.count else { return margins.indices.sorted(by: before) }
        var chosen: [Int] = []
        chosen.reserveCapacity(limit + 1)
        for index in margins.indices {
            if chosen.count == limit, let last = chosen.last, !before(index, last) { continue }
            var position = chosen.count
            while position > 0, before(index, chosen[position - 1]) { position -= 1 }
            chosen.insert(index, at: position)
            if chosen.count > limit { chosen.removeLast() }
        }
        return chosen
    }
}

/// Maps over `items` on all cores, keeping order.
public func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], _ transform: @Sendable (Item) -> Result
) -> [Result] {
    let chunkCount = min(max(ProcessInfo.processInfo.activeProcessorCount, 1), max(items.count / 64, 1))
    let chunkSize = (items.count + chunkCount - 1) / chunkCount
    let chunks = Mutex<[[Result]]>(Array(repeating: [], count: chunkCount))
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
        let range = (chunk * chunkSize)..<min((chunk + 1) * chunkSize, items.count)
        let mapped = range.map { transform(items[$0]) }
        chunks.withLock { $0[chunk] = mapped }
    }
    return chunks.withLock { $0.flatMap { $0 } }
}

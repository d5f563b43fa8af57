import ConciergeText
import Foundation
import Synchronization

/// Train on one dataset, score on another, and time it: what `concierge eval` reports.
///
///     let result = EvaluationRun.run(train: train, test: test, validation: nil, threshold: 0)
///     result.summary.accuracy
public struct EvaluationRun: Sendable {
    /// The numbers `eval --json` prints; keys are part of the CLI contract.
    public struct Summary: Hashable, Sendable, Codable {
        public var trainUtterances: Int
        public var testUtterances: Int
        public var intents: Int
        public var accuracy: Double
        public var macroF1: Double
        public var inScopeAccuracy: Double?
        public var oosRecall: Double?
        public var threshold: Double
        public var validationAccuracy: Double?
        public var trainSeconds: Double
        public var latencyMicrosecondsMedian: Double
        public var latencyMicrosecondsP99: Double
        public var utterancesPerSecond: Double
        /// Exact-match slot scores; nil when the test set annotates no slot.
        public var slotPrecision: Double?
        public var slotRecall: Double?
        public var slotF1: Double?
        /// Wall time of the tagger's own training (it runs alongside the classifier's).
        public var slotTrainSeconds: Double?
        /// Median time of the tagger alone on an already tokenized message.
        public var taggerLatencyMicrosecondsMedian: Double?

        enum CodingKeys: String, CodingKey {
            case trainUtterances = "train_utterances"
            case testUtterances = "test_utterances"
            case intents
            case accuracy
            case macroF1 = "macro_f1"
            case inScopeAccuracy = "in_scope_accuracy"
            case oosRecall = "oos_recall"
            case threshold
            case validationAccuracy = "validation_accuracy"
            case trainSeconds = "train_seconds"
            case latencyMicrosecondsMedian = "latency_us_median"
            case latencyMicrosecondsP99 = "latency_us_p99"
            case utterancesPerSecond = "utterances_per_second"
            case slotPrecision = "slot_precision"
            case slotRecall = "slot_recall"
            case slotF1 = "slot_f1"
            case slotTrainSeconds = "slot_train_seconds"
            case taggerLatencyMicrosecondsMedian = "tagger_latency_us_median"
        }

        // Optional numbers are written as null, not left out: `oos_recall` is always a key.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(trainUtterances, forKey: .trainUtterances)
            try container.encode(testUtterances, forKey: .testUtterances)
            try container.encode(intents, forKey: .intents)
            try container.encode(accuracy, forKey: .accuracy)
            try container.encode(macroF1, forKey: .macroF1)
            try container.encode(inScopeAccuracy, forKey: .inScopeAccuracy)
            try container.encode(oosRecall, forKey: .oosRecall)
            try container.encode(threshold, forKey: .threshold)
            try container.encode(validationAccuracy, forKey: .validationAccuracy)
            try container.encode(trainSeconds, forKey: .trainSeconds)
            try container.encode(latencyMicrosecondsMedian, forKey: .latencyMicrosecondsMedian)
            try container.encode(latencyMicrosecondsP99, forKey: .latencyMicrosecondsP99)
            try container.encode(utterancesPerSecond, forKey: .utterancesPerSecond)
            try container.encode(slotPrecision, forKey: .slotPrecision)
            try container.encode(slotRecall, forKey: .slotRecall)
            try container.encode(slotF1, forKey: .slotF1)
            try container.encode(slotTrainSeconds, forKey: .slotTrainSeconds)
            try container.encode(taggerLatencyMicrosecondsMedian, forKey: .taggerLatencyMicrosecondsMedian)
        }
    }

    public var summary: Summary
    public var metrics: IntentMetrics
    /// Test items the model got wrong: text, gold intent, predicted intent.
    public var errors: [(text: String, gold: String, predicted: String)]
    /// Exact-match slot scores; nil when the test set annotates no slot.
    public var slotMetrics: SlotMetrics?
    /// The "now" relative dates resolve against (for the built-in entity extractor).
    public var referenceDate: Date

    public static func run(
        train: [LabeledUtterance],
        test: [LabeledUtterance],
        validation: [LabeledUtterance]?,
        threshold fixedThreshold: Double,
        configuration: ClassifierConfiguration = ClassifierConfiguration(),
        slotConfiguration: SlotTaggerConfiguration = SlotTaggerConfiguration(),
        referenceDate: Date = Date()
    ) -> EvaluationRun {
        let clock = ContinuousClock()
        let tokenizer = Tokenizer()
        let trainStart = clock.now
        // Tokenizing is part of training: a bot trains from raw example texts.
        let examples = parallelMap(train) { (tokens: tokenizer.tokenize($0.text), label: $0.intent) }
        let trained = trainConcurrently(
            examples: examples, slots: train.map(\.slots), configuration: configuration,
            slotConfiguration: slotConfiguration)
        let classifier = trained.classifier
        var model = NLUModel(
            rules: RuleMatcher(labelledTexts: examples), classifier: classifier, threshold: 0, tagger: trained.tagger)
        let trainSeconds = (clock.now - trainStart).seconds

        var threshold = fixedThreshold
        var validationAccuracy: Double?
        if let validation {
            let top = validation.map { item in
                let result = model.classify(item.text)
                return (label: result.intent.name, confidence: result.intent.confidence)
            }
            (threshold, validationAccuracy) = chooseThreshold(top: top, gold: validation.map(\.intent))
        }
        model.threshold = threshold

        var predicted: [String] = []
        predicted.reserveCapacity(test.count)
        var predictedSlots: [[SlotSpan]] = []
        predictedSlots.reserveCapacity(test.count)
        let batchStart = clock.now
        for item in test {
            let result = model.classifyWithSlots(item.text)
            predicted.append(result.intent.name)
            predictedSlots.append(result.entities.map { SlotSpan(slot: $0.entity, start: $0.start, end: $0.end) })
        }
        let batchSeconds = (clock.now - batchStart).seconds
        let testHasSlots = test.contains { !$0.slots.isEmpty }
        let slotMetrics = testHasSlots
            ? SlotMetrics(
                gold: test.map { $0.slots.map { SlotSpan(slot: $0.slot, start: $0.start, end: $0.end) } },
                predicted: predictedSlots)
            : nil

        // One utterance at a time, after a warm-up, as a front would call it (intent and slots).
        for item in test.prefix(20) { _ = model.classifyWithSlots(item.text) }
        var latencies: [Double] = []
        latencies.reserveCapacity(test.count)
        for item in test {
            let start = clock.now
            _ = model.classifyWithSlots(item.text)
            latencies.append((clock.now - start).seconds * 1_000_000)
        }
        latencies.sort()
        let taggerLatency = trained.tagger.map { taggerLatencies($0, test: test, intents: predicted, tokenizer: tokenizer) }

        let gold = test.map(\.intent)
        let metrics = IntentMetrics(gold: gold, predicted: predicted)
        let errors = zip(test, predicted).filter { $0.0.intent != $0.1 }.map { (text: $0.0.text, gold: $0.0.intent, predicted: $0.1) }
        let summary = Summary(
            trainUtterances: train.count,
            testUtterances: test.count,
            intents: classifier.labels.count,
            accuracy: metrics.accuracy,
            macroF1: metrics.macroF1,
            inScopeAccuracy: metrics.inScopeAccuracy,
            oosRecall: metrics.oosRecall,
            threshold: threshold,
            validationAccuracy: validationAccuracy,
            trainSeconds: trainSeconds,
            latencyMicrosecondsMedian: percentile(latencies, 0.5),
            latencyMicrosecondsP99: percentile(latencies, 0.99),
            utterancesPerSecond: batchSeconds > 0 ? Double(test.count) / batchSeconds : 0,
            slotPrecision: slotMetrics?.precision,
            slotRecall: slotMetrics?.recall,
            slotF1: slotMetrics?.f1,
            slotTrainSeconds: trained.taggerSeconds,
            taggerLatencyMicrosecondsMedian: taggerLatency.map { percentile($0, 0.5) }
        )
        return EvaluationRun(
            summary: summary, metrics: metrics, errors: errors, slotMetrics: slotMetrics, referenceDate: referenceDate)
    }

    /// Trains the intent classifier and the slot tagger at the same time: the tagger's
    /// perceptron is sequential, so it leaves a core for the classifier.
    private static func trainConcurrently(
        examples: [(tokens: [Token], label: String)], slots: [[LabeledUtterance.Slot]],
        configuration: ClassifierConfiguration, slotConfiguration: SlotTaggerConfiguration
    ) -> (classifier: IntentClassifier, tagger: SlotTagger?, taggerSeconds: Double?) {
        let classifierResult = Mutex<IntentClassifier?>(nil)
        let taggerResult = Mutex<(tagger: SlotTagger?, seconds: Double?)>((nil, nil))
        let hasSlots = slots.contains { !$0.isEmpty }
        DispatchQueue.concurrentPerform(iterations: hasSlots ? 2 : 1) { job in
            if job == 0 {
                let classifier = IntentClassifier.train(examples: examples, configuration: configuration)
                classifierResult.withLock { $0 = classifier }
            } else {
                let clock = ContinuousClock()
                let start = clock.now
                let slotExamples = zip(examples, slots).map { example, slots in
                    SlotTrainingExample(
                        tokens: example.tokens, intent: example.label,
                        slots: slots.map { SlotSpan(slot: $0.slot, start: $0.start, end: $0.end) })
                }
                let tagger = SlotTagger.train(examples: slotExamples, configuration: slotConfiguration)
                let seconds = (clock.now - start).seconds
                taggerResult.withLock { $0 = (tagger, seconds) }
            }
        }
        let classifier = classifierResult.withLock { $0 } ?? IntentClassifier.train(examples: examples, configuration: configuration)
        let tagger = taggerResult.withLock { $0 }
        return (classifier, tagger.tagger, tagger.seconds)
    }

    /// Microseconds of the tagger alone per test message (tokens and intent given), sorted.
    private static func taggerLatencies(
        _ tagger: SlotTagger, test: [LabeledUtterance], intents: [String], tokenizer: Tokenizer
    ) -> [Double] {
        let clock = ContinuousClock()
        let inputs = test.map { tokenizer.tokenize($0.text) }
        for (tokens, intent) in zip(inputs, intents).prefix(20) { _ = tagger.tagSpans(tokens: tokens, intent: intent) }
        var latencies: [Double] = []
        latencies.reserveCapacity(test.count)
        for (tokens, intent) in zip(inputs, intents) {
            let start = clock.now
            _ = tagger.tagSpans(tokens: tokens, intent: intent)
            latencies.append((clock.now - start).seconds * 1_000_000)
        }
        return latencies.sorted()
    }
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let position = fraction * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}

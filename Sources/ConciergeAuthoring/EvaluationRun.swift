import ConciergeNLU
import ConciergeText
import Foundation

/// Train on one dataset, score on another, and time it: what `concierge eval` reports.
///
///     let result = EvaluationRun.run(train: train, test: test, validation: nil, threshold: 0)
///     result.summary.accuracy
public struct EvaluationRun: Sendable {
    /// The numbers `eval --json` prints; keys are part of the CLI contract.
    public struct Summary: Hashable, Sendable {
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
        /// One whole `parse`: intent, built-in entities, tagger, merge.
        public var parseLatencyMicrosecondsMedian: Double
        /// Expected calibration error of the test predictions' confidences (10 bins).
        public var expectedCalibrationError: Double
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
        // The two models train one after the other so that each time measures one model.
        // Tokenizing is part of training: a bot trains from raw example texts.
        let trainStart = clock.now
        let examples = parallelMap(train) { (tokens: tokenizer.tokenize($0.text), label: $0.intent) }
        let spans = train.map(\.slotSpans)
        let classifier = IntentClassifier.train(examples: examples, slots: spans, configuration: configuration)
        let trainSeconds = (clock.now - trainStart).seconds
        let taggerStart = clock.now
        let tagger = trainTagger(examples: examples, slots: spans, configuration: slotConfiguration)
        let taggerSeconds = tagger == nil ? nil : (clock.now - taggerStart).seconds
        var model = NLUModel(
            rules: RuleMatcher(labelledTexts: examples), classifier: classifier, threshold: 0, tagger: tagger)

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

        // Throughput of the intent pipeline over the test set, one utterance after the other.
        let batchStart = clock.now
        for item in test { _ = model.classify(item.text) }
        let batchSeconds = (clock.now - batchStart).seconds
        var predicted: [String] = []
        predicted.reserveCapacity(test.count)
        var confidences: [Double] = []
        confidences.reserveCapacity(test.count)
        var predictedSlots: [[SlotSpan]] = []
        predictedSlots.reserveCapacity(test.count)
        for item in test {
            let result = model.classifyWithSlots(item.text)
            predicted.append(result.intent.name)
            confidences.append(result.intent.confidence)
            predictedSlots.append(result.entities.map { SlotSpan(slot: $0.entity, start: $0.start, end: $0.end) })
        }
        let testHasSlots = test.contains { !$0.slots.isEmpty }
        let slotMetrics = testHasSlots
            ? SlotMetrics(
                gold: test.map(\.slotSpans),
                predicted: predictedSlots)
            : nil

        // One utterance at a time, after a warm-up, as a front would call it: the intent
        // pipeline alone, then a whole parse with entities and slots.
        let latencies = timeEach(test) { _ = model.classify($0.text) }
        let parseLatencies = timeEach(test) { _ = model.parse($0.text, now: referenceDate, timeZone: TimeZone(secondsFromGMT: 0) ?? .current) }
        let taggerLatency = tagger.map { taggerLatencies($0, test: test, intents: predicted, tokenizer: tokenizer) }

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
            slotTrainSeconds: taggerSeconds,
            taggerLatencyMicrosecondsMedian: taggerLatency.map { percentile($0, 0.5) },
            parseLatencyMicrosecondsMedian: percentile(parseLatencies, 0.5),
            expectedCalibrationError: Calibration(confidences: confidences, predicted: predicted, gold: gold).expectedError
        )
        return EvaluationRun(
            summary: summary, metrics: metrics, errors: errors, slotMetrics: slotMetrics, referenceDate: referenceDate)
    }

    /// The slot tagger of a dataset; nil when no training item has a slot.
    private static func trainTagger(
        examples: [(tokens: [Token], label: String)], slots: [[SlotSpan]],
        configuration: SlotTaggerConfiguration
    ) -> SlotTagger? {
        guard slots.contains(where: { !$0.isEmpty }) else { return nil }
        let slotExamples = zip(examples, slots).map { example, slots in
            SlotTrainingExample(tokens: example.tokens, intent: example.label, slots: slots)
        }
        return SlotTagger.train(examples: slotExamples, configuration: configuration)
    }

    /// Microseconds of `body` per item after a warm-up of 20, sorted.
    private static func timeEach<Item>(_ items: [Item], _ body: (Item) -> Void) -> [Double] {
        let clock = ContinuousClock()
        for item in items.prefix(20) { body(item) }
        var latencies: [Double] = []
        latencies.reserveCapacity(items.count)
        for item in items {
            let start = clock.now
            body(item)
            latencies.append((clock.now - start).seconds * 1_000_000)
        }
        return latencies.sorted()
    }

    /// Microseconds of the tagger alone per test message (tokens and intent given), sorted.
    private static func taggerLatencies(
        _ tagger: SlotTagger, test: [LabeledUtterance], intents: [String], tokenizer: Tokenizer
    ) -> [Double] {
        let inputs = zip(test.map { tokenizer.tokenize($0.text) }, intents).map { (tokens: $0, intent: $1) }
        return timeEach(inputs) { _ = tagger.tagSpans(tokens: $0.tokens, intent: $0.intent) }
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

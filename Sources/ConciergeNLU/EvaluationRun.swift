import ConciergeText

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
        }
    }

    public var summary: Summary
    public var metrics: IntentMetrics
    /// Test items the model got wrong: text, gold intent, predicted intent.
    public var errors: [(text: String, gold: String, predicted: String)]

    public static func run(
        train: [LabeledUtterance],
        test: [LabeledUtterance],
        validation: [LabeledUtterance]?,
        threshold fixedThreshold: Double,
        configuration: ClassifierConfiguration = ClassifierConfiguration()
    ) -> EvaluationRun {
        let clock = ContinuousClock()
        let tokenizer = Tokenizer()
        let trainStart = clock.now
        // Tokenizing is part of training: a bot trains from raw example texts.
        let examples = parallelMap(train) { (tokens: tokenizer.tokenize($0.text), label: $0.intent) }
        let classifier = IntentClassifier.train(examples: examples, configuration: configuration)
        var model = NLUModel(rules: RuleMatcher(labelledTexts: examples), classifier: classifier, threshold: 0)
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
        let batchStart = clock.now
        for item in test { predicted.append(model.classify(item.text).intent.name) }
        let batchSeconds = (clock.now - batchStart).seconds

        // One utterance at a time, after a warm-up, as a front would call it.
        for item in test.prefix(20) { _ = model.classify(item.text) }
        var latencies: [Double] = []
        latencies.reserveCapacity(test.count)
        for item in test {
            let start = clock.now
            _ = model.classify(item.text)
            latencies.append((clock.now - start).seconds * 1_000_000)
        }
        latencies.sort()

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
            utterancesPerSecond: batchSeconds > 0 ? Double(test.count) / batchSeconds : 0
        )
        return EvaluationRun(summary: summary, metrics: metrics, errors: errors)
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

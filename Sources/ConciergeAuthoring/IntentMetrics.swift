/// Precision, recall and F1 of one label.
public struct LabelMetrics: Hashable, Sendable, Codable {
    public var name: String
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// How many gold items carry the label.
    public var support: Int
}

/// Scores of predicted intents against gold intents: accuracy, macro-F1 over every label
/// seen in gold or predictions (as scikit-learn's `f1_score(average="macro")`), per-label
/// metrics, and — when the gold labels include `oos` — in-scope accuracy and out-of-scope recall.
///
///     let scores = IntentMetrics(gold: ["a", "b", "oos"], predicted: ["a", "a", "oos"])
///     scores.accuracy      // 0.667
///     scores.oosRecall     // 1.0
public struct IntentMetrics: Hashable, Sendable, Codable {
    public var accuracy: Double
    public var macroF1: Double
    public var labels: [LabelMetrics]
    public var inScopeAccuracy: Double?
    public var oosRecall: Double?
    /// Gold → predicted counts of the mistakes, most frequent first.
    public var confusions: [Confusion]

    public struct Confusion: Hashable, Sendable, Codable {
        public var gold: String
        public var predicted: String
        public var count: Int
    }

    public init(gold: [String], predicted: [String], outOfScope: String = "oos") {
        precondition(gold.count == predicted.count, "one prediction per gold label")
        let total = max(gold.count, 1)
        var truePositives: [String: Int] = [:]
        var goldCounts: [String: Int] = [:]
        var predictedCounts: [String: Int] = [:]
        var confusionCounts: [Pair: Int] = [:]
        var correct = 0
        for (expected, actual) in zip(gold, predicted) {
            goldCounts[expected, default: 0] += 1
            predictedCounts[actual, default: 0] += 1
            if expected == actual {
                correct += 1
                truePositives[expected, default: 0] += 1
            } else {
                confusionCounts[Pair(gold: expected, predicted: actual), default: 0] += 1
            }
        }
        accuracy = Double(correct) / Double(total)
        let names = Set(goldCounts.keys).union(predictedCounts.keys).sorted()
        labels = names.map { name in
            let hits = Double(truePositives[name] ?? 0)
            let predictedCount = Double(predictedCounts[name] ?? 0)
            let goldCount = goldCounts[name] ?? 0
            let precision = predictedCount > 0 ? hits / predictedCount : 0
            let recall = goldCount > 0 ? hits / Double(goldCount) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            return LabelMetrics(name: name, precision: precision, recall: recall, f1: f1, support: goldCount)
        }
        macroF1 = labels.isEmpty ? 0 : labels.map(\.f1).reduce(0, +) / Double(labels.count)
        confusions = confusionCounts
            .map { Confusion(gold: $0.key.gold, predicted: $0.key.predicted, count: $0.value) }
            .sorted { ($1.count, $0.gold, $0.predicted) < ($0.count, $1.gold, $1.predicted) }
        let pairs = Array(zip(gold, predicted))
        let inScope = pairs.filter { $0.0 != outOfScope }
        let outOfScopePairs = pairs.filter { $0.0 == outOfScope }
        if outOfScopePairs.isEmpty {
            inScopeAccuracy = nil
            oosRecall = nil
        } else {
            inScopeAccuracy = inScope.isEmpty
                ? nil : Double(inScope.filter { $0.0 == $0.1 }.count) / Double(inScope.count)
            oosRecall = Double(outOfScopePairs.filter { $0.1 == outOfScope }.count) / Double(outOfScopePairs.count)
        }
    }

    private struct Pair: Hashable {
        var gold: String
        var predicted: String
    }
}

/// The fallback threshold that maximises accuracy on a validation set where out-of-scope
/// items carry the label `oos` (Larson et al. 2019): every distinct top confidence is a
/// candidate, the lowest of the best wins.
///
///     chooseThreshold(top: [("a", 0.9), ("b", 0.2)], gold: ["a", "oos"])   // 0.9 → accuracy 1.0
public func chooseThreshold(
    top: [(label: String, confidence: Double)], gold: [String], outOfScope: String = "oos"
) -> (threshold: Double, accuracy: Double) {
    let candidates = [0.0] + Set(top.map(\.confidence)).sorted()
    var best = (threshold: 0.0, accuracy: -1.0)
    for threshold in candidates {
        var correct = 0
        for (prediction, expected) in zip(top, gold) {
            let label = prediction.confidence >= threshold ? prediction.label : outOfScope
            if label == expected { correct += 1 }
        }
        let accuracy = Double(correct) / Double(max(gold.count, 1))
        if accuracy > best.accuracy { best = (threshold, accuracy) }
    }
    return best
}

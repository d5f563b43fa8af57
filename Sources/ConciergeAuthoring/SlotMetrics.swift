import ConciergeNLU
/// Slot-filling scores by exact match: a predicted span counts only when its slot name,
/// start and end all equal a gold span's. Precision, recall and F1 are micro-averaged over
/// every span of the dataset (as the CoNLL scorer and the CRF reference do), and kept per slot.
///
///     let scores = SlotMetrics(
///         gold: [[SlotSpan(slot: "city", start: 8, end: 14)]],
///         predicted: [[SlotSpan(slot: "city", start: 8, end: 14), SlotSpan(slot: "date", start: 0, end: 5)]])
///     scores.precision   // 0.5
///     scores.recall      // 1.0
public struct SlotMetrics: Hashable, Sendable, Codable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Every slot seen in gold or predictions, by name; `support` counts gold spans.
    public var slots: [LabelMetrics]
    public var goldCount: Int
    public var predictedCount: Int

    public init(gold: [[SlotSpan]], predicted: [[SlotSpan]]) {
        precondition(gold.count == predicted.count, "one prediction per gold item")
        var hits: [String: Int] = [:]
        var goldCounts: [String: Int] = [:]
        var predictedCounts: [String: Int] = [:]
        for (expected, actual) in zip(gold, predicted) {
            let expectedSet = Set(expected)
            for span in expected { goldCounts[span.slot, default: 0] += 1 }
            // A duplicate prediction of the same span counts once, as sets of spans do.
            for span in Set(actual) {
                predictedCounts[span.slot, default: 0] += 1
                if expectedSet.contains(span) { hits[span.slot, default: 0] += 1 }
            }
        }
        let totalHits = hits.values.reduce(0, +)
        goldCount = goldCounts.values.reduce(0, +)
        predictedCount = predictedCounts.values.reduce(0, +)
        (precision, recall, f1) = Self.scores(hits: totalHits, predicted: predictedCount, gold: goldCount)
        slots = Set(goldCounts.keys).union(predictedCounts.keys).sorted().map { name in
            let gold = goldCounts[name] ?? 0
            let (precision, recall, f1) = Self.scores(hits: hits[name] ?? 0, predicted: predictedCounts[name] ?? 0, gold: gold)
            return LabelMetrics(name: name, precision: precision, recall: recall, f1: f1, support: gold)
        }
    }

    private static func scores(hits: Int, predicted: Int, gold: Int) -> (Double, Double, Double) {
        let precision = predicted > 0 ? Double(hits) / Double(predicted) : 0
        let recall = gold > 0 ? Double(hits) / Double(gold) : 0
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (precision, recall, f1)
    }
}

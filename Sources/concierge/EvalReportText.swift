import ConciergeAuthoring
import ConciergeNLU
import Foundation

extension EvaluationRun {
    /// The human-readable report of `concierge eval`.
    func text(verbose: Bool) -> String {
        let s = summary
        var lines = [
            "train          \(s.trainUtterances) utterances, \(s.intents) intents",
            "test           \(s.testUtterances) utterances",
            "accuracy       \(format(s.accuracy))",
            "macro-F1       \(format(s.macroF1))",
            "ECE            \(format(s.expectedCalibrationError)) (confidence vs accuracy, 10 bins)",
        ]
        if let inScope = s.inScopeAccuracy { lines.append("in-scope acc   \(format(inScope))") }
        if let recall = s.oosRecall { lines.append("oos recall     \(format(recall))") }
        var thresholdLine = "threshold      \(format(s.threshold))"
        if let validation = s.validationAccuracy { thresholdLine += " (validation accuracy \(format(validation)))" }
        lines.append(thresholdLine)
        if let slots = slotMetrics {
            lines.append("slot P/R/F1    \(format(slots.precision)) / \(format(slots.recall)) / \(format(slots.f1)) (exact match, \(slots.goldCount) gold spans)")
        }
        lines.append("train          \(String(format: "%.3f", s.trainSeconds)) s (intent classifier)")
        if let slotSeconds = s.slotTrainSeconds {
            lines.append("               \(String(format: "%.3f", slotSeconds)) s (slot tagger)")
        }
        lines.append("latency        \(String(format: "%.1f", s.latencyMicrosecondsMedian)) µs median, \(String(format: "%.1f", s.latencyMicrosecondsP99)) µs p99 (intent, one utterance)")
        var parseLine = "               \(String(format: "%.1f", s.parseLatencyMicrosecondsMedian)) µs median (whole parse with entities and slots"
        if let tagger = s.taggerLatencyMicrosecondsMedian {
            parseLine += "; tagger alone \(String(format: "%.1f", tagger)) µs"
        }
        lines.append(parseLine + ")")
        lines.append("throughput     \(Int(s.utterancesPerSecond)) utterances/s (intent, one thread)")
        if verbose {
            lines.append("")
            lines.append(pad("intent", 32) + pad("precision", 11) + pad("recall", 11) + pad("f1", 11) + "support")
            for label in metrics.labels {
                lines.append(
                    pad(label.name, 32) + pad(format(label.precision), 11) + pad(format(label.recall), 11)
                        + pad(format(label.f1), 11) + String(label.support))
            }
            if let slots = slotMetrics {
                lines.append("")
                lines.append(pad("slot", 32) + pad("precision", 11) + pad("recall", 11) + pad("f1", 11) + "support")
                for slot in slots.slots {
                    lines.append(
                        pad(slot.name, 32) + pad(format(slot.precision), 11) + pad(format(slot.recall), 11)
                            + pad(format(slot.f1), 11) + String(slot.support))
                }
            }
            if !metrics.confusions.isEmpty {
                lines.append("")
                lines.append("most confused (gold → predicted)")
                for confusion in metrics.confusions.prefix(10) {
                    lines.append("  \(confusion.count)× \(confusion.gold) → \(confusion.predicted)")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String { String(format: "%.4f", value) }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

import ConciergeBot
import ConciergeNLU
import Foundation

/// The terminal report of `concierge test`: cross-validation scores, a per-intent table,
/// the most confused pairs, misclassified examples with `file:line:col`, then every
/// conversation test with its failures.
///
///     print(TestReportText(run: run, seed: 0).text)
public struct TestReportText: Sendable {
    public var run: BotTestRun
    public var seed: UInt64
    /// How many misclassified examples to list (all of them in the HTML report).
    public var errorLimit: Int

    public init(run: BotTestRun, seed: UInt64, errorLimit: Int = 30) {
        self.run = run
        self.seed = seed
        self.errorLimit = errorLimit
    }

    public var text: String {
        (crossValidationLines + [""] + conversationLines + [""] + personaLines).joined(separator: "\n")
    }

    /// The calibration in one line: ECE, and the confidence bins where most examples fall.
    func calibrationLine(_ calibration: Calibration) -> String {
        let bins = calibration.bins.sorted { $0.count > $1.count }.prefix(3).sorted { $0.lower < $1.lower }
            .map { "\(fixed($0.lower))–\(fixed($0.upper)): \($0.count) at \(fixed($0.accuracy)) right" }
        return "calibration: ECE \(fixed(calibration.expectedError))" + (bins.isEmpty ? "" : "   (" + bins.joined(separator: "; ") + ")")
    }

    var crossValidationLines: [String] {
        let cv = run.crossValidation
        var lines = [
            "Intents: \(run.folds)-fold cross-validation on \(cv.exampleCount) examples of \(cv.intents.count) intents (seed \(seed))",
            "accuracy \(fixed(cv.metrics.accuracy))   macro-F1 \(fixed(cv.metrics.macroF1))   \(cv.errors.count) misclassified",
            calibrationLine(cv.calibration),
            "",
            pad("intent", 28) + pad("precision", 11) + pad("recall", 9) + pad("f1", 9) + "support",
        ]
        for label in cv.metrics.labels {
            lines.append(pad(label.name, 28) + pad(fixed(label.precision), 11) + pad(fixed(label.recall), 9)
                + pad(fixed(label.f1), 9) + String(label.support))
        }
        if !cv.metrics.confusions.isEmpty {
            lines += ["", "most confused (expected → predicted)"]
            for confusion in cv.metrics.confusions.prefix(10) {
                lines.append("  \(confusion.count)× \(confusion.gold) → \(confusion.predicted)")
            }
        }
        if !cv.errors.isEmpty {
            lines += ["", "misclassified examples"]
            for error in cv.errors.prefix(errorLimit) {
                lines.append("  \(error.example.location): '\(error.example.text)' is \(error.gold), "
                    + "predicted \(error.predicted) (\(fixed(error.confidence, places: 2)))")
            }
            if cv.errors.count > errorLimit {
                lines.append("  … and \(cv.errors.count - errorLimit) more (see --report)")
            }
        }
        lines.append("")
        if let slots = cv.slotMetrics {
            lines.append("Slots (\(cv.annotatedCount) annotated examples, exact spans): precision \(fixed(slots.precision, places: 3)), "
                + "recall \(fixed(slots.recall, places: 3)), F1 \(fixed(slots.f1, places: 3))")
            for slot in slots.slots {
                lines.append("  \(slot.name): precision \(fixed(slot.precision, places: 3)), recall \(fixed(slot.recall, places: 3)), "
                    + "F1 \(fixed(slot.f1, places: 3)), support \(slot.support)")
            }
        } else {
            lines.append("Slots: no annotated examples; slots are evaluated when examples annotate them, like '[40](team_size)'")
        }
        return lines
    }

    var conversationLines: [String] {
        let failed = run.conversations.filter { !$0.passed }
        var lines: [String] = []
        for diagnostic in run.transcriptDiagnostics {
            lines.append(diagnostic.description)
        }
        guard !run.conversations.isEmpty else {
            lines.append("Conversations: none (add conversation tests under tests/, see docs/transcripts.md)")
            return lines
        }
        lines.append("Conversations: \(run.conversations.count - failed.count) passed, \(failed.count) failed")
        for conversation in run.conversations {
            lines.append("  \(conversation.passed ? "pass" : "FAIL")  \(conversation.location)  \(conversation.name)")
            for failure in conversation.failures {
                lines.append("        \(failure.location): \(failure.message)")
            }
        }
        return lines
    }

    /// The personas in one line, then each failing persona.
    var personaLines: [String] {
        var lines = run.personaDiagnostics.map(\.description)
        guard let simulation = run.simulation else {
            lines.append("Personas: none (add simulated visitors under personas/, see docs/simulate.md)")
            return lines
        }
        lines.append("Personas: " + SimulationReportText(run: simulation).summary)
        for result in simulation.personas where !result.passed {
            lines.append("  FAIL  \(result.persona.location)  \(result.persona.name): \(result.succeeded)/\(result.conversations) "
                + "succeeded, \(result.wrongValues) wrong values, \(result.consentViolations) consent violations")
        }
        return lines
    }

    func fixed(_ value: Double, places: Int = 4) -> String {
        String(format: "%.\(places)f", value)
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

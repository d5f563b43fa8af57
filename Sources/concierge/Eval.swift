import ConciergeJSON
import ConciergeAuthoring
import ArgumentParser
import ConciergeNLU
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Train on a JSON-lines dataset and score on another: accuracy, macro-F1, speed.",
        discussion: """
            Datasets have one {"text", "intent", "slots"} object per line (see ../shared/datasets). \
            When the test labels include "oos", in-scope accuracy and out-of-scope recall are reported; \
            an item is out of scope when the result is the fallback or the "oos" class.
            """
    )

    @Option(help: "Training dataset (JSON lines).") var train: String
    @Option(help: "Test dataset (JSON lines).") var test: String
    @Option(name: .customLong("tune-threshold"), help: "Validation dataset to choose the fallback threshold on.")
    var tuneThreshold: String?
    @Option(help: "Fallback threshold on the top confidence (default 0: never fall back).") var threshold: Double?
    @Flag(help: "Print one JSON object instead of text.") var json = false
    @Flag(help: "Also print per-intent and per-slot precision, recall and F1.") var verbose = false
    @Option(help: "The current date-time for relative dates, ISO 8601 (e.g. 2024-05-01T09:30:00Z); default: now.")
    var now: String?
    @Option(name: .customLong("slot-epochs"), help: "Perceptron epochs of the slot tagger.") var slotEpochs: Int?
    @Option(help: "Multiclass SVM of the intent classifier: ovr (one-vs-rest), cs (Crammer-Singer) or ovr+cs.")
    var multiclass = ClassifierConfiguration().multiclass.rawValue
    @Option(help: "Cost C of the Crammer-Singer model (in cs and ovr+cs).")
    var csCost = ClassifierConfiguration().crammerSingerCost
    @Option(help: "Weight of the slot-value block of the intent features (0 turns it off).")
    var slotValueWeight = FeatureConfiguration().slotValueWeight
    @Option(help: "Weight of the meaning block, the message's mean built-in word vector (0 turns it off).")
    var meaningWeight = FeatureConfiguration().meaningWeight

    func validate() throws {
        if tuneThreshold != nil, threshold != nil {
            throw ValidationError("--tune-threshold and --threshold exclude each other")
        }
        if let threshold, !(0...1).contains(threshold) {
            throw ValidationError("--threshold must be between 0 and 1")
        }
        if let now, Self.parseDate(now) == nil {
            throw ValidationError(
                "--now '\(now)' is not an ISO 8601 date-time; write it like 2024-05-01T09:30:00Z or 2024-05-01T09:30:00+02:00")
        }
        if !(slotValueWeight >= 0) {
            throw ValidationError("--slot-value-weight takes a weight of 0 or more")
        }
        if !(meaningWeight >= 0) {
            throw ValidationError("--meaning-weight takes a weight of 0 or more")
        }
        if MulticlassStrategy(rawValue: multiclass) == nil {
            throw ValidationError("--multiclass takes ovr, cs or ovr+cs")
        }
        if let slotEpochs, slotEpochs < 1 {
            throw ValidationError("--slot-epochs must be at least 1")
        }
    }

    /// An internet date-time, with or without fractional seconds.
    static func parseDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    func run() throws {
        let trainSet = try readDataset(train)
        let testSet = try readDataset(test)
        let validationSet = try tuneThreshold.map(readDataset)

        var slotConfiguration = SlotTaggerConfiguration()
        if let slotEpochs { slotConfiguration.epochs = slotEpochs }
        var configuration = ClassifierConfiguration()
        configuration.multiclass = MulticlassStrategy(rawValue: multiclass) ?? configuration.multiclass
        configuration.crammerSingerCost = csCost
        configuration.features.slotValueWeight = slotValueWeight
        configuration.features.meaningWeight = meaningWeight
        let report = EvaluationRun.run(
            train: trainSet, test: testSet, validation: validationSet, threshold: threshold ?? 0,
            configuration: configuration, slotConfiguration: slotConfiguration, referenceDate: now.flatMap(Self.parseDate) ?? Date())
        if json {
            writeLine(report.summary.jsonText)
        } else {
            print(report.text(verbose: verbose))
        }
    }

    private func readDataset(_ path: String) throws -> [LabeledUtterance] {
        do {
            return try Dataset.read(path: path)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}

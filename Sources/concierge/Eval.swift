import ArgumentParser
import ConciergeNLU
import ConciergeText
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
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
    @Flag(help: "Also print per-intent precision, recall and F1.") var verbose = false

    func validate() throws {
        if tuneThreshold != nil, threshold != nil {
            throw ValidationError("--tune-threshold and --threshold exclude each other")
        }
        if let threshold, !(0...1).contains(threshold) {
            throw ValidationError("--threshold must be between 0 and 1")
        }
    }

    func run() throws {
        let trainSet = try readDataset(train)
        let testSet = try readDataset(test)
        let validationSet = try tuneThreshold.map(readDataset)

        let report = EvaluationRun.run(train: trainSet, test: testSet, validation: validationSet, threshold: threshold ?? 0)
        if json {
            try JSONLineWriter().write(report.summary)
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

import ConciergeAuthoring
import ArgumentParser
import ConciergeNLU
import Foundation

struct CrossValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cross-validate",
        abstract: "Stratified K-fold cross-validation of the intent classifier on one JSON-lines dataset.",
        discussion: "Use it to choose classifier settings on training data, never on a test set."
    )

    @Option(help: "Dataset (JSON lines).") var data: String
    @Option(help: "Number of folds.") var folds = 5
    @Option(help: "Seed of the fold assignment (and of --per-intent's sample).") var seed: UInt64 = 0
    @Option(help: ArgumentHelp("Keep at most K examples of each intent, drawn with --seed (few-shot).", valueName: "K"))
    var perIntent: Int?
    @Option(help: "SVM cost C (of the one-vs-rest model).") var cost = LinearSVMParameters().cost
    @Option(help: "SVM stopping tolerance.") var tolerance = LinearSVMParameters().tolerance
    @Option(help: "Multiclass SVM: ovr (one-vs-rest), cs (Crammer-Singer) or ovr+cs.") var multiclass = ClassifierConfiguration().multiclass.rawValue
    @Option(help: "Share of the Crammer-Singer model in ovr+cs.") var ensembleShare: Float = 0.5
    @Option(help: "Cost C of the Crammer-Singer model (in cs and ovr+cs).")
    var csCost = ClassifierConfiguration().crammerSingerCost
    @Option(help: "Softmax sharpness of the confidences (default: the multiclass strategy's).") var sharpness: Float?
    @Flag(help: "Weigh each intent's positive examples by N / (K · n_k).") var balanced = false
    @Option(help: "Word n-gram range over stems, e.g. 1-2.") var wordNgrams = "1-2"
    @Option(help: "Character n-gram range inside words, e.g. 2-5 (0-0 turns them off).") var charNgrams = "2-5"
    @Option(help: "Weight of the character block.") var charWeight: Float = 1
    @Flag(help: "Word features over folded words instead of stems.") var noStems = false
    @Flag(inversion: .prefixedNo, help: "Surface unigrams next to stems.")
    var surfaceUnigrams = FeatureConfiguration().keepSurfaceUnigrams
    @Flag(help: "Add skip-bigrams (word pairs one word apart).") var skipBigrams = false
    @Flag(help: "Character n-grams across word boundaries.") var charAcrossWords = false
    @Flag(help: "Word n-grams without the start and end of the message.") var noBoundaryNgrams = false
    @Option(help: "Weight of the slot-value block (0 turns it off).")
    var slotValueWeight = FeatureConfiguration().slotValueWeight
    @Option(help: "Weight of the meaning block, the message's mean built-in word vector (0 turns it off).")
    var meaningWeight = FeatureConfiguration().meaningWeight

    func validate() throws {
        if !(slotValueWeight >= 0) {
            throw ValidationError("--slot-value-weight takes a weight of 0 or more")
        }
        if !(meaningWeight >= 0) {
            throw ValidationError("--meaning-weight takes a weight of 0 or more")
        }
        if let perIntent, perIntent < 2 {
            throw ValidationError("--per-intent takes at least 2 examples (one to train on, one to test)")
        }
    }

    func run() throws {
        var utterances: [LabeledUtterance]
        do {
            utterances = try Dataset.read(path: data)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        if let perIntent {
            utterances = CrossValidation.sample(labels: utterances.map(\.intent), perIntent: perIntent, seed: seed)
                .map { utterances[$0] }
        }
        let features = FeatureConfiguration(
            wordNgrams: try range(wordNgrams, option: "--word-ngrams"),
            charNgrams: try range(charNgrams, option: "--char-ngrams"),
            stemWords: !noStems,
            keepSurfaceUnigrams: surfaceUnigrams,
            charBlockWeight: charWeight,
            skipBigrams: skipBigrams,
            charAcrossWords: charAcrossWords,
            boundaryNgrams: !noBoundaryNgrams,
            slotValueWeight: slotValueWeight,
            meaningWeight: meaningWeight
        )
        let svm = LinearSVMParameters(cost: cost, tolerance: tolerance)
        var configuration = ClassifierConfiguration(features: features, svm: svm)
        configuration.svm.balancedClasses = balanced
        if let sharpness { configuration.confidenceSharpness = sharpness }
        guard let strategy = MulticlassStrategy(rawValue: multiclass) else {
            throw ValidationError("--multiclass takes ovr, cs or ovr+cs")
        }
        configuration.ensembleShare = ensembleShare
        configuration.crammerSingerCost = csCost
        configuration.multiclass = strategy
        let start = Date()
        let result = CrossValidation(folds: folds, seed: seed)
            .run(
                texts: utterances.map(\.text), labels: utterances.map(\.intent),
                slots: utterances.map(\.slotSpans),
                configuration: configuration)
        let seconds = Date().timeIntervalSince(start)
        print(String(
            format: "%d folds  %d examples  accuracy %.4f  macro-F1 %.4f  ECE %.4f  %.1f s", folds, utterances.count,
            result.metrics.accuracy, result.metrics.macroF1, result.calibration.expectedError, seconds
        ))
    }

    private func range(_ text: String, option: String) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, parts[0] <= parts[1], parts[0] >= 0 else {
            throw ValidationError("\(option) takes a range like 1-2")
        }
        return parts[0]...parts[1]
    }
}

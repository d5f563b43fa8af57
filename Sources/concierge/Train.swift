import ArgumentParser
import ConciergeLoader
import ConciergeModel
import ConciergeNLU
import Foundation

/// `concierge train`: loads, checks and trains the bot and writes its compiled model, by
/// default into the cache every other command reads (`ModelCache`).
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the bot and write its compiled model (by default into the cache every command starts from).",
        discussion: """
            The model holds the bot's definition, its warnings and the trained NLU; it is used when the bot's \
            files are unchanged (`--model FILE`, or the cache in $XDG_CACHE_HOME/concierge, default \
            ~/.cache/concierge). Other commands train and cache a bot they have not seen by themselves.
            """
    )

    @OptionGroup var botOptions: BotOptions
    @Option(help: ArgumentHelp("Where to write the model (default: the cache).", valueName: "file")) var out: String?
    // For scripts/fuzz-model.sh: damaged copies of the bot's model read back on a release build.
    @Option(help: .hidden) var fuzzIterations: Int?
    @Option(help: .hidden) var fuzzSeed: UInt64 = 1

    func validate() throws {
        if botOptions.model != nil { throw ValidationError("train writes a model; --model reads one (use --out)") }
    }

    func run() throws {
        let source = BotLoader.sourceFiles(directory: botOptions.bot)
        let (definition, warnings) = try botOptions.checkedDefinition(source)
        guard case .files(let files, _) = source else { throw ExitCode(1) }
        let identity = ModelCache.identity(of: files)
        let nlu = NLUModel.train(bot: definition)
        if let fuzzIterations {
            return try fuzz(CompiledBot(definition: definition, nlu: nlu, warnings: warnings), identity: identity,
                            iterations: fuzzIterations)
        }
        let path = out ?? ModelCache(environment: ProcessInfo.processInfo.environment).path(for: identity)
        do {
            let bytes = try ModelFile.encode(CompiledBot(definition: definition, nlu: nlu, warnings: warnings), identity: identity)
            try ModelCache.writeAtomically(bytes, to: path)
            print("wrote \(path) (\(bytes.count) bytes: \(definition.intents.count) intents)")
        } catch {
            printError("error: cannot write the model: \(error)")
            throw ExitCode(2)
        }
    }

    /// Reads `iterations` damaged copies of the model back; exits 1 when one that kept its
    /// old checksum was not refused (a crash ends the run by itself).
    private func fuzz(_ compiled: CompiledBot, identity: ModelIdentity, iterations: Int) throws {
        let bytes = try ModelFile.encode(compiled, identity: identity)
        let clock = ContinuousClock()
        let start = clock.now
        let report = ModelFuzz(bytes: bytes, identity: identity, seed: fuzzSeed).run(iterations: iterations)
        print("fuzz: \(report) (model of \(bytes.count) bytes, \(clock.now - start))")
        if report.undetected > 0 { throw ExitCode(1) }
    }
}

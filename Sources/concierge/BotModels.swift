import ConciergeBot
import ConciergeEngine
import ConciergeLoader
import ConciergeModel
import ConciergeNLU
import Foundation

/// Where a bot's trained model comes from, the same way at a start and at a reload: the
/// compiled model that fits the bot's files (`--model`, else the cache), else training, whose
/// model is then cached. Prints to standard error what a model file costs (one warning line
/// when it does not fit) and, with `modelInfo`, where the model came from.
///
///     let models = BotModels(directory: "brightwave", modelFile: nil, modelInfo: false)
///     let files = models.reloadFiles()                                  // after an edit: definition, diagnostics
///     if let definition = files.definition { use(models.bot(for: definition, from: files)) }   // cached or trained
struct BotModels: Sendable {
    var directory: String
    /// `--model FILE`: used when it fits the files, else the bot is trained (and cached).
    var modelFile: String?
    var modelInfo: Bool

    /// The compiled bot for the files read, when `--model` or the cache holds one that fits.
    func compiled(_ files: [(path: String, data: Data?)], reading parts: ModelParts) -> (CompiledBot?, ModelIdentity) {
        let identity = ModelCache.identity(of: files)
        let cache = ModelCache(environment: ProcessInfo.processInfo.environment)
        let path = modelFile ?? cache.path(for: identity)
        return (compiledModel(at: path, identity: identity, given: modelFile != nil, parts: parts), identity)
    }

    /// A bot trained on `definition`, its model written to the cache (a failure to write costs
    /// one warning line).
    func trained(_ definition: BotDefinition, warnings: [String], identity: ModelIdentity) -> Bot {
        let nlu = NLUModel.train(bot: definition)
        let path = ModelCache(environment: ProcessInfo.processInfo.environment).path(for: identity)
        do {
            let bytes = try ModelFile.encode(CompiledBot(definition: definition, nlu: nlu, warnings: warnings), identity: identity)
            try ModelCache.writeAtomically(bytes, to: path)
            if modelInfo { printError("model: trained; cached in \(path)") }
        } catch {
            printError("warning: the trained model was not cached: \(error)")
        }
        // Training's temporaries are freed; their pages go back to the system too.
        releaseFreedMemory()
        return Bot(definition: definition, nlu: nlu)
    }

    /// The bot files read and checked again (the REPL's `/reload`, `serve`'s SIGHUP): the
    /// definition (nil when a diagnostic is an error) and every diagnostic. `bot(for:from:)`
    /// then makes the bot.
    func reloadFiles() -> ReloadedBotFiles {
        let source = BotLoader.sourceFiles(directory: directory)
        return ReloadedBotFiles(source: source, result: BotLoader().load(source))
    }

    /// The bot of reloaded files, its NLU from the model that fits them (so reloading a bot
    /// seen before trains nothing), else trained and cached, as a start does.
    func bot(for definition: BotDefinition, from files: ReloadedBotFiles) -> Bot {
        guard case .files(let read, _) = files.source else { return Bot(definition: definition) }
        let (compiled, identity) = compiled(read, reading: [])
        if let compiled { return Bot(definition: definition, nlu: compiled.nlu) }
        return trained(definition, warnings: files.result.warnings.map(\.description), identity: identity)
    }

    /// The compiled bot at `path` when it fits; a missing cache file is a silent miss, any
    /// other problem one warning line (and the caller trains).
    private func compiledModel(at path: String, identity: ModelIdentity, given: Bool, parts: ModelParts) -> CompiledBot? {
        let what = given ? "model '\(path)'" : "cached model '\(path)'"
        guard given || FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let storage = try ModelCache.map(path)
            let compiled = try ModelFile.decode(storage, identity: identity, reading: parts, checked: ModelCache.release)
            if modelInfo { printError("model: read from \(path)") }
            return compiled
        } catch {
            printError("warning: \(what) not used: \(error); training the bot")
            return nil
        }
    }
}

/// The bot files as a reload read them, and what the loader made of them.
struct ReloadedBotFiles {
    var source: BotSourceFiles
    var result: BotLoadResult

    var definition: BotDefinition? { result.definition }
    var diagnostics: [Diagnostic] { result.diagnostics }
}

import ConciergeEngine
import ConciergeLoader
import ArgumentParser
import ConciergeBot
import ConciergeModel
import ConciergeNLU
import Foundation

/// `--bot DIR`: which bot folder to load (default: the current folder), and where its
/// trained model comes from: `--model FILE`, else the cache (`ModelCache`), else training.
struct BotOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The bot folder, holding intents/ and dialogs/.", valueName: "dir"))
    var bot = "."
    @Option(help: ArgumentHelp(
        "A compiled model (`concierge train --out`) to start from; used only if it was trained on the bot's current files.",
        valueName: "file"))
    var model: String?
    @Flag(help: "Say on standard error where the bot's model came from: a model file, the cache, or training.")
    var modelInfo = false

    /// Where this command's bot models come from (`BotModels`).
    var models: BotModels {
        BotModels(directory: bot, modelFile: model, modelInfo: modelInfo)
    }

    /// The bot, ready to answer (the same path for every command that runs one): from its
    /// compiled model when one matches the bot's files (`--model`, else the cache), else
    /// loaded, checked and trained, and then cached. Prints every diagnostic (a model keeps
    /// its bot's warnings) to standard error; exits 1 when any is an error. A bot from a
    /// compiled model has the parts of its definition asked for (`ModelParts`; by default the
    /// dialog, not the intents' examples, which only training reads): `parse` reads neither.
    func loadBot(reading parts: ModelParts = .dialog) throws -> Bot {
        let source = BotLoader.sourceFiles(directory: bot)
        guard case .files(let files, _) = source else {
            return Bot(definition: try checkedDefinition(source).definition)
        }
        let (compiled, identity) = models.compiled(files, reading: parts)
        if let compiled {
            for warning in compiled.warnings { printError(warning) }
            return Bot(definition: compiled.definition, nlu: compiled.nlu)
        }
        let (definition, warnings) = try checkedDefinition(source)
        return models.trained(definition, warnings: warnings, identity: identity)
    }

    /// Loads the bot's definition, printing every diagnostic to standard error; exits 1 when
    /// any is an error.
    func loadDefinition() throws -> BotDefinition {
        try checkedDefinition(BotLoader.sourceFiles(directory: bot)).definition
    }

    /// The definition of files already read, with its warnings as printed.
    func checkedDefinition(_ source: BotSourceFiles) throws -> (definition: BotDefinition, warnings: [String]) {
        let result = BotLoader().load(source)
        for diagnostic in result.diagnostics {
            printError(diagnostic.description)
        }
        guard let definition = result.definition else {
            let count = result.errors.count
            printError("error: the bot in '\(bot)' has \(count) error\(count == 1 ? "" : "s"); run `concierge check --bot \(bot)` for details")
            throw ExitCode(1)
        }
        return (definition, result.warnings.map(\.description))
    }
}

/// `--now ISO8601`: the clock that relative dates ("tomorrow", "next quarter") are read
/// against, so results are reproducible. Its UTC offset is also the time zone.
struct ClockOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Current time for relative dates, e.g. 2026-11-22T10:00:00Z.", valueName: "iso8601"))
    var now: String?

    func validate() throws {
        if let now, ReferenceClock.parse(now) == nil {
            throw ValidationError("--now expects an ISO 8601 time such as 2026-11-22T10:00:00Z or 2026-11-22T10:00:00+01:00, not '\(now)'")
        }
    }

    var clock: ReferenceClock {
        now.flatMap(ReferenceClock.parse) ?? ReferenceClock(date: Date(), timeZone: .current)
    }
}

/// A fixed point in time and the time zone it was given in.
struct ReferenceClock {
    var date: Date
    var timeZone: TimeZone

    static func parse(_ text: String) -> ReferenceClock? {
        // The ISO 8601 styles of FoundationEssentials, not `ISO8601DateFormatter`: that one
        // opens an ICU date formatter, which maps about 3 MB of ICU's code and locale data
        // into every process given `--now` (BENCHMARKS.md, issue #18).
        let styles = [
            Date.ISO8601FormatStyle(), Date.ISO8601FormatStyle(includingFractionalSeconds: true),
            Date.ISO8601FormatStyle().year().month().day(),
        ]
        for style in styles {
            if let date = try? style.parse(text) {
                return ReferenceClock(date: date, timeZone: timeZone(of: text) ?? TimeZone(secondsFromGMT: 0) ?? .current)
            }
        }
        return nil
    }

    /// The zone of a `…Z` or `…±hh:mm` suffix.
    private static func timeZone(of text: String) -> TimeZone? {
        if text.hasSuffix("Z") || text.hasSuffix("z") { return TimeZone(secondsFromGMT: 0) }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 6 else { return nil }
        let suffix = String(String.UnicodeScalarView(scalars[(scalars.count - 6)...]))
        guard let sign = suffix.first, sign == "+" || sign == "-" else { return nil }
        let parts = suffix.dropFirst().split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        let seconds = (parts[0] * 3600 + parts[1] * 60) * (sign == "-" ? -1 : 1)
        return TimeZone(secondsFromGMT: seconds)
    }
}

import ConciergeEngine
import ConciergeLoader
import ArgumentParser
import ConciergeBot
import Foundation

/// `--bot DIR`: which bot folder to load (default: the current folder).
struct BotOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The bot folder, holding intents/ and dialogs/.", valueName: "dir"))
    var bot = "."

    /// Loads, checks and trains the bot (the same path for every command that runs one),
    /// printing every diagnostic to standard error; exits 1 when any is an error.
    func loadBot() throws -> Bot {
        let bot = Bot(definition: try loadDefinition())
        releaseFreedMemory()
        return bot
    }

    /// Loads the bot's definition, printing every diagnostic to standard error; exits 1 when
    /// any is an error.
    func loadDefinition() throws -> BotDefinition {
        let result = BotLoader().load(directory: bot)
        for diagnostic in result.diagnostics {
            printError(diagnostic.description)
        }
        guard let definition = result.definition else {
            let count = result.errors.count
            printError("error: the bot in '\(bot)' has \(count) error\(count == 1 ? "" : "s"); run `concierge check --bot \(bot)` for details")
            throw ExitCode(1)
        }
        return definition
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

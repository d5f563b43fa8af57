import ConciergeLoader
import ArgumentParser
import ConciergeAuthoring
import ConciergeBot
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a bot's files and print every problem as file:line:col: error|warning|note: message.",
        discussion: """
            Reads intents/, dialogs/, tests/ and personas/ of the bot folder. Exits 0 when there is no error, \
            1 on errors (and with --strict on warnings too). Colour only on a terminal and without NO_COLOR.
            """
    )

    @OptionGroup var botOptions: BotOptions
    @Flag(help: "Treat warnings as errors: exit 1 when there is any.") var strict = false
    // For scripts/fuzz-bot.sh: the loader fuzz on a release build, where 10,000 loads take seconds.
    @Option(help: .hidden) var fuzzIterations: Int?
    @Option(help: .hidden) var fuzzSeed: UInt64 = 1

    func run() throws {
        if let fuzzIterations { return try fuzz(iterations: fuzzIterations) }
        let check = BotCheck.run(directory: botOptions.bot)
        let renderer = DiagnosticRenderer(color: Terminal.wantsColor(fileDescriptor: STDOUT_FILENO), sources: check.sources)
        if !check.diagnostics.isEmpty {
            print(renderer.render(check.diagnostics))
        }
        print(DiagnosticRenderer.summary(errors: check.errorCount, warnings: check.warningCount, files: check.files.count))
        let status = check.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}

extension Check {
    /// Loads `fuzzIterations` mutated copies of the bot's files; exits 1 on a crash-free problem.
    private func fuzz(iterations: Int) throws {
        let files = BotCheck.botFiles(in: botOptions.bot).filter { path in
            let folders = path.split(separator: "/").dropLast()
            return !folders.contains(Substring(TranscriptLoader.folder)) && !folders.contains(Substring(PersonaLoader.folder))
        }.map { path in
            let relative = path.hasPrefix(botOptions.bot + "/") ? String(path.dropFirst(botOptions.bot.count + 1)) : path
            return (path: relative, contents: String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self))
        }
        let clock = ContinuousClock()
        let start = clock.now
        let report = LoaderFuzz(files: files, seed: fuzzSeed).run(iterations: iterations)
        let seconds = Double((clock.now - start).components.seconds) + Double((clock.now - start).components.attoseconds) * 1e-18
        for problem in report.problems.prefix(20) { printError(problem.description) }
        print(String(format: "fuzz: %d mutated loads of %d files, %d rejected, %d problems, %.1f s",
                     report.iterations, files.count, report.rejected, report.problems.count, seconds))
        if !report.problems.isEmpty { throw ExitCode(1) }
    }
}

/// What the standard streams are connected to.
enum Terminal {
    /// Colour on a terminal, unless the user set NO_COLOR (https://no-color.org).
    static func wantsColor(fileDescriptor: Int32) -> Bool {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColor && isatty(fileDescriptor) == 1
    }

    static func isTerminal(_ fileDescriptor: Int32) -> Bool { isatty(fileDescriptor) == 1 }
}

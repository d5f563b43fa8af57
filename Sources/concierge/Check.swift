import ArgumentParser
import ConciergeAuthoring
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a bot's files and print every problem as file:line:col: error|warning|note: message.",
        discussion: """
            Reads intents/, dialogs/ and tests/ of the bot folder. Exits 0 when there is no error, \
            1 on errors (and with --strict on warnings too). Colour only on a terminal and without NO_COLOR.
            """
    )

    @OptionGroup var botOptions: BotOptions
    @Flag(help: "Treat warnings as errors: exit 1 when there is any.") var strict = false

    func run() throws {
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

/// What the standard streams are connected to.
enum Terminal {
    /// Colour on a terminal, unless the user set NO_COLOR (https://no-color.org).
    static func wantsColor(fileDescriptor: Int32) -> Bool {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColor && isatty(fileDescriptor) == 1
    }

    static func isTerminal(_ fileDescriptor: Int32) -> Bool { isatty(fileDescriptor) == 1 }
}

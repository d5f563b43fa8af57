import ConciergeLoader
import ArgumentParser
import ConciergeAuthoring
import ConciergeBot
import ConciergeModel
import Foundation

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Cross-validate the bot's intents on its own examples, then play its conversation tests.",
        discussion: """
            Prints per-intent precision, recall and F1, the most confused intents and the misclassified \
            examples with their file:line:col, then every conversation of tests/*.yml, then a summary of \
            the personas of personas/*.yml played with seeds 1-10 (see `concierge simulate`). Exits 1 when a \
            conversation or a persona fails; misclassified examples alone do not fail the run.
            """
    )

    @OptionGroup var botOptions: BotOptions
    @Option(help: "Number of cross-validation folds.") var folds = 5
    @Option(help: "Seed of the fold assignment.") var seed: UInt64 = 0
    @Option(help: ArgumentHelp("Write an HTML report to DIR/index.html.", valueName: "dir")) var report: String?

    func validate() throws {
        guard folds >= 2 else { throw ValidationError("--folds must be at least 2") }
    }

    func run() throws {
        // Cross-validation trains on the bot's examples.
        let bot = try botOptions.loadBot(reading: .all)
        let definition = bot.definition
        let (transcripts, transcriptDiagnostics) = TranscriptLoader.load(directory: botOptions.bot)
        let (personas, personaDiagnostics) = PersonaLoader.load(directory: botOptions.bot)
        let showProgress = Terminal.isTerminal(STDERR_FILENO)
        let bar = ProgressBar()
        let result = BotTestRun.run(
            bot: definition, trained: bot, transcripts: transcripts, transcriptDiagnostics: transcriptDiagnostics,
            personas: personas, personaDiagnostics: personaDiagnostics, folds: folds, seed: seed
        ) { done, total in
            if showProgress {
                FileHandle.standardError.write(Data(bar.line(done: done, total: total, label: "testing").utf8))
            }
        }
        if showProgress { FileHandle.standardError.write(Data(bar.clear().utf8)) }
        print(TestReportText(run: result, seed: seed).text)
        if let report {
            do {
                let path = try HTMLReport(run: result, botName: definition.settings.name, seed: seed).write(to: report)
                print("\nreport written to \(path)")
            } catch {
                printError("error: cannot write the report to '\(report)': \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        let failed = result.conversations.filter { !$0.passed }.count
        let failedPersonas = result.simulation?.personas.filter { !$0.passed }.count ?? 0
        guard result.passed else {
            let fileErrors = (result.transcriptDiagnostics + result.personaDiagnostics).filter { $0.severity == .error }.count
            printError("error: \(failed) of \(result.conversations.count) conversations and \(failedPersonas) of "
                + "\(result.simulation?.personas.count ?? 0) personas failed"
                + (fileErrors > 0 ? "; \(fileErrors) test file error\(fileErrors == 1 ? "" : "s") (those files were not played)" : ""))
            throw ExitCode(1)
        }
    }
}

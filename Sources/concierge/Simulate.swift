import ArgumentParser
import ConciergeAuthoring
import ConciergeBot
import ConciergeEngine
import ConciergeJSON
import ConciergeLoader
import Foundation

struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Play the bot's personas (personas/*.yml) as simulated visitors and judge every conversation.",
        discussion: """
            Each persona talks to the bot once per seed, through the engine, with a fixed clock. \
            Reports per persona and overall: success, turns, re-asked questions, slot values that differ \
            from the persona's facts, personal data shown without consent, fallbacks. Exits 1 when a \
            persona fails (success below its required_success, any consent violation or wrong slot value). \
            Persona files are described in docs/simulate.md.
            """
    )

    @OptionGroup var botOptions: BotOptions
    @Option(help: "Seeds per persona: 1 to N.") var seeds = 10
    @Option(help: "Play only this seed.") var seed: UInt64?
    @Option(help: ArgumentHelp("Play only the persona of this name.", valueName: "name")) var persona: String?
    @Flag(help: "Write one JSON object instead of the report.") var json = false
    @Flag(help: "Also print the transcript of every conversation that went wrong.") var verbose = false

    func validate() throws {
        guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1") }
    }

    func run() throws {
        let bot = try botOptions.loadBot()
        var personas = try Simulate.loadPersonas(directory: botOptions.bot)
        if let persona {
            personas = personas.filter { $0.name == persona }
            guard !personas.isEmpty else {
                printError("error: no persona named '\(persona)' in \(botOptions.bot)/\(PersonaLoader.folder)")
                throw ExitCode(1)
            }
        }
        let seedList = seed.map { [$0] } ?? (1...UInt64(seeds)).map { $0 }
        let result = SimulationRun.run(bot: bot, personas: personas, seeds: seedList)
        print(json ? result.jsonText : SimulationReportText(run: result, verbose: verbose).text)
        if !result.passed { throw ExitCode(1) }
    }

    /// The bot's personas; prints their diagnostics and exits 1 on an error or when there are none.
    static func loadPersonas(directory: String) throws -> [Persona] {
        let (personas, diagnostics) = PersonaLoader.load(directory: directory)
        for diagnostic in diagnostics { printError(diagnostic.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        guard errors == 0 else {
            printError("error: the personas of '\(directory)' have \(errors) error\(errors == 1 ? "" : "s")")
            throw ExitCode(1)
        }
        guard !personas.isEmpty else {
            printError("error: no personas in '\(directory)/\(PersonaLoader.folder)' (see docs/simulate.md)")
            throw ExitCode(1)
        }
        return personas
    }
}

import ConciergeLoader
import ConciergeBot
import ConciergeEngine
import ConciergeNLU

/// What `concierge test` does: cross-validates the intents on the bot's own examples, plays
/// every conversation test of the bot, then its personas (`concierge simulate`). Failing
/// conversations and personas fail the run; misclassified examples are advice.
///
///     let run = BotTestRun.run(bot: definition, transcripts: files, personas: personas, folds: 5, seed: 0)
///     run.passed                     // every conversation met its expectations, every persona passed
///     run.crossValidation.metrics.accuracy
public struct BotTestRun: Sendable {
    /// One conversation of a test file and what went wrong in it.
    public struct ConversationResult: Sendable {
        public var file: String
        public var name: String
        public var location: SourceLocation
        public var turns: Int
        public var failures: [TranscriptFailure]
        public var passed: Bool { failures.isEmpty }
    }

    public var crossValidation: BotCrossValidation.Result
    public var folds: Int
    public var conversations: [ConversationResult]
    /// Problems in the test files themselves (they are not played).
    public var transcriptDiagnostics: [Diagnostic]
    /// The personas played, when the bot has any.
    public var simulation: SimulationRun?
    /// Problems in the persona files (a file with an error is not played).
    public var personaDiagnostics: [Diagnostic] = []

    /// The seeds `test` plays each persona with, as `simulate` does by default.
    public static let personaSeeds: [UInt64] = Array(1...10)

    public var passed: Bool {
        conversations.allSatisfy(\.passed) && !transcriptDiagnostics.contains { $0.severity == .error }
            && (simulation?.passed ?? true) && !personaDiagnostics.contains { $0.severity == .error }
    }

    /// Runs both halves; `progress(done, total)` counts folds, then conversations. `trained`
    /// is the bot trained on all of `definition` when the caller has it (from a compiled model).
    public static func run(
        bot definition: BotDefinition, trained: Bot? = nil, transcripts: [TranscriptFile], transcriptDiagnostics: [Diagnostic] = [],
        personas: [Persona] = [], personaDiagnostics: [Diagnostic] = [],
        folds: Int = 5, seed: UInt64 = 0, progress: (Int, Int) -> Void = { _, _ in }
    ) -> BotTestRun {
        let validation = BotCrossValidation(folds: folds, seed: seed)
        let conversationCount = transcripts.reduce(0) { $0 + $1.conversations.count }
        let total = validation.folds + conversationCount + personas.count * personaSeeds.count
        let cv = validation.run(bot: definition) { done, _ in progress(done, total) }
        var results: [ConversationResult] = []
        // Training costs a second; a bot with nothing to play is not trained again.
        let bot = conversationCount > 0 || !personas.isEmpty ? trained ?? Bot(definition: definition) : nil
        if let bot, conversationCount > 0 {
            let runner = TranscriptRunner(bot: bot)
            for file in transcripts {
                for conversation in file.conversations {
                    let failures = runner.run(conversation).failures
                    results.append(ConversationResult(file: file.path, name: conversation.name, location: conversation.location,
                                                      turns: conversation.turns.count, failures: failures))
                    progress(validation.folds + results.count, total)
                }
            }
        }
        let played = validation.folds + results.count
        let simulation = bot.map { bot in
            personas.isEmpty ? nil : SimulationRun.run(bot: bot, personas: personas, seeds: personaSeeds) { done, _ in
                progress(played + done, total)
            }
        } ?? nil
        return BotTestRun(crossValidation: cv, folds: validation.folds, conversations: results,
                          transcriptDiagnostics: transcriptDiagnostics, simulation: simulation,
                          personaDiagnostics: personaDiagnostics)
    }
}

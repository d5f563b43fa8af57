import ConciergeLoader
import ConciergeBot
import ConciergeEngine
import ConciergeNLU

/// What `concierge test` does: cross-validates the intents on the bot's own examples, then
/// plays every conversation test of the bot. Only failing conversations fail the run;
/// misclassified examples are advice.
///
///     let run = BotTestRun.run(bot: definition, transcripts: files, folds: 5, seed: 0)
///     run.passed                     // every conversation met its expectations
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

    public var passed: Bool {
        conversations.allSatisfy(\.passed) && !transcriptDiagnostics.contains { $0.severity == .error }
    }

    /// Runs both halves; `progress(done, total)` counts folds, then conversations.
    public static func run(
        bot definition: BotDefinition, transcripts: [TranscriptFile], transcriptDiagnostics: [Diagnostic] = [],
        folds: Int = 5, seed: UInt64 = 0, progress: (Int, Int) -> Void = { _, _ in }
    ) -> BotTestRun {
        let validation = BotCrossValidation(folds: folds, seed: seed)
        let conversationCount = transcripts.reduce(0) { $0 + $1.conversations.count }
        let total = validation.folds + conversationCount
        let cv = validation.run(bot: definition) { done, _ in progress(done, total) }
        var results: [ConversationResult] = []
        if conversationCount > 0 {
            let runner = TranscriptRunner(bot: Bot(definition: definition))
            for file in transcripts {
                for conversation in file.conversations {
                    let failures = runner.run(conversation).failures
                    results.append(ConversationResult(file: file.path, name: conversation.name, location: conversation.location,
                                                      turns: conversation.turns.count, failures: failures))
                    progress(validation.folds + results.count, total)
                }
            }
        }
        return BotTestRun(crossValidation: cv, folds: validation.folds, conversations: results,
                          transcriptDiagnostics: transcriptDiagnostics)
    }
}

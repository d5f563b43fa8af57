import ConciergeBot
import ConciergeEngine

/// `concierge simulate`: every persona played with every seed, judged, and summed up per
/// persona and overall. A persona passes when its share of successful conversations reaches
/// its `required_success` and no conversation shows personal data without consent or a slot
/// value that differs from its facts.
///
///     let run = SimulationRun.run(bot: bot, personas: personas, seeds: Array(1...10))
///     run.passed                 // every persona passed
///     run.successRate            // 0.61
public struct SimulationRun: Sendable {
    /// One persona over all seeds.
    public struct PersonaResult: Sendable {
        public var persona: Persona
        public var verdicts: [ConversationVerdict]
        /// Kept for `--verbose`: the conversations that failed or had a re-ask or a fallback.
        public var troubledConversations: [SimulatedConversation]

        public var conversations: Int { verdicts.count }
        public var succeeded: Int { verdicts.filter(\.succeeded).count }
        public var successRate: Double { conversations == 0 ? 0 : Double(succeeded) / Double(conversations) }
        public var averageTurns: Double {
            conversations == 0 ? 0 : Double(verdicts.reduce(0) { $0 + $1.turns }) / Double(conversations)
        }
        public var reasks: Int { verdicts.reduce(0) { $0 + $1.reasks.count } }
        public var wrongValues: Int { verdicts.reduce(0) { $0 + $1.wrongValues.count } }
        public var consentViolations: Int { verdicts.reduce(0) { $0 + $1.consentViolations.count } }
        public var fallbacks: Int { verdicts.reduce(0) { $0 + $1.fallbacks } }
        public var passed: Bool {
            successRate >= persona.requiredSuccess - 1e-9 && wrongValues == 0 && consentViolations == 0
        }
    }

    public var seeds: [UInt64]
    public var personas: [PersonaResult]

    public var conversations: Int { personas.reduce(0) { $0 + $1.conversations } }
    public var succeeded: Int { personas.reduce(0) { $0 + $1.succeeded } }
    public var successRate: Double { conversations == 0 ? 0 : Double(succeeded) / Double(conversations) }
    public var reasks: Int { personas.reduce(0) { $0 + $1.reasks } }
    public var wrongValues: Int { personas.reduce(0) { $0 + $1.wrongValues } }
    public var consentViolations: Int { personas.reduce(0) { $0 + $1.consentViolations } }
    public var fallbacks: Int { personas.reduce(0) { $0 + $1.fallbacks } }
    public var passed: Bool { personas.allSatisfy(\.passed) }

    /// Plays each persona once per seed; `progress(done, total)` counts conversations.
    public static func run(bot: Bot, personas: [Persona], seeds: [UInt64],
                           progress: (Int, Int) -> Void = { _, _ in }) -> SimulationRun {
        run(engine: SimulationEngine(bot), personas: personas, seeds: seeds, progress: progress)
    }

    public static func run(engine: SimulationEngine, personas: [Persona], seeds: [UInt64],
                           progress: (Int, Int) -> Void = { _, _ in }) -> SimulationRun {
        let simulator = Simulator(engine: engine)
        let judge = ConversationJudge(bot: simulator.bot)
        let total = personas.count * seeds.count
        var done = 0
        var results: [PersonaResult] = []
        for persona in personas {
            var result = PersonaResult(persona: persona, verdicts: [], troubledConversations: [])
            for seed in seeds {
                let conversation = simulator.run(persona, seed: seed)
                let verdict = judge.verdict(conversation)
                result.verdicts.append(verdict)
                if !verdict.isClean { result.troubledConversations.append(conversation) }
                done += 1
                progress(done, total)
            }
            results.append(result)
        }
        return SimulationRun(seeds: seeds, personas: results)
    }
}

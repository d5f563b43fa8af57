import ConciergeBot
import ConciergeDialog
import ConciergeEngine
import ConciergeNLU
import Foundation

/// What a simulation talks to: a bot's definition, its opening, one turn, and whether a
/// session is with a person. A trained `Bot` in use; tests can script one, so the visitor and
/// the judge are tested apart from the dialog engine.
///
///     let engine = SimulationEngine(bot)
///     var random = SplitMix64(seed: 1)
///     let (opening, session) = engine.start(now, &random)
public struct SimulationEngine: Sendable {
    public var definition: BotDefinition
    public var start: @Sendable (Date, inout SplitMix64) -> (Reply, DialogSession)
    public var step: @Sendable (inout DialogSession, UserMessage, Date, inout SplitMix64) -> Reply
    public var isHandedOff: @Sendable (DialogSession) -> Bool

    public init(definition: BotDefinition,
                start: @escaping @Sendable (Date, inout SplitMix64) -> (Reply, DialogSession),
                step: @escaping @Sendable (inout DialogSession, UserMessage, Date, inout SplitMix64) -> Reply,
                isHandedOff: @escaping @Sendable (DialogSession) -> Bool) {
        self.definition = definition
        self.start = start
        self.step = step
        self.isHandedOff = isHandedOff
    }

    /// The engine of a trained bot: `Bot.start`, `Bot.step`, `Bot.isHandedOff`.
    public init(_ bot: Bot) {
        self.init(
            definition: bot.definition,
            start: { now, random in bot.start(now: now, random: &random) },
            step: { session, message, now, random in bot.step(session: &session, message: message, now: now, random: &random) },
            isHandedOff: { bot.isHandedOff($0) })
    }
}

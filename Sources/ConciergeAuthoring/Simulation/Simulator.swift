import ConciergeBot
import ConciergeDialog
import ConciergeEngine
import ConciergeJSON
import ConciergeNLU
import Foundation

/// One turn of a simulated conversation: the visitor's message (none for the widget's
/// opening), what the bot did, and what the store would get.
///
///     conversation.turns[2].message            // "we're 40 people"
///     conversation.turns[2].session.form?.slot // "budget": the next question
public struct SimulatedTurn: Sendable {
    public var message: String?
    public var act: VisitorAct?
    public var reply: Reply
    /// The session after the turn.
    public var session: DialogSession
    /// What the engine hands the store for this turn.
    public var commit: TurnCommit
    /// Facts as the visitor had stated them once this message was sent.
    public var stated: [String: JSONValue]
    /// Slots the visitor had answered once this message was sent.
    public var answered: Set<String>
    public var consent: ConsentStatus
}

/// A whole simulated conversation of one persona and seed.
///
///     simulator.run(persona, seed: 3).visitorTurns   // 9
public struct SimulatedConversation: Sendable {
    public var persona: Persona
    public var seed: UInt64
    public var turns: [SimulatedTurn]
    /// Visitor messages (the opening is not one).
    public var visitorTurns: Int { turns.filter { $0.message != nil }.count }
}

/// Plays personas against a bot through the engine (`Bot.start`, `Bot.step`), with a fixed
/// clock that moves a minute per message and SplitMix64 streams from the seed for the bot
/// and the visitor. The same bot, persona and seed always give the same conversation.
///
///     let simulator = Simulator(bot: Bot(definition: definition))
///     let conversation = simulator.run(persona, seed: 3)
///     ConversationJudge(bot: simulator.bot).verdict(conversation).succeeded
public struct Simulator: Sendable {
    let bot: SimulatedBot
    let start: Date

    /// Monday 2026-01-05 10:00 UTC: business hours, so handoff phrases are those of an open desk.
    public static let defaultStart = Date(timeIntervalSince1970: 1_767_607_200)

    public init(bot: Bot, start: Date = Simulator.defaultStart) {
        self.init(engine: SimulationEngine(bot), start: start)
    }

    public init(engine: SimulationEngine, start: Date = Simulator.defaultStart) {
        bot = SimulatedBot(engine)
        self.start = start
    }

    public func run(_ persona: Persona, seed: UInt64) -> SimulatedConversation {
        let personaSeed = Simulator.hash(persona.name) ^ (seed &* 0x9E37_79B9_7F4A_7C15)
        var botRandom = SplitMix64(seed: personaSeed)
        var visitorRandom = SplitMix64(seed: personaSeed ^ 0x5555_AAAA_5555_AAAA)
        var visitor = Visitor(persona: persona, bot: bot, random: &visitorRandom)
        let judge = ConversationJudge(bot: bot)
        var now = persona.startsAt ?? start
        let sessionID = "simulate-\(persona.name)-\(seed)"
        let (opening, first) = bot.engine.start(now, &botRandom)
        var turns = [SimulatedTurn(message: nil, act: nil, reply: opening, session: first,
                                   commit: TurnCommit(sessionID: sessionID, session: first, reply: opening, message: nil, at: now),
                                   stated: [:], answered: [], consent: .notGiven)]
        var session = first
        var reply = opening
        while true {
            let handedOff = judge.handoffTurn(in: turns) != nil
            let reached = persona.goal.kind != .handoff && judge.goalSettled(persona, turns: turns)
            guard let message = visitor.next(after: reply, session: session, goalReached: reached, handedOff: handedOff,
                                             random: &visitorRandom) else { break }
            now = now.addingTimeInterval(message.minutesBefore * 60)
            reply = bot.engine.step(&session, UserMessage(text: message.text), now, &botRandom)
            turns.append(SimulatedTurn(
                message: message.text, act: message.act, reply: reply, session: session,
                commit: TurnCommit(sessionID: sessionID, session: session, reply: reply, message: message.text, at: now),
                stated: visitor.stated, answered: visitor.answered, consent: visitor.consent))
        }
        return SimulatedConversation(persona: persona, seed: seed, turns: turns)
    }

    /// FNV-1a of the persona's name, so two personas with the same seed still differ.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

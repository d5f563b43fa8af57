import ConciergeLoader
import ConciergeBot
import ConciergeDialog
import ConciergeEngine
import ConciergeNLU
import Foundation

/// The REPL's conversation as a pure state machine: each typed line goes in, output lines
/// (bot messages, buttons, command output) and an action come out. It keeps the dialog
/// session, the debug switch and the last turn for `/why`, and does no I/O: the terminal
/// driver (`ChatDriver` in the executable) reads lines, prints, and performs the actions
/// against the store and the bot files, then reports back (`committed`, `resume`,
/// `forgotten`, `reloaded`).
///
/// When turns are stored (`storesTurns`), a turn's lines are held until the driver reports
/// its commit, as `serve` does: a lead the reply acknowledges is on disk first, and a turn
/// the store refused leaves the conversation as it was (see `ChatSession+Store.swift`).
///
///     var chat = ChatSession(bot: bot, seed: 42)
///     chat.start(now: date)                      // [.bot("Hi there! …"), .buttons([…])]
///     chat.handle("2", now: date).lines          // [.picked("Pricing"), .bot("Brightwave has …"), …]
///     chat.handle("/quit", now: date).action     // .quit
public struct ChatSession: Sendable {
    /// What the terminal must do besides printing.
    public enum Action: Equatable, Sendable {
        case none
        case quit
        /// Load the bot files again, then call `reloaded`.
        case reload
        /// Store this turn, then call `committed`: the turn's lines come from there.
        case commit(TurnCommit)
        /// Delete every trace of this session from the store, then call `forgotten`.
        case forget(sessionID: String)
    }

    /// Output lines and the action that goes with them.
    public struct Response: Equatable, Sendable {
        public var lines: [ChatLine]
        public var action: Action

        public init(lines: [ChatLine], action: Action = .none) {
            self.lines = lines
            self.action = action
        }
    }

    public private(set) var bot: Bot
    public internal(set) var session = DialogSession()
    public private(set) var debug = false
    var lastTurn: TurnReport?
    var random: SplitMix64
    let seed: UInt64
    public var timeZone: TimeZone
    /// Whether turns are committed and sessions resumed from a store (false: `--no-store`).
    public let storesTurns: Bool
    /// A turn computed but not yet shown: it waits for the driver's `committed`.
    var pending: PendingTurn?
    /// The session's id in the store; `/forget` moves on to a new one.
    public internal(set) var sessionID: String
    /// Names the session that follows a `/forget`; injected so tests are deterministic.
    let newSessionID: @Sendable (Date) -> String

    public init(bot: Bot, seed: UInt64 = 42, timeZone: TimeZone = Bot.utc, storesTurns: Bool = false,
                sessionID: String = "repl", newSessionID: @escaping @Sendable (Date) -> String = { ChatSession.generatedSessionID(now: $0) }) {
        self.bot = bot
        self.seed = seed
        self.timeZone = timeZone
        self.storesTurns = storesTurns
        self.sessionID = sessionID
        self.newSessionID = newSessionID
        random = SplitMix64(seed: seed)
    }

    /// The current quick replies, which typed numbers pick from.
    public var buttons: [Button] { session.buttons }

    /// The bot speaks first: the start state's greeting, in the current session. (A driver
    /// with a store calls `resume` instead, with what the store holds.)
    public mutating func start(now: Date) -> [ChatLine] {
        let previous = session.state
        let (reply, next) = bot.start(session: session, now: now, random: &random)
        session = next
        lastTurn = TurnReport(previousState: previous, reply: reply, bot: bot)
        return Self.lines(of: reply)
    }

    /// One typed line: a command, a button number, or a message for the bot.
    public mutating func handle(_ line: String, now: Date) -> Response {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || pending != nil { return Response(lines: []) }
        switch SlashCommand.parse(trimmed) {
        case .command(let command)?: return run(command, now: now)
        case .unknown(let typed)?:
            return Response(lines: [.error("unknown command \(typed); /help lists the commands")])
        case nil: break
        }
        if let number = Int(trimmed), number >= 1, number <= buttons.count {
            let button = buttons[number - 1]
            return send(button.payload, now: now, before: [.picked(button.label)])
        }
        return send(trimmed, now: now, before: [])
    }

    /// Swaps in the bot the driver loaded again after `/reload` (its diagnostics as lines), or
    /// keeps the current one when the files have errors (`definition` nil).
    /// `makeBot` builds the bot of a sound definition: the executable's takes its model from
    /// the cache when it fits (`BotModels`), training it otherwise.
    public mutating func reloaded(
        _ definition: BotDefinition?, _ diagnostics: [Diagnostic],
        makeBot: (BotDefinition) -> Bot = { Bot(definition: $0) }
    ) -> [ChatLine] {
        var lines = diagnostics.map { diagnostic -> ChatLine in
            diagnostic.severity == .error ? .error(diagnostic.description) : .notice(diagnostic.description)
        }
        guard let definition else {
            lines.append(.error("the bot has errors; still running the previous version"))
            return lines
        }
        let newBot = makeBot(definition)
        bot = newBot
        // The conversation goes on, unless its state no longer exists.
        if let state = newBot.continuing(&session) {
            lines.append(.notice("state \(state) is gone; the next message starts over"))
        }
        lines.append(.notice("reloaded: \(newBot.definition.intents.count) intents"))
        return lines
    }

    /// What Tab may complete `prefix` to: commands after `/`, else button labels and numbers.
    public func completions(for prefix: String) -> [String] {
        let lowered = prefix.lowercased()
        let commands = SlashCommand.allCases.map(\.typed)
        let labels = buttons.map(\.label)
        return (commands + labels).filter { $0.lowercased().hasPrefix(lowered) }
    }

    /// One message for the bot. With a store, the turn waits for its commit (`committed`), so a
    /// lead the reply acknowledges is on disk before it is shown.
    private mutating func send(_ text: String, now: Date, before: [ChatLine]) -> Response {
        let previous = session.state
        var random = self.random
        let (reply, next) = bot.step(session: session, message: UserMessage(text: text), now: now,
                                     timeZone: timeZone, random: &random)
        let report = TurnReport(previousState: previous, reply: reply, bot: bot)
        let turn = PendingTurn(session: next, random: random, report: report,
                               lines: Self.lines(of: reply) + (debug ? report.debugLines : []))
        return hold(turn, TurnCommit(sessionID: sessionID, session: next, reply: reply, message: text, at: now),
                    before: before)
    }

    private mutating func run(_ command: SlashCommand, now: Date) -> Response {
        switch command {
        case .help:
            return Response(lines: SlashCommand.allCases.map { .detail($0.typed, $0.summary) }
                + [.notice("Type a number to pick a button; Tab completes commands and buttons.")])
        case .reset:
            return reset(now: now)
        case .forget:
            return forget()
        case .debug:
            debug.toggle()
            return Response(lines: [.notice("debug \(debug ? "on" : "off")")])
        case .slots:
            let slots = session.slots.sorted { $0.key < $1.key }
            return Response(lines: slots.isEmpty ? [.notice("no slots filled")]
                : slots.map { .detail($0.key, $0.value.displayText) })
        case .state:
            var lines: [ChatLine] = [.detail("state", session.state ?? "(none yet)")]
            if let form = session.form {
                lines.append(.detail("asking", "\(form.slot) (invalid answers: \(form.attempts))"))
            }
            lines.append(.detail("turns", String(session.turns)))
            lines.append(.detail("session", storesTurns ? sessionID : "\(sessionID) (not stored)"))
            return Response(lines: lines)
        case .why:
            guard let lastTurn, !lastTurn.reply.nlu.text.isEmpty || lastTurn.reply.button != nil else {
                return Response(lines: [.notice("nothing to explain yet: send a message first")])
            }
            return Response(lines: lastTurn.whyLines)
        case .reload:
            return Response(lines: [], action: .reload)
        case .quit:
            return Response(lines: [], action: .quit)
        }
    }

    /// A reply as lines: each message, then one line of all its buttons, numbered as the
    /// session keeps them (the dialog flattens the buttons of every message).
    static func lines(of reply: Reply) -> [ChatLine] {
        var lines: [ChatLine] = reply.messages.filter { !$0.text.isEmpty }.map { .bot($0.text) }
        let labels = reply.messages.flatMap(\.buttons).map(\.label)
        if !labels.isEmpty { lines.append(.buttons(labels)) }
        return lines
    }
}

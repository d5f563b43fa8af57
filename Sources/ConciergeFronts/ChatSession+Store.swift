import ConciergeDialog
import ConciergeEngine
import ConciergeNLU
import Foundation

/// The REPL's side of the store: resuming a session, turns held until their commit, `/reset`
/// and `/forget`. The same records `serve` commits (`TurnCommit(sessionID:session:reply:message:at:)`,
/// a forget of the session), so a conversation typed in the terminal is stored, resumed and
/// erased exactly like one from the widget. The driver performs them and reports back.
///
///     var chat = ChatSession(bot: bot, storesTurns: true, sessionID: "s1")
///     chat.resume(.found(stored), now: date)   // [.notice("resumed session s1 (2 turns)"), .bot("How many people …?")]
///     chat.handle("40", now: date).action      // .commit(TurnCommit(sessionID: "s1", …))
///     chat.committed(failure: nil)             // [.bot("And what's the name of your company?")]
extension ChatSession {
    /// A turn computed but not shown: what the conversation becomes once it is stored.
    struct PendingTurn: Sendable {
        var session: DialogSession
        var random: SplitMix64
        var report: TurnReport?
        var lines: [ChatLine]
    }

    /// A fresh session id: `repl-` and the UTC time to the second, then 6 random hex digits
    /// so two chats started in the same second stay apart.
    ///
    ///     ChatSession.generatedSessionID(now: date, random: &random)   // "repl-20261122-100000-3fa2c1"
    public static func generatedSessionID<Random: RandomNumberGenerator>(now: Date, random: inout Random) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        func two(_ value: Int?) -> String { String(String(100 + (value ?? 0)).suffix(2)) }
        let date = String(parts.year ?? 0) + two(parts.month) + two(parts.day)
        let time = two(parts.hour) + two(parts.minute) + two(parts.second)
        let suffix = String(random.next() & 0xFF_FFFF | 0x100_0000, radix: 16).dropFirst()
        return "repl-\(date)-\(time)-\(suffix)"
    }

    /// A fresh session id from the system's random source (the REPL's default).
    public static func generatedSessionID(now: Date) -> String {
        var random = SystemRandomNumberGenerator()
        return generatedSessionID(now: now, random: &random)
    }

    /// The conversation taken up where it stopped: a "resumed" line and the bot's last
    /// message (a pending form question). A new id, or a session stored by a reset before any
    /// message, starts with the greeting; a session the store could not read says so first.
    public mutating func resume(_ stored: StoredSession, now: Date) -> [ChatLine] {
        switch stored {
        case .absent:
            return start(now: now)
        case .failed(let message):
            // The next turn overwrites what could not be read: say so rather than hide it.
            return [.error("could not resume session \(sessionID): \(message); starting over")] + start(now: now)
        case .found(let dialog) where dialog.turns == 0:
            return start(now: now)
        case .found(let dialog):
            session = dialog
            lastTurn = nil
            let turns = dialog.turns
            var lines: [ChatLine] = [.notice("resumed session \(sessionID) (\(turns) turn\(turns == 1 ? "" : "s"))")]
            // The bot's last message is what the user was left with: in a form, the pending question.
            if let last = dialog.transcript.last?.bot.last(where: { !$0.isEmpty }) { lines.append(.bot(last)) }
            if !dialog.buttons.isEmpty { lines.append(.buttons(dialog.buttons.map(\.label))) }
            return lines
        }
    }

    /// The turn shown at once when nothing is stored; else held until `committed`.
    mutating func hold(_ turn: PendingTurn, _ commit: TurnCommit, before: [ChatLine]) -> Response {
        guard storesTurns else {
            apply(turn)
            return Response(lines: before + turn.lines)
        }
        pending = turn
        return Response(lines: before, action: .commit(commit))
    }

    /// The end of the commit asked for by `.commit`: the held turn's lines once it is stored;
    /// when the store refused it, the conversation stays as it was, to be typed again.
    public mutating func committed(failure: String?) -> [ChatLine] {
        guard let turn = pending else { return [] }
        pending = nil
        if let failure {
            return [.error("the store could not save this turn, so nothing changed: \(failure)")]
        }
        apply(turn)
        return turn.lines
    }

    private mutating func apply(_ turn: PendingTurn) {
        session = turn.session
        random = turn.random
        lastTurn = turn.report
    }

    /// `/reset`: the same session id starts over. As with serve's `reset`, the fresh session
    /// replaces the stored one (so a restart does not resume the old conversation) without a
    /// transcript entry; earlier turns stay in the transcript until `/forget`.
    mutating func reset(now: Date) -> Response {
        var fresh = self
        fresh.session = DialogSession()
        fresh.random = SplitMix64(seed: seed)
        fresh.lastTurn = nil
        let greeting = fresh.start(now: now)
        let turn = PendingTurn(session: fresh.session, random: fresh.random, report: fresh.lastTurn,
                               lines: [.notice("conversation reset")] + greeting)
        guard let reply = fresh.lastTurn?.reply else {
            apply(turn)
            return Response(lines: turn.lines)
        }
        return hold(turn, TurnCommit(sessionID: sessionID, session: fresh.session, reply: reply, message: nil, at: now),
                    before: [])
    }

    /// The person at the terminal left (`/quit`, Ctrl-D): as with serve's `close`, a lead form
    /// they agreed to and left halfway goes to sales now. Nothing is said; with a store the lead
    /// waits for its commit like any turn (`.commit`), and without one there is nowhere to send it.
    ///
    ///     chat.close(now: date).action   // .commit(TurnCommit(…, leads: [the lead])) or .none
    public mutating func close(now: Date) -> Response {
        guard storesTurns, pending == nil else { return Response(lines: []) }
        var next = session
        var random = self.random
        let reply = bot.close(session: &next, now: now, random: &random)
        guard !reply.events.isEmpty else { return Response(lines: []) }
        let report = TurnReport(previousState: session.state, reply: reply, bot: bot)
        let turn = PendingTurn(session: next, random: random, report: report, lines: debug ? report.debugLines : [])
        return hold(turn, TurnCommit(sessionID: sessionID, session: next, reply: reply, message: nil, at: now), before: [])
    }

    /// `/forget`: asks the driver to delete every trace of this session from the store (as
    /// `concierge forget` does); `forgotten` then starts a fresh conversation.
    mutating func forget() -> Response {
        guard storesTurns else { return Response(lines: [.notice("nothing is stored: this chat runs without a store (--no-store)")]) }
        return Response(lines: [], action: .forget(sessionID: sessionID))
    }

    /// The end of the forget asked for by `.forget`: a fresh conversation under a new session
    /// id, or the error when the store could not forget.
    public mutating func forgotten(_ result: Result<ForgetResult, StoreFailure>, now: Date) -> [ChatLine] {
        switch result {
        case .failure(let failure):
            return [.error("the store could not forget session \(sessionID): \(failure.message)")]
        case .success(let forgotten):
            let previous = sessionID
            sessionID = newSessionID(now)
            session = DialogSession()
            random = SplitMix64(seed: seed)
            lastTurn = nil
            return [.notice("\(forgotten.summary(subject: previous)); new session \(sessionID)")] + start(now: now)
        }
    }
}

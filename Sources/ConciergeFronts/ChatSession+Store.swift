import ConciergeDialog
import ConciergeEngine
import ConciergeNLU
import ConciergeStore
import Foundation

/// The REPL's store: resuming a session, committing turns, `/reset` and `/forget`. The same
/// operations `serve` performs (`TurnCommit(sessionID:session:reply:message:at:)`,
/// `ConversationStore.forget`), so a conversation typed in the terminal is stored, resumed and
/// erased exactly like one from the widget.
///
///     var chat = ChatSession(bot: bot, store: store, sessionID: "s1")
///     chat.start(now: date)                  // [.notice("resumed session s1 (2 turns)"), .bot("How many people …?")]
///     chat.handle("/forget", now: date)      // [.notice("forgot 1 session (s1): 2 transcript turns, 0 leads; new session repl-…"), …]
extension ChatSession {
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

    /// The stored session `sessionID`, taken up where it stopped; nil when there is nothing to
    /// resume (no store, a new id, or a session stored by a reset before any message).
    mutating func resume(now: Date) -> [ChatLine]? {
        guard let store else { return nil }
        let stored: DialogSession?
        do {
            stored = try store.loadSession(id: sessionID)
        } catch {
            // The next turn overwrites what could not be read: say so rather than hide it.
            return [.error("could not resume session \(sessionID): \(error); starting over")] + greet(now: now)
        }
        guard let stored, stored.turns > 0 else { return nil }
        session = stored
        lastTurn = nil
        var lines: [ChatLine] = [.notice("resumed session \(sessionID) (\(stored.turns) turn\(stored.turns == 1 ? "" : "s"))")]
        // The bot's last message is what the user was left with: in a form, the pending question.
        if let last = stored.transcript.last?.bot.last(where: { !$0.isEmpty }) { lines.append(.bot(last)) }
        if !stored.buttons.isEmpty { lines.append(.buttons(stored.buttons.map(\.label))) }
        return lines
    }

    /// Stores one turn (nothing without a store); the error line to show when the store refused it.
    func commit(_ turn: TurnCommit) -> ChatLine? {
        guard let store else { return nil }
        do {
            try store.commit(turn)
            return nil
        } catch {
            return .error("the store could not save this turn, so nothing changed: \(error)")
        }
    }

    /// `/reset`: the same session id starts over. As with serve's `reset`, the fresh session
    /// replaces the stored one (so a restart does not resume the old conversation) without a
    /// transcript turn; earlier turns stay in the transcript until `/forget`.
    mutating func reset(now: Date) -> [ChatLine] {
        let saved = (session, random, lastTurn)
        session = DialogSession()
        random = SplitMix64(seed: seed)
        lastTurn = nil
        let greeting = greet(now: now)
        if let reply = lastTurn?.reply,
           let failure = commit(TurnCommit(sessionID: sessionID, session: session, reply: reply, message: nil, at: now)) {
            (session, random, lastTurn) = saved
            return [failure]
        }
        return [.notice("conversation reset")] + greeting
    }

    /// `/forget`: deletes every trace of this session from the store (as `concierge forget`
    /// does), then starts a fresh conversation under a new session id.
    mutating func forget(now: Date) -> [ChatLine] {
        guard let store else { return [.notice("nothing is stored: this chat runs without a store (--no-store)")] }
        let result: ForgetResult
        do {
            result = try store.forget(.session(sessionID))
        } catch {
            return [.error("the store could not forget session \(sessionID): \(error)")]
        }
        let forgotten = sessionID
        sessionID = newSessionID(now)
        session = DialogSession()
        random = SplitMix64(seed: seed)
        lastTurn = nil
        return [.notice("\(result.summary(subject: forgotten)); new session \(sessionID)")] + greet(now: now)
    }
}

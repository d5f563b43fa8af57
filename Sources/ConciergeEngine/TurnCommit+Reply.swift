import ConciergeDialog
import Foundation

extension TurnCommit {
    /// What a front stores for one turn of `sessionID`: the session after the turn, the
    /// transcript entry of the user's `message` (none for a reset or an opening, which are no
    /// user messages) and the leads the reply captured. Serve and the REPL both commit this
    /// before showing the reply, so an acknowledged lead is always on disk.
    ///
    ///     let (reply, next) = bot.step(session: session, message: UserMessage(text: "ana@acme.com"), …)
    ///     try store.commit(TurnCommit(sessionID: "s1", session: next, reply: reply, message: "ana@acme.com", at: now))
    public init(sessionID: String, session: DialogSession, reply: Reply, message: String?, at now: Date) {
        // The NLU text of the reply is the message with personal values masked until consent.
        let turn = message.map { text in
            TranscriptEntry(text: reply.nlu.text.isEmpty ? text : reply.nlu.text, intent: reply.intent, confidence: reply.nlu.intent.confidence,
                            state: reply.state, events: reply.events,
                            reply: reply.storedReplies.count == reply.messages.count ? reply.storedReplies : reply.messages.map(\.text))
        }
        self.init(sessionID: sessionID, session: session, turn: turn,
                  leads: LeadRecord.records(in: reply.events, sessionID: sessionID, at: now), at: now,
                  erasure: reply.erasure, leadChanges: LeadRecord.changes(in: reply.events))
    }
}

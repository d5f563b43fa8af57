import ConciergeEngine

/// The revision each turn of a batch gives its session: one more than the session had, each
/// turn checked against the revision its front computed it on (`TurnCommit.revision`). A
/// mismatch means another process applied a turn to the session since this one read it, so
/// the batch is refused rather than overwrite that turn. Both stores use it inside the
/// transaction, after reading (and, in PostgreSQL, locking) the sessions.
///
///     try Revisions.after([TurnCommit(sessionID: "s1", at: now)], stored: ["s1": 4])   // [5]
enum Revisions {
    /// The revision after each turn, in order. `stored` lacks the sessions not stored yet (0).
    static func after(_ turns: [TurnCommit], stored: [String: Int]) throws(StoreError) -> [Int] {
        var current = stored
        var revisions: [Int] = []
        revisions.reserveCapacity(turns.count)
        for turn in turns {
            let before = current[turn.sessionID] ?? 0
            if let expected = turn.revision, expected != before + 1 {
                throw StoreError.conflict(sessionID: turn.sessionID, stored: before, read: expected - 1)
            }
            current[turn.sessionID] = before + 1
            revisions.append(before + 1)
        }
        return revisions
    }

    /// The answered requests a session keeps once it reached `revision`: those whose turn's
    /// revision is above this bound go on, the older are deleted.
    static func forgottenUpTo(_ revision: Int) -> Int {
        revision - AnsweredRequest.remembered
    }
}

import ConciergeDialog
import Synchronization

/// A session's transcript tail (`DialogSession.transcript`, its last 20 turns) stored by
/// reference: the session row lists the ids of the turn rows that hold those turns (column
/// `session.tail`, e.g. `"812,815,901"`) instead of carrying them in its JSON. Each turn row
/// already has the user's text, and keeps the bot's texts in `turn.reply`.
///
/// Why: with the tail inside, every turn rewrote a 2.5 KB session row, one SQLite page per
/// session per batch in the WAL, and encoded all of it as JSON; a store-backed `serve` spent
/// about half of its time on that. Without it a session row is a few hundred bytes.
///
/// A tail is stored by reference only when the turn rows give back exactly the session's
/// transcript: the commit compares the transcript with the turns the store knows it wrote
/// for that session (`TailCache`). Otherwise (a masked text, an edited transcript, a session
/// this process has not written before) the tail goes into the JSON as before, so a reloaded
/// session always equals the one that was stored.
enum SessionTail {
    /// The transcript turn that a turn row stands for, cut like the dialog cuts user text.
    ///
    ///     SessionTail.turn(text: "hi", reply: ["Hello!"])   // TranscriptTurn(user: "hi", bot: ["Hello!"])
    static func turn(text: String, reply: [String]) -> TranscriptTurn {
        let limit = DialogSession.transcriptTextLimit
        // `prefix` copies; most messages are short enough to keep as they are.
        let user = text.utf8.count <= limit ? text : String(text.prefix(limit))
        return TranscriptTurn(user: user, bot: reply)
    }

    /// True when `transcript` is the end of the turns `stored` followed by `added`.
    ///
    ///     SessionTail.isSuffix([b, c], of: [a, b], then: [c])   // true
    static func isSuffix(_ transcript: [TranscriptTurn], of stored: [TranscriptTurn], then added: [TranscriptTurn]) -> Bool {
        let total = stored.count + added.count
        guard transcript.count <= total else { return false }
        let start = total - transcript.count
        // Field by field on the arrays' storage: comparing whole `TranscriptTurn` values
        // copied them (four retains and releases per turn, 20 turns per commit).
        return transcript.withUnsafeBufferPointer { expected in
            stored.withUnsafeBufferPointer { stored in
                added.withUnsafeBufferPointer { added in
                    for offset in expected.indices {
                        let index = start + offset
                        let same = index < stored.count ? Self.same(stored, index, expected, offset)
                            : Self.same(added, index - stored.count, expected, offset)
                        if !same { return false }
                    }
                    return true
                }
            }
        }
    }

    private static func same(_ lhs: UnsafeBufferPointer<TranscriptTurn>, _ left: Int,
                             _ rhs: UnsafeBufferPointer<TranscriptTurn>, _ right: Int) -> Bool {
        lhs[left].user == rhs[right].user && lhs[left].bot == rhs[right].bot
    }

    /// The `session.tail` text of some turn ids.
    ///
    ///     SessionTail.text([812, 815])   // "812,815"
    static func text<Ids: Sequence<Int64>>(_ ids: Ids) -> String {
        // Digits by hand: `map(String.init).joined` was a tenth of the commit.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(160)
        var digits: [UInt8] = []
        for id in ids {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: ",")) }
            var value = id.magnitude
            if id < 0 { bytes.append(UInt8(ascii: "-")) }
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(value % 10))
                value /= 10
            } while value > 0
            bytes.append(contentsOf: digits.reversed())
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The turn ids of a `session.tail` text; nil when it is not one.
    static func ids(_ text: String) -> [Int64]? {
        if text.isEmpty { return [] }
        var ids: [Int64] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let id = Int64(part) else { return nil }
            ids.append(id)
        }
        return ids
    }
}

/// The last turns stored for a session, oldest first: their turn row ids and the transcript
/// turns they give back. Turn rows are never changed once written (and ids are not reused:
/// AUTOINCREMENT), so a chain stays true for as long as its rows exist.
struct TailChain: Hashable, Sendable {
    var ids: [Int64] = []
    var turns: [TranscriptTurn] = []

    /// Adds turns at the end, keeping the last `DialogSession.transcriptLimit`.
    mutating func append(ids newIDs: [Int64], turns newTurns: [TranscriptTurn]) {
        ids.append(contentsOf: newIDs)
        turns.append(contentsOf: newTurns)
        let excess = ids.count - DialogSession.transcriptLimit
        if excess > 0 {
            ids.removeFirst(excess)
            turns.removeFirst(excess)
        }
    }
}

/// The chain of each session this store instance wrote or read, so that a commit can tell,
/// without reading the database, whether a session's transcript is the end of its stored
/// turns. Chains are changed in place under the lock: copying them per turn (20 turns of
/// strings each) cost more than the JSON they save.
///
/// Only ever a shortcut: a session missing here is stored with its tail in the JSON, which
/// is what happens for at most 20 turns after a restart or an eviction.
final class TailCache: Sendable {
    /// How many sessions it remembers; past that, about half are forgotten (~2 KB each).
    static let capacity = 20_000

    private let chains = Mutex<[String: TailChain]>([:])

    /// For each session of `candidates` whose transcript is the end of its known chain then
    /// the batch's `added` turns: the chain's ids, which the batch's new ids will follow.
    func references(_ candidates: [(sessionID: String, transcript: [TranscriptTurn], added: [TranscriptTurn])])
        -> [String: [Int64]] {
        chains.withLock { known in
            var found: [String: [Int64]] = [:]
            for candidate in candidates {
                let chain = known[candidate.sessionID] ?? TailChain()
                if SessionTail.isSuffix(candidate.transcript, of: chain.turns, then: candidate.added) {
                    found[candidate.sessionID] = chain.ids
                }
            }
            return found
        }
    }

    /// Adds a committed batch's turns to the chains of their sessions. The chains are the
    /// cache's own arrays (never a session's transcript array: sharing it would make the
    /// dialog copy its transcript on its next turn).
    func append(ids: [String: [Int64]], turns: [String: [TranscriptTurn]]) {
        guard !ids.isEmpty else { return }
        chains.withLock { known in
            Self.makeRoom(in: &known, for: ids.count)
            for (sessionID, newIDs) in ids {
                known[sessionID, default: TailChain()].append(ids: newIDs, turns: turns[sessionID] ?? [])
            }
        }
    }

    /// Replaces a session's chain (with the turns a load read back).
    func store(_ chain: TailChain, for sessionID: String) {
        chains.withLock { known in
            Self.makeRoom(in: &known, for: 1)
            known[sessionID] = chain
        }
    }

    /// Forgets sessions, after their turns were deleted.
    func remove<IDs: Sequence<String>>(_ sessionIDs: IDs) {
        chains.withLock { known in
            for id in sessionIDs { known.removeValue(forKey: id) }
        }
    }

    private static func makeRoom(in known: inout [String: TailChain], for count: Int) {
        guard known.count + count > capacity else { return }
        // Dictionary order is arbitrary: a cheap way to forget about half of them.
        for key in Array(known.keys.prefix(known.count / 2)) { known.removeValue(forKey: key) }
    }
}

import ConciergeEngine
import ConciergeFronts
import ConciergeStore

/// What `serve` knows of the sessions of a shared store (PostgreSQL): each as of its last
/// turn this process stored, with its revision. The protocol core keeps no session once
/// stored (another worker may move it on); before a batch, the driver asks the store only for
/// the sessions' revisions, and decodes again only those another worker changed. A stale
/// entry is never used: its revision differs from the stored one. And should a turn land in
/// between, the commit refuses it (`Revisions`).
///
///     var cache = SharedSessionCache()
///     let loaded = try cache.load(["web-42"], from: store)   // one short query when nothing changed
///     cache.stored(turns)                                    // after the commit succeeded
struct SharedSessionCache {
    /// Beyond this many sessions the cache starts over (a session not seen for long is read again).
    static let capacity = 50_000

    private var entries: [String: StoredConversation] = [:]

    /// The sessions `ids`, read from the store when they changed (or are unknown here).
    mutating func load(_ ids: [String], from store: any ConversationStore) throws -> [String: StoredConversation] {
        let revisions = try store.revisions(of: ids)
        var loaded: [String: StoredConversation] = [:]
        var changed: [String] = []
        for id in ids {
            if let known = entries[id], known.revision == revisions[id] ?? 0 {
                loaded[id] = known
            } else {
                changed.append(id)
            }
        }
        if !changed.isEmpty {
            let fresh = try store.loadConversations(ids: changed)
            for id in changed {
                let conversation = fresh[id] ?? StoredConversation()
                loaded[id] = conversation
                entries[id] = conversation
            }
        }
        return loaded
    }

    /// Takes in the turns this process just stored: each session's new revision, last
    /// snapshot and the keys of its answered requests.
    mutating func stored(_ turns: [TurnCommit]) {
        if entries.count > Self.capacity { entries.removeAll(keepingCapacity: true) }
        for turn in turns {
            guard let revision = turn.revision, turn.erasure == nil else {
                // Applied whatever the revision, or rewrote older answers: not known here.
                entries.removeValue(forKey: turn.sessionID)
                continue
            }
            var entry = entries[turn.sessionID] ?? StoredConversation()
            entry.revision = revision
            if let session = turn.session { entry.session = session }
            if let answered = turn.answered {
                entry.answeredKeys.append(answered.key)
                if entry.answeredKeys.count > AnsweredRequest.remembered {
                    entry.answeredKeys.removeFirst(entry.answeredKeys.count - AnsweredRequest.remembered)
                }
            }
            entries[turn.sessionID] = entry
        }
    }

    /// Drops sessions whose stored state is unknown here (a refused commit, a forget).
    mutating func forget(_ ids: some Sequence<String>) {
        for id in ids { entries.removeValue(forKey: id) }
    }
}

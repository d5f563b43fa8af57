import ConciergeDialog
import ConciergeEngine
import ConciergeNLU
import ConciergeStore

/// Group commit: the requests already at hand are answered together, their turns stored in
/// one transaction before any of their responses exists. A store transaction per turn cost
/// `serve` most of its throughput; one per batch costs little, and a client that sends one
/// line at a time still gets batches of one, so nothing waits for company.
///
///     var server = ProtocolServer(bot: bot, clock: .system(timeZone: .current), store: store)
///     let responses = server.respond(to: frames, maxLineBytes: LineFramer.defaultMaxLineBytes)
///     // one response per frame, in order; every turn among them is stored
extension ProtocolServer {
    /// The responses (without newlines) to a batch of frames, in order. The turns are stored
    /// together (all or nothing) before this returns; when the store refuses them, each of
    /// them is answered `internal` and their sessions are as they were before the batch.
    public mutating func respond(to frames: [LineFramer.Frame], maxLineBytes: Int) -> [[UInt8]] {
        var batch = TurnBatch()
        for frame in frames {
            switch frame {
            case .tooLong(let count):
                batch.responses.append(respondToLongLine(byteCount: count, limit: maxLineBytes))
            case .line(let bytes):
                do throws(ProtocolError) {
                    answer(try ProtocolRequest.decode(bytes), in: &batch)
                } catch {
                    batch.responses.append(encoder.error(error))
                }
            }
        }
        return finish(&batch)
    }

    /// Computes one request's turn into `batch`, to be stored and answered by `flush`. A
    /// forget first stores the turns before it, so that it erases them too.
    mutating func answer(_ request: ProtocolRequest, in batch: inout TurnBatch) {
        if case .forget = request.kind {
            flush(&batch)
            batch.responses.append(forget(request))
            return
        }
        let (now, timeZone) = clock.now
        if let earlier = batch.lastCommit[request.session] {
            // The store keeps only a session's last snapshot of a batch, so the earlier turn's
            // is not needed; holding it made the dialog copy the session's storage (slots,
            // transcript) on this turn.
            batch.commits[earlier].session = nil
        }
        let inTable = sessions.removeValue(forKey: request.session)
        // Only a store can refuse a batch; without one, keeping the sessions as they were
        // would only make the dialog copy their storage.
        if store != nil, batch.before.index(forKey: request.session) == nil {
            batch.before[request.session] = .some(inTable)
        }
        // Taken out of the table, so the session's storage is uniquely referenced while it changes.
        var entry = (consume inTable) ?? storedEntry(request.session)
            ?? Entry(dialog: DialogSession(), random: SplitMix64(seed: Self.seed(for: request.session)))
        let reply: Reply
        // The user's text, stored as a transcript turn; a reset is none.
        var typed: String?
        switch request.kind {
        case .message(let message, let context):
            typed = message
            reply = bot.step(session: &entry.dialog, message: UserMessage(text: message, context: context),
                             now: now, timeZone: timeZone, random: &entry.random)
        case .reset, .forget:
            // A reset stores the fresh session but is no turn of the transcript (the report
            // counts user messages).
            entry = Entry(dialog: DialogSession(), random: SplitMix64(seed: Self.seed(for: request.session)))
            (reply, entry.dialog) = bot.start(session: entry.dialog, now: now, random: &entry.random)
        }
        // In the table at once: a later request of the same session in this batch continues it.
        sessions[request.session] = entry
        if store != nil {
            batch.lastCommit[request.session] = batch.commits.count
            batch.commits.append(TurnCommit(sessionID: request.session, session: entry.dialog, reply: reply,
                                            message: typed, at: now))
        }
        batch.turns.append(TurnBatch.Turn(request: request, reply: reply))
        batch.responses.append(nil)
    }

    /// Stores the pending turns in one transaction, then encodes their responses into their
    /// places. When the store refuses, every pending turn is answered `internal` and every
    /// session they touched is put back as it was: nothing is acknowledged that is not stored.
    mutating func flush(_ batch: inout TurnBatch) {
        guard !batch.turns.isEmpty else { return }
        var answers: [[UInt8]]
        do {
            try store?.commit(batch.commits)
            answers = batch.turns.map { encodeReply($0) }
        } catch {
            for (id, before) in batch.before { sessions[id] = before }
            answers = batch.turns.map { turn in
                encoder.error(ProtocolError(code: .internal, message: "the store could not save this turn: \(error)",
                                            id: turn.request.id, session: turn.request.session))
            }
        }
        var next = answers.makeIterator()
        for index in batch.responses.indices where batch.responses[index] == nil {
            batch.responses[index] = next.next()
        }
        batch.turns.removeAll()
        batch.commits.removeAll()
        batch.lastCommit.removeAll()
        batch.before.removeAll()
    }

    /// Flushes the batch and hands back all its responses, in request order.
    mutating func finish(_ batch: inout TurnBatch) -> [[UInt8]] {
        flush(&batch)
        defer { batch = TurnBatch() }
        return batch.responses.compactMap { $0 }
    }

    private func encodeReply(_ turn: TurnBatch.Turn) -> [UInt8] {
        do {
            if case .reset = turn.request.kind {
                return try encoder.reply(turn.reply, id: turn.request.id, session: turn.request.session,
                                         answeredIntent: false)
            }
            return try encoder.reply(turn.reply, id: turn.request.id, session: turn.request.session)
        } catch {
            return encoder.error(ProtocolError(code: .internal, message: "could not encode the reply: \(error)",
                                               id: turn.request.id, session: turn.request.session))
        }
    }
}

/// Requests answered together: their responses in order (nil until the turn is stored) and
/// the turns waiting for the store, with what the table held before each session's first turn.
struct TurnBatch {
    struct Turn {
        var request: ProtocolRequest
        var reply: Reply
    }

    var responses: [[UInt8]?] = []
    var turns: [Turn] = []
    /// What the store gets, one per turn (none without a store), and the index of each
    /// session's last one.
    var commits: [TurnCommit] = []
    var lastCommit: [String: Int] = [:]
    /// Each session's table entry before the batch touched it (nil: it was not in the table).
    var before: [String: ProtocolServer.Entry?] = [:]
}

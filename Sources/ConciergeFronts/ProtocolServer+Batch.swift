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
        var batch = compute(read(frames, maxLineBytes: maxLineBytes))
        return finish(&batch)
    }

    /// The frames as requests; a frame that is no request is already its (error) response.
    func read(_ frames: [LineFramer.Frame], maxLineBytes: Int) -> [FrameRequest] {
        frames.map { frame in
            switch frame {
            case .tooLong(let count):
                return .refused(respondToLongLine(byteCount: count, limit: maxLineBytes))
            case .line(let bytes):
                do throws(ProtocolError) {
                    return .request(try ProtocolRequest.decode(bytes))
                } catch {
                    return .refused(encoder.error(error))
                }
            }
        }
    }

    /// Computes the turns of `requests` into a batch that `flush` (or a `ProtocolPipeline`)
    /// stores and answers. A forget among them stores the turns before it at once.
    mutating func compute(_ requests: [FrameRequest]) -> TurnBatch {
        var batch = TurnBatch()
        for request in requests {
            switch request {
            case .request(let request): answer(request, in: &batch)
            case .refused(let response): batch.responses.append(response)
            }
        }
        return batch
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
    /// places (see `settle`).
    mutating func flush(_ batch: inout TurnBatch) {
        guard !batch.turns.isEmpty else { return }
        var failure: String?
        do {
            try store?.commit(batch.commits)
        } catch {
            failure = "\(error)"
        }
        settle(&batch, failure: failure)
    }

    /// Answers the pending turns of a batch once the store took them (`failure` nil) or
    /// refused them. When it refused, every pending turn is answered `internal` and every
    /// session they touched is put back as it was: nothing is acknowledged that is not stored.
    mutating func settle(_ batch: inout TurnBatch, failure: String?) {
        guard !batch.turns.isEmpty else { return }
        var answers: [[UInt8]]
        if let failure {
            restore(batch.before)
            answers = batch.turns.map { turn in
                encoder.error(ProtocolError(code: .internal, message: "the store could not save this turn: \(failure)",
                                            id: turn.request.id, session: turn.request.session))
            }
        } else {
            answers = batch.turns.map { encodeReply($0) }
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

    /// Puts sessions back in the table as a batch found them (nil: not in the table).
    mutating func restore(_ before: [String: Entry?]) {
        for (id, entry) in before { sessions[id] = entry }
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

/// A request line as read: the request, or the response refusing a line that is none.
enum FrameRequest {
    case request(ProtocolRequest)
    case refused([UInt8])

    var isForget: Bool {
        if case .request(let request) = self, case .forget = request.kind { return true }
        return false
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

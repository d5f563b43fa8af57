import ConciergeDialog
import ConciergeEngine
import ConciergeJSON
import ConciergeNLU
import Foundation

/// How `ProtocolServer` moves requests along: read → (load their sessions) → compute into a
/// batch → commit → settle (encode the responses, or refuse them) → write.
extension ProtocolServer {
    /// Computes what can be computed and asks for what is missing: sessions to load, the
    /// next commit, a forget once everything before it is stored.
    mutating func advance() -> [Action] {
        var actions: [Action] = []
        while !isLoading, pendingForget == nil, !waiting.isEmpty {
            let runEnd = waiting.firstIndex(where: \.isForget) ?? waiting.count
            let missing = missingSessions(in: waiting[..<runEnd])
            if !missing.isEmpty {
                isLoading = true
                actions.append(.loadSessions(missing))
                break
            }
            let unread = unreadAnswers(in: waiting[..<runEnd])
            if !unread.isEmpty {
                isLoading = true
                actions.append(.loadAnswers(unread))
                break
            }
            let run = Array(waiting[..<runEnd])
            waiting.removeFirst(runEnd)
            if !run.isEmpty { queued.append(compute(run)) }
            readAnswers.removeAll()
            if !waiting.isEmpty { pendingForget = waiting.removeFirst() }
        }
        actions += startCommit()
        actions += startForget()
        return actions
    }

    /// The sessions a run of requests needs from the store (in order of first use).
    private func missingSessions(in run: ArraySlice<WaitingRequest>) -> [String] {
        guard storesTurns else { return [] }
        var missing: [String] = []
        var seen: Set<String> = []
        for waiting in run {
            // A reset is read too: its revision and remembered answers go on.
            guard case .request(let request) = waiting.request, !request.isForget,
                  sessions[request.session] == nil, seen.insert(request.session).inserted else { continue }
            missing.append(request.session)
        }
        return missing
    }

    /// Hands every queued batch to one commit, or answers them at once when there is nothing
    /// to store.
    private mutating func startCommit() -> [Action] {
        guard committing == nil, !queued.isEmpty else { return [] }
        var batches = queued
        queued.removeAll()
        let turns = batches.flatMap(\.commits)
        if storesTurns, !turns.isEmpty {
            committing = batches
            return [.commit(turns)]
        }
        for index in batches.indices { settle(&batches[index], failure: nil) }
        forgetStoredSessions()
        return [.write(batches.flatMap { $0.responses.compactMap { $0 } })]
    }

    /// With a shared store, empties the table once what it holds is stored: each session is
    /// read again for its next request (another worker may move it on meanwhile), except
    /// those a batch computed since, and not stored yet, goes on from. Sessions read only to
    /// answer a resend or a refused handback go too.
    mutating func forgetStoredSessions() {
        guard sharesStore else { return }
        let goingOn = Set(queued.flatMap(\.before.keys) + (committing ?? []).flatMap(\.before.keys))
        sessions = sessions.filter { goingOn.contains($0.key) }
    }

    /// Starts the pending forget once every turn before it is stored.
    private mutating func startForget() -> [Action] {
        guard let forget = pendingForget, !isForgetting, committing == nil, queued.isEmpty,
              case .request(let request) = forget.request else { return [] }
        sessions.removeValue(forKey: request.session)
        guard storesTurns else {
            pendingForget = nil
            let response = encoder.forgotten(ForgetResult(sessionIDs: [request.session]), id: request.id,
                                             session: request.session)
            return [.write([response])] + advance()
        }
        isForgetting = true
        return [.forget(.session(request.session))]
    }

    /// The frame as a request; a frame that is no request is already its (error) response.
    func decode(_ frame: LineFramer.Frame) -> FrameRequest {
        switch frame {
        case .tooLong(let count):
            return .refused(encoder.error(ProtocolError(
                code: .lineTooLong, message: "the line has \(count) bytes; the limit is \(maxLineBytes)")))
        case .line(let bytes):
            do throws(ProtocolError) {
                return .request(try ProtocolRequest.decode(bytes))
            } catch {
                return .refused(encoder.error(error))
            }
        }
    }

    /// Answers `internal` the waiting requests of sessions the store could not read.
    mutating func refuseRequests(of failures: [String: String]) {
        refuseWaiting { request in
            guard request.continuesSession, let message = failures[request.session] else { return nil }
            return "the store could not load session \(request.session): \(message)"
        }
    }

    /// Answers `internal` each waiting request `why` gives a reason for (nil: it stays).
    mutating func refuseWaiting(_ why: (ProtocolRequest) -> String?) {
        for index in waiting.indices {
            guard case .request(let request) = waiting[index].request, let message = why(request) else { continue }
            waiting[index].request = .refused(encoder.error(ProtocolError(
                code: .internal, message: message, id: request.id, session: request.session)))
        }
    }

    /// Computes the turns of a run of requests (none of them a forget) into a batch.
    mutating func compute(_ run: [WaitingRequest]) -> PendingBatch {
        var batch = PendingBatch(requests: run)
        for waiting in run {
            switch waiting.request {
            case .request(let request): answer(request, now: waiting.now, timeZone: waiting.timeZone, in: &batch)
            case .refused(let response): batch.responses.append(response)
            }
        }
        return batch
    }

    /// Computes one request's turn into `batch`; its response waits for the commit.
    private mutating func answer(_ request: ProtocolRequest, now: Date, timeZone: TimeZone, in batch: inout PendingBatch) {
        let key = storesTurns ? request.answerKey : nil
        if let key, sessions[request.session]?.history.answeredKeys.contains(key) == true {
            // Answered already (a resend): the same response, nothing applied again.
            let outcome = resentOutcome(of: request, address: AnswerAddress(sessionID: request.session, key: key), in: batch)
            batch.answers.append(PendingBatch.Answer(request: request, outcome: outcome))
            batch.responses.append(nil)
            return
        }
        if case .handback = request.kind, let refusal = handbackRefusal(request) {
            // No turn and nothing to store, but the answer still waits for the commit of the
            // batch: it reads the session as the turns before it in the batch left it.
            batch.answers.append(PendingBatch.Answer(request: request, outcome: .refused(refusal)))
            batch.responses.append(nil)
            return
        }
        if case .close = request.kind, sessions[request.session]?.dialog.state == nil {
            // The visitor of a conversation that never started left: nothing to pass on, and
            // no session is stored for it (a desk may close every widget that opened).
            var scratch = Entry(request.session)
            let reply = bot.close(session: &scratch.dialog, now: now, random: &scratch.random)
            batch.answers.append(PendingBatch.Answer(request: request, outcome: .reply(reply)))
            batch.responses.append(nil)
            return
        }
        if let earlier = batch.lastCommit[request.session] {
            // The store keeps only a session's last snapshot of a batch, so the earlier turn's
            // is not needed; holding it made the dialog copy the session's storage (slots,
            // transcript) on this turn.
            batch.commits[earlier].session = nil
        }
        let inTable = sessions.removeValue(forKey: request.session)
        // Only a store can refuse a batch; without one, keeping the sessions as they were
        // would only make the dialog copy their storage.
        if storesTurns, batch.before.index(forKey: request.session) == nil {
            batch.before[request.session] = .some(inTable)
        }
        // Taken out of the table, so the session's storage is uniquely referenced while it changes.
        var entry = (consume inTable) ?? Entry(request.session)
        let reply: Reply
        // The user's text, stored as a transcript entry; a reset is none.
        var typed: String?
        switch request.kind {
        case .message(let message, let context):
            typed = message
            reply = bot.step(session: &entry.dialog, message: UserMessage(text: message, context: context),
                             now: now, timeZone: timeZone, random: &entry.random)
        case .handback:
            // Like a reset, no entry of the transcript: the user said nothing.
            reply = bot.handBack(session: &entry.dialog, now: now, random: &entry.random)
        case .close:
            reply = bot.close(session: &entry.dialog, now: now, random: &entry.random)
        case .reset, .forget:
            // A reset stores the fresh session but is no entry of the transcript (the report
            // counts user messages).
            entry = Entry(request.session, history: entry.history)
            (reply, entry.dialog) = bot.start(session: entry.dialog, now: now, random: &entry.random)
        }
        let (commit, encoded) = storesTurns ? stored(reply, of: request, key: key, typed: typed, now: now, in: &entry) : (nil, nil)
        // In the table at once: a later request of the same session in this batch continues it.
        sessions[request.session] = entry
        if let commit {
            batch.lastCommit[request.session] = batch.commits.count
            batch.commits.append(commit)
        }
        batch.answers.append(PendingBatch.Answer(request: request, outcome: .reply(reply), encoded: encoded))
        batch.responses.append(nil)
    }

    /// What the store gets for a computed turn: the turn at the session's next revision and,
    /// for a request with an id, its response, encoded now to be stored with the turn, sent as
    /// is once stored, and remembered in the session's history for a resend.
    private func stored(_ reply: Reply, of request: ProtocolRequest, key: String?, typed: String?, now: Date,
                        in entry: inout Entry) -> (TurnCommit, [UInt8]?) {
        var commit = TurnCommit(sessionID: request.session, session: entry.dialog, reply: reply, message: typed, at: now)
        entry.history.revision += 1
        commit.revision = entry.history.revision
        guard let key else { return (commit, nil) }
        let response = encoder.reply(reply, id: request.id, session: request.session, answeredIntent: request.kind.isMessage)
        commit.answered = AnsweredRequest(key: key, response: String(decoding: response, as: UTF8.self))
        entry.history.remember(key)
        return (commit, response)
    }

    /// Why a handback cannot be done: the session is not with a person (it never was, was
    /// handed back already, or does not exist). Nil when it is handed off.
    private func handbackRefusal(_ request: ProtocolRequest) -> ProtocolError? {
        let dialog = sessions[request.session]?.dialog
        if let dialog, bot.isHandedOff(dialog) { return nil }
        let why = dialog?.state.map { "it is with the bot (state \($0))" } ?? "there is no such conversation"
        return ProtocolError(code: .notHandedOff, message: "session \(request.session) is not handed off: \(why)",
                             id: request.id, session: request.session)
    }

    /// Encodes the responses of a batch once the store took its turns (`failure` nil), or
    /// answers them `internal` and puts its sessions back as they were when it refused them:
    /// nothing is acknowledged that is not stored.
    mutating func settle(_ batch: inout PendingBatch, failure: String?) {
        guard !batch.answers.isEmpty else { return }
        let responses: [[UInt8]]
        if let failure {
            forgetSessions(of: batch)
            responses = batch.answers.map { answer in
                encoder.error(ProtocolError(code: .internal, message: "the store could not save this turn: \(failure)",
                                            id: answer.request.id, session: answer.request.session))
            }
        } else {
            responses = batch.answers.map { answer in
                switch answer.outcome {
                case .reply(let reply):
                    // A reset, a handback or a close answers no message: it has no intent.
                    answer.encoded ?? encoder.reply(reply, id: answer.request.id, session: answer.request.session,
                                                    answeredIntent: answer.request.kind.isMessage)
                case .refused(let refusal):
                    encoder.error(refusal)
                case .resent(let response):
                    response
                }
            }
        }
        var next = responses.makeIterator()
        for index in batch.responses.indices where batch.responses[index] == nil {
            batch.responses[index] = next.next()
        }
        batch.answers.removeAll()
        batch.commits.removeAll()
    }

    /// Takes the sessions a refused batch touched out of the table: the store holds them as
    /// they were before it, and their next request reads them from there.
    mutating func forgetSessions(of batch: PendingBatch) {
        for id in batch.before.keys { sessions.removeValue(forKey: id) }
    }
}

/// A request line as read: the request, or the response refusing a line that is none.
enum FrameRequest {
    case request(ProtocolRequest)
    case refused([UInt8])
}

/// A request read but not computed yet, with the time it was read at.
struct WaitingRequest {
    var request: FrameRequest
    var now: Date
    var timeZone: TimeZone

    var isForget: Bool {
        if case .request(let request) = request { return request.isForget }
        return false
    }
}

/// Requests computed together: their responses in order (nil until the commit settles), the
/// answers waiting for the store, what the store gets and what the table held before.
struct PendingBatch {
    /// A computed request whose response waits for the commit.
    struct Answer {
        enum Outcome {
            case reply(Reply)
            case refused(ProtocolError)
            /// A resend of a request the session answered: that response, as sent.
            case resent([UInt8])
        }

        var request: ProtocolRequest
        /// The bot's reply, or the error that answers the request (a handback of a session
        /// not handed off): refused too, as `internal`, when the store refuses the batch, since
        /// the session it read goes back to what it was.
        var outcome: Outcome
        /// The reply's response, when it was encoded with the turn (a request with an `id`,
        /// whose response is stored with it).
        var encoded: [UInt8]? = nil
    }

    /// The requests, to compute them again when a commit under them is refused.
    var requests: [WaitingRequest]
    var responses: [[UInt8]?] = []
    var answers: [Answer] = []
    /// What the store gets, one per answer (none without a store), and the index of each
    /// session's last one.
    var commits: [TurnCommit] = []
    var lastCommit: [String: Int] = [:]
    /// Each session's table entry before the batch touched it (nil: it was not in the table).
    var before: [String: ProtocolServer.Entry?] = [:]
}

extension SessionHistory {
    /// Adds the key of an answered request, keeping the last `AnsweredRequest.remembered`.
    mutating func remember(_ key: String) {
        answeredKeys.append(key)
        if answeredKeys.count > AnsweredRequest.remembered {
            answeredKeys.removeFirst(answeredKeys.count - AnsweredRequest.remembered)
        }
    }
}

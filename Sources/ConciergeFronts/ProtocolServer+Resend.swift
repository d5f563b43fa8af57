import ConciergeEngine

/// How `ProtocolServer` answers a request sent again (a retry after a timeout or a crash): with
/// the response it sent the first time, applying nothing again. The table keeps only the keys
/// of the requests a session answered; the response is in a batch not stored yet, or is read
/// back from the store before the run is computed.
extension ProtocolServer {
    /// The responses asked for by `.loadAnswers`, by address (an address missing: the store no
    /// longer has it), or why the store could not read them.
    public mutating func answersLoaded(_ result: Result<[AnswerAddress: String], StoreFailure>,
                                       asked addresses: [AnswerAddress]) -> [Action] {
        isLoading = false
        switch result {
        case .success(let found):
            for address in addresses { readAnswers[address] = .some(found[address]) }
        case .failure(let failure):
            refuseResends(of: Set(addresses), message: failure.message)
        }
        return advance()
    }

    /// The resends of a run whose responses are neither in a batch not stored yet nor read.
    func unreadAnswers(in run: ArraySlice<WaitingRequest>) -> [AnswerAddress] {
        guard storesTurns else { return [] }
        var unread: [AnswerAddress] = []
        var seen: Set<AnswerAddress> = []
        for waiting in run {
            guard case .request(let request) = waiting.request, let key = request.answerKey,
                  sessions[request.session]?.history.answeredKeys.contains(key) == true else { continue }
            let address = AnswerAddress(sessionID: request.session, key: key)
            guard readAnswers[address] == nil, unstoredResponse(at: address, in: nil) == nil,
                  seen.insert(address).inserted else { continue }
            unread.append(address)
        }
        return unread
    }

    /// What answers the resend of the request at `address`: its first response, or `internal`
    /// when the store no longer has it (it keeps a session's last `AnsweredRequest.remembered`).
    func resentOutcome(of request: ProtocolRequest, address: AnswerAddress,
                       in batch: PendingBatch) -> PendingBatch.Answer.Outcome {
        if let response = unstoredResponse(at: address, in: batch) ?? readAnswers[address].flatMap({ $0 }) {
            return .resent(Array(response.utf8))
        }
        return .refused(ProtocolError(code: .internal,
                                      message: "request \(address.key) was answered, but its response is no longer stored",
                                      id: request.id, session: request.session))
    }

    /// The response to the request at `address` in a batch whose turns are not stored yet
    /// (`batch`, the queued ones, the one committing): the store may not have it yet.
    private func unstoredResponse(at address: AnswerAddress, in batch: PendingBatch?) -> String? {
        let batches = (batch.map { [$0] } ?? []) + queued.reversed() + (committing ?? []).reversed()
        for candidate in batches {
            if let commit = candidate.commits.last(where: {
                $0.sessionID == address.sessionID && $0.answered?.key == address.key
            }) {
                return commit.answered?.response
            }
        }
        return nil
    }

    /// Answers `internal` the waiting resends whose responses the store could not read.
    private mutating func refuseResends(of addresses: Set<AnswerAddress>, message: String) {
        refuseWaiting { request in
            guard let key = request.answerKey, addresses.contains(AnswerAddress(sessionID: request.session, key: key))
            else { return nil }
            return "the store could not read the answer to request \(key): \(message)"
        }
    }
}

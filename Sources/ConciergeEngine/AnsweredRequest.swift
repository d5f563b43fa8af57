/// A request a session answered, remembered with its response so that the same request sent
/// again (a retry after a timeout or a crash) gets the same response and is not applied twice.
/// Only requests with an `id` are remembered; the last `AnsweredRequest.remembered` per session.
///
///     AnsweredRequest(key: #""m-7""#, response: #"{"id":"m-7","session":"s1","replies":[…]}"#)
public struct AnsweredRequest: Hashable, Sendable {
    /// How many of a session's last answered requests a store keeps (at least).
    public static let remembered = 100

    /// The request's `id` as compact JSON text (`7`, `"m-7"`), so `7` and `"7"` differ.
    public var key: String
    /// The response line sent, without its newline.
    public var response: String

    public init(key: String, response: String) {
        self.key = key
        self.response = response
    }
}

/// Where a stored answer is found: the session and the request's key. A front keeps only the
/// keys of the requests a session answered (a response is about 1 KB, a session remembers
/// 100), and reads a response back from the store when a request is sent again.
///
///     try store.responses(to: [AnswerAddress(sessionID: "s1", key: #""m-7""#)])
///     // [AnswerAddress(sessionID: "s1", key: "\"m-7\""): #"{"id":"m-7",…}"#]
public struct AnswerAddress: Hashable, Sendable {
    public var sessionID: String
    public var key: String

    public init(sessionID: String, key: String) {
        self.sessionID = sessionID
        self.key = key
    }
}

import Foundation
import ConciergeJSON

/// One request line of the JSON-lines protocol (see PROTOCOL.md). Unknown fields are ignored.
///
///     let line = #"{"session": "s1", "text": "how much is it?", "id": 7}"#
///     let request = try ProtocolRequest.decode(Array(line.utf8))
///     request.session   // "s1"
///     request.kind      // .message(text: "how much is it?", context: nil)
struct ProtocolRequest: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A user message, with what the website knows about the user.
        case message(text: String, context: [String: JSONValue]?)
        /// Forget the session; the response is the bot's greeting in a fresh one.
        case reset
        /// The desk gives a handed-off conversation back to the bot; the response is the bot's
        /// `handback` phrase, or `not_handed_off` when the session is not with a person.
        case handback
        /// The visitor left (the chat closed, or the desk's timer gave up on them): a lead
        /// form they agreed to is passed on as it stands; otherwise nothing changes.
        case close
        /// Delete every trace of the session (and of the e-mail addresses it mentioned) from
        /// the store; the response says what was deleted.
        case forget

        /// Whether the request is a user message (the others answer no intent).
        var isMessage: Bool {
            if case .message = self { return true }
            return false
        }
    }

    /// Echoed in the response; any JSON value, nil when absent.
    var id: JSONValue?
    var session: String
    var kind: Kind

    init(id: JSONValue? = nil, session: String, kind: Kind) {
        self.id = id
        self.session = session
        self.kind = kind
    }

    /// Decodes a line (without its newline); the error says which protocol error code applies
    /// and carries whatever `id` and `session` could be read, to echo them.
    static func decode<Bytes: ContiguousBytes>(_ line: Bytes) throws(ProtocolError) -> ProtocolRequest {
        let json: JSONValue
        do {
            json = try JSONParser.parse(line)
        } catch {
            throw ProtocolError(code: .invalidJSON, message: "the line is not JSON: \(error)")
        }
        guard case .object(let fields) = json else {
            throw ProtocolError(code: .invalidRequest, message: "a request must be a JSON object")
        }
        let id = fields["id"]
        guard case .string(let session)? = fields["session"] else {
            throw ProtocolError(code: .invalidRequest, message: "\"session\" must be a string", id: id)
        }
        func invalid(_ message: String) -> ProtocolError {
            ProtocolError(code: .invalidRequest, message: message, id: id, session: session)
        }
        var type = "message"
        if let value = fields["type"] {
            guard case .string(let name) = value else { throw invalid("\"type\" must be a string: \(Self.types)") }
            type = name
        }
        switch type {
        case "message":
            guard case .string(let text)? = fields["text"] else { throw invalid("\"text\" must be a string") }
            var context: [String: JSONValue]?
            switch fields["context"] {
            case nil, .null?: context = nil
            case .object(let values)?: context = values
            default: throw invalid("\"context\" must be an object")
            }
            return ProtocolRequest(id: id, session: session, kind: .message(text: text, context: context))
        case "reset":
            return ProtocolRequest(id: id, session: session, kind: .reset)
        case "handback":
            return ProtocolRequest(id: id, session: session, kind: .handback)
        case "close":
            return ProtocolRequest(id: id, session: session, kind: .close)
        case "forget":
            return ProtocolRequest(id: id, session: session, kind: .forget)
        default:
            throw invalid("unknown \"type\" '\(type)': expected \(Self.types)")
        }
    }

    /// The request types, as error messages list them.
    private static let types = #""message", "reset", "handback", "close" or "forget""#

    /// The `id` as a store remembers it (compact JSON), nil without one (or a `null` one).
    var answerKey: String? {
        guard let id, id != .null else { return nil }
        return id.jsonText
    }

    var isForget: Bool {
        if case .forget = kind { return true }
        return false
    }

    /// Whether the request goes on from the session as it stands (a message, a handback, a
    /// close), so a driver with a store must load the session first; a reset or a forget
    /// replaces it.
    var continuesSession: Bool {
        switch kind {
        case .message, .handback, .close: true
        case .reset, .forget: false
        }
    }
}

/// A line the protocol could not answer normally; it becomes an error response.
///
///     ProtocolError(code: .lineTooLong, message: "the line has 2000000 bytes; the limit is 1048576")
struct ProtocolError: Error, Equatable, Sendable {
    enum Code: String, Sendable, CaseIterable {
        case invalidJSON = "invalid_json"
        case invalidRequest = "invalid_request"
        case lineTooLong = "line_too_long"
        /// A handback for a session that is not handed off (or that does not exist): nothing changed.
        case notHandedOff = "not_handed_off"
        case `internal`
    }

    var code: Code
    var message: String
    var id: JSONValue?
    var session: String?

    init(code: Code, message: String, id: JSONValue? = nil, session: String? = nil) {
        self.code = code
        self.message = message
        self.id = id
        self.session = session
    }
}

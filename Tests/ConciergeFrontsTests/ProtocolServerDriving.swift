import ConciergeEngine
@testable import ConciergeFronts
import ConciergeJSON
import ConciergeTestSupport
import Foundation

/// What the suites that drive a `ProtocolServer` by hand share: feeding it frames at the
/// demo clock, and reading the lines it writes and the turns it commits.
protocol ProtocolServerDriving {}

extension ProtocolServerDriving {
    /// A user message line of `session`, with an id.
    func message(_ session: String, _ text: String, id: Int) -> LineFramer.Frame {
        .line(ArraySlice(#"{"session":"\#(session)","text":"\#(text)","id":\#(id)}"#.utf8))
    }

    /// A request line of another type ("handback", "close") for `session`, with an id.
    func request(_ type: String, _ session: String, id: Int) -> LineFramer.Frame {
        .line(ArraySlice(#"{"session":"\#(session)","type":"\#(type)","id":\#(id)}"#.utf8))
    }

    /// The first element of a JSON array.
    func first(_ array: JSONValue?) -> JSONValue? {
        if case .array(let elements)? = array { return elements.first }
        return nil
    }

    func receive(_ server: inout ProtocolServer, _ frames: [LineFramer.Frame]) -> [ProtocolServer.Action] {
        server.receive(frames, now: DemoBot.now, timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
    }

    /// The written lines, parsed.
    func written(_ actions: [ProtocolServer.Action]) throws -> [JSONValue] {
        try actions.flatMap { action -> [JSONValue] in
            guard case .write(let lines) = action else { return [] }
            return try lines.map { try JSONParser.parse($0) }
        }
    }

    func commits(_ actions: [ProtocolServer.Action]) -> [[TurnCommit]] {
        actions.compactMap { if case .commit(let turns) = $0 { turns } else { nil } }
    }
}

import ConciergeDialog
import ConciergeEngine
import ConciergeNLU
import ConciergeStore
import Foundation

/// The JSON-lines protocol without I/O: a table of sessions by id, answering one request
/// line at a time. Each session has its own random source seeded from its id, so the same
/// input (with a fixed clock) always gives the same output, however sessions interleave.
///
///     var server = ProtocolServer(bot: bot, clock: .fixed(date, timeZone: .gmt))
///     let line = server.respond(to: Array(#"{"session":"s1","text":"hi"}"#.utf8))
///     // {"id":null,"session":"s1","replies":[{"text":"Hi there! …","buttons":[…]}],…}
public struct ProtocolServer {
    /// Where "now" comes from: fixed (`--now`, reproducible) or the system clock per message.
    public enum Clock: Sendable {
        case fixed(Date, timeZone: TimeZone)
        case system(timeZone: TimeZone)

        var now: (Date, TimeZone) {
            switch self {
            case .fixed(let date, let zone): (date, zone)
            case .system(let zone): (Date(), zone)
            }
        }
    }

    /// A conversation of the table: the dialog's memory and the session's own random source.
    struct Entry {
        var dialog: DialogSession
        var random: SplitMix64
    }

    public let bot: Bot
    public let clock: Clock
    /// Where sessions, transcripts and leads live across restarts; nil keeps them in memory.
    public let store: (any ConversationStore)?
    public var encoder = ProtocolResponseEncoder()
    var sessions: [String: Entry] = [:]

    public init(bot: Bot, clock: Clock, store: (any ConversationStore)? = nil) {
        self.bot = bot
        self.clock = clock
        self.store = store
    }

    /// How many sessions the table holds.
    public var sessionCount: Int { sessions.count }

    /// The response line (without newline) to one request line.
    public mutating func respond<Bytes: ContiguousBytes>(to line: Bytes) -> [UInt8] {
        do throws(ProtocolError) {
            return respond(to: try ProtocolRequest.decode(line))
        } catch {
            return encoder.error(error)
        }
    }

    /// The response to a line over the limit, whose bytes were dropped unread.
    public func respondToLongLine(byteCount: Int, limit: Int) -> [UInt8] {
        encoder.error(ProtocolError(
            code: .lineTooLong, message: "the line has \(byteCount) bytes; the limit is \(limit)"))
    }

    /// The response to a decoded request; an `internal` error answers only this request.
    ///
    /// With a store, a turn is committed before its response exists, so a response that
    /// carries `lead_captured` is only ever written for a lead that is durably stored; a
    /// turn the store could not take is answered `internal` and leaves the session as it was.
    public mutating func respond(to request: ProtocolRequest) -> [UInt8] {
        var batch = TurnBatch()
        answer(request, in: &batch)
        return finish(&batch).first ?? []
    }

    /// A session the table does not hold yet, resumed from the store (a restarted server).
    func storedEntry(_ id: String) -> Entry? {
        guard let store, let dialog = try? store.loadSession(id: id) else { return nil }
        return Entry(dialog: dialog, random: SplitMix64(seed: Self.seed(for: id)))
    }

    mutating func forget(_ request: ProtocolRequest) -> [UInt8] {
        sessions.removeValue(forKey: request.session)
        guard let store else {
            return encoder.forgotten(ForgetResult(sessionIDs: [request.session]), id: request.id, session: request.session)
        }
        do {
            let result = try store.forget(.session(request.session))
            for id in result.sessionIDs { sessions.removeValue(forKey: id) }
            return encoder.forgotten(result, id: request.id, session: request.session)
        } catch {
            return encoder.error(ProtocolError(code: .internal, message: "the store could not forget: \(error)",
                                               id: request.id, session: request.session))
        }
    }

    /// FNV-1a of the session id: a stable seed (Swift's `hashValue` changes per process).
    static func seed(for session: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in session.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}

/// A session's last turns, stored flat: the user's texts end to end in one string, the bot's
/// messages in one array, and where each turn ends. A `serve` holds every session it serves
/// in memory; a transcript of twenty turns as `[TranscriptTurn]` costs two or three heap
/// blocks a turn (the user's text, the array of the bot's messages), this one three in all,
/// and the bot's messages, mostly the bot's own phrases, still share their storage (#18).
///
///     var log = TranscriptLog()
///     log.append(TranscriptTurn(user: "hi", bot: ["Hello!"]), keepingLast: 20)
///     log.turns   // [TranscriptTurn(user: "hi", bot: ["Hello!"])]
public struct TranscriptLog: Hashable, Sendable, Decodable {
    /// Where a turn ends: its user's text in `userTexts` (UTF-8 bytes), its messages in `replies`.
    private struct TurnEnd: Hashable, Sendable {
        var userText: Int32
        var replies: Int32
    }

    private var userTexts = ""
    private var replies: [String] = []
    private var ends: [TurnEnd] = []

    public init() {}

    public init(_ turns: some Sequence<TranscriptTurn>) {
        var texts: [UInt8] = []
        for turn in turns {
            texts.append(contentsOf: turn.user.utf8)
            replies.append(contentsOf: turn.bot)
            ends.append(TurnEnd(userText: Int32(texts.count), replies: Int32(replies.count)))
        }
        userTexts = String(decoding: texts, as: UTF8.self)
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([TranscriptTurn].self))
    }

    public var count: Int { ends.count }

    /// The turns, oldest first.
    public var turns: [TranscriptTurn] { (0..<ends.count).map(turn) }

    /// The last turn, if any.
    public var last: TranscriptTurn? { ends.isEmpty ? nil : turn(ends.count - 1) }

    /// The turn at `index` (0 is the oldest kept).
    public func turn(_ index: Int) -> TranscriptTurn {
        let start = index == 0 ? TurnEnd(userText: 0, replies: 0) : ends[index - 1]
        let end = ends[index]
        let bytes = userTexts.utf8
        let text = bytes.index(bytes.startIndex, offsetBy: Int(start.userText))..<bytes.index(bytes.startIndex, offsetBy: Int(end.userText))
        return TranscriptTurn(user: String(userTexts[text]), bot: Array(replies(ofTurn: index)))
    }

    /// The bot's messages of the turn at `index`, in place: for a look at the last reply on
    /// every turn, which needs no copy of the user's text.
    public func replies(ofTurn index: Int) -> ArraySlice<String> {
        let start = index == 0 ? 0 : Int(ends[index - 1].replies)
        return replies[start..<Int(ends[index].replies)]
    }

    /// Adds `turn` at the end and drops the oldest turns beyond `limit`. Every buffer keeps its
    /// exact size: a log lives as long as its session, and spare capacity would be paid by
    /// each one. A full log whose oldest turn said as many messages as this one keeps its
    /// sizes, so its arrays change in place (no copy of every kept reply); any other append
    /// builds them anew at their exact sizes.
    public mutating func append(_ turn: TranscriptTurn, keepingLast limit: Int) {
        let dropped = max(0, ends.count + 1 - limit)
        guard dropped <= ends.count else { self = TranscriptLog(); return }
        let start = dropped == 0 ? TurnEnd(userText: 0, replies: 0) : ends[dropped - 1]
        let keptText = userTexts.utf8.dropFirst(Int(start.userText))
        let textCount = keptText.count + turn.user.utf8.count
        userTexts = String(unsafeUninitializedCapacity: textCount) { buffer in
            let keptEnd = buffer.initialize(fromContentsOf: keptText)
            return buffer[keptEnd...].initialize(fromContentsOf: turn.user.utf8)
        }
        if replies.count - Int(start.replies) + turn.bot.count == replies.count {
            let capacity = replies.capacity
            replies.removeFirst(Int(start.replies))
            for reply in turn.bot { replies.append(Self.shared(reply, in: replies)) }
            // A buffer shared with another copy of the log was copied, with room to grow: exact again.
            if replies.capacity != capacity { replies = Self.exact(replies[...]) }
        } else {
            var newReplies = Self.exact(replies[Int(start.replies)...], room: turn.bot.count)
            for reply in turn.bot { newReplies.append(Self.shared(reply, in: newReplies)) }
            replies = newReplies
        }
        if dropped == 1 {
            let capacity = ends.capacity
            ends.removeFirst()
            for index in ends.indices {
                ends[index] = TurnEnd(userText: ends[index].userText - start.userText,
                                      replies: ends[index].replies - start.replies)
            }
            ends.append(TurnEnd(userText: Int32(textCount), replies: Int32(replies.count)))
            if ends.capacity != capacity { ends = Self.exact(ends[...]) }
        } else {
            var newEnds: [TurnEnd] = []
            newEnds.reserveCapacity(ends.count - dropped + 1)
            for end in ends[dropped...] {
                newEnds.append(TurnEnd(userText: end.userText - start.userText, replies: end.replies - start.replies))
            }
            newEnds.append(TurnEnd(userText: Int32(textCount), replies: Int32(replies.count)))
            ends = newEnds
        }
    }

    /// A message said again (the same notice to each message while the team is closed)
    /// shares the earlier copy's storage. Lengths first: most differ, and `==` is quick on a
    /// text and its copy but slow on two texts of non-ASCII characters.
    private static func shared(_ reply: String, in replies: [String]) -> String {
        let length = reply.utf8.count
        return replies.first { $0.utf8.count == length && $0 == reply } ?? reply
    }

    /// The elements in a buffer of their exact size, with room for `room` more.
    private static func exact<Element>(_ elements: ArraySlice<Element>, room: Int = 0) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(elements.count + room)
        array.append(contentsOf: elements)
        return array
    }
}

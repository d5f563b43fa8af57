import ConciergeText

/// A slot filled in a message: the slot's name and where its text stands, in Unicode scalar
/// offsets of the message (end exclusive).
///
///     SlotSpan(slot: "city", start: 11, end: 17)   // "london" in "weather in london"
public struct SlotSpan: Hashable, Sendable, Codable {
    public var slot: String
    public var start: Int
    public var end: Int

    public init(slot: String, start: Int, end: Int) {
        self.slot = slot
        self.start = start
        self.end = end
    }
}

/// The tag inventory of a tagger: `O`, then `B-slot` and `I-slot` for every slot, as dense ids.
///
/// Tag 0 is `O`; slot `k` owns tags `2k+1` (B) and `2k+2` (I). The layout lets decoding know
/// the only legal predecessors of an `I` tag without a table.
///
///     let labels = SlotLabels(slots: ["city", "date"])
///     labels.tagCount             // 5
///     labels.name(ofTag: 3)       // "B-date"
public struct SlotLabels: Hashable, Sendable {
    public let slots: [String]
    private let indexBySlot: [String: Int]

    public init(slots: [String]) {
        self.slots = slots
        var index: [String: Int] = [:]
        for (position, slot) in slots.enumerated() where index[slot] == nil { index[slot] = position }
        indexBySlot = index
    }

    public var tagCount: Int { 1 + 2 * slots.count }

    public func index(ofSlot slot: String) -> Int? { indexBySlot[slot] }

    static func begin(_ slot: Int) -> Int { 2 * slot + 1 }
    static func inside(_ slot: Int) -> Int { 2 * slot + 2 }
    static func isInside(_ tag: Int) -> Bool { tag > 0 && tag % 2 == 0 }
    static func slot(ofTag tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / 2 }

    /// `O`, `B-name` or `I-name`, for messages and tests.
    public func name(ofTag tag: Int) -> String {
        guard let slot = Self.slot(ofTag: tag), slot < slots.count else { return "O" }
        return (Self.isInside(tag) ? "I-" : "B-") + slots[slot]
    }
}

/// Converts slot spans to BIO tags over tokens and back.
///
/// A span that does not fall on token edges is tagged on every token it overlaps, so
/// "5pm" annotated as `5` still teaches the tagger that the token is a time. A token that
/// two spans overlap keeps the first span's tag. Two adjacent spans of the same slot stay
/// apart because the second starts with its own `B`.
///
///     let tokens = Tokenizer().tokenize("fly to new york")
///     let tags = BIOEncoding.encode(tokens: tokens, spans: [(slot: 0, start: 7, end: 15)])
///     // [0, 0, 1, 2]
///     BIOEncoding.decode(tags: tags, tokens: tokens)   // [(slot: 0, start: 7, end: 15)]
public enum BIOEncoding {
    public static func encode(tokens: [Token], spans: [(slot: Int, start: Int, end: Int)]) -> [Int] {
        var tags = [Int](repeating: 0, count: tokens.count)
        for span in spans {
            var first = true
            for (index, token) in tokens.enumerated() where token.start < span.end && token.end > span.start {
                guard tags[index] == 0 else { continue }
                tags[index] = first ? SlotLabels.begin(span.slot) : SlotLabels.inside(span.slot)
                first = false
            }
        }
        return tags
    }

    /// The spans a tag sequence marks, from the first token's start to the last token's end.
    /// An `I` that does not continue a span of its slot opens a new one (decoding under BIO
    /// constraints never produces one, but hand-made tags may).
    public static func decode(tags: [Int], tokens: [Token]) -> [(slot: Int, start: Int, end: Int)] {
        var spans: [(slot: Int, start: Int, end: Int)] = []
        var open: Int?
        for (tag, token) in zip(tags, tokens) {
            guard let slot = SlotLabels.slot(ofTag: tag) else {
                open = nil
                continue
            }
            if SlotLabels.isInside(tag), open == slot, let last = spans.indices.last {
                spans[last].end = token.end
            } else {
                spans.append((slot: slot, start: token.start, end: token.end))
                open = slot
            }
        }
        return spans
    }
}

import ConciergeText
import Testing
@testable import ConciergeNLU

/// BIO tags over real tokens, and back to spans.
struct BIOEncodingTests {
    let tokenizer = Tokenizer()

    @Test func roundTripsAlignedSpans() {
        let text = "fly from paris to new york tomorrow"
        let tokens = tokenizer.tokenize(text)
        let spans = [(slot: 0, start: 9, end: 14), (slot: 0, start: 18, end: 26), (slot: 1, start: 27, end: 35)]
        let tags = BIOEncoding.encode(tokens: tokens, spans: spans)
        #expect(tags == [0, 0, 1, 0, 1, 2, 3])
        let back = BIOEncoding.decode(tags: tags, tokens: tokens)
        #expect(back.map(\.slot) == [0, 0, 1])
        #expect(back.map(\.start) == [9, 18, 27])
        #expect(back.map(\.end) == [14, 26, 35])
    }

    @Test func adjacentSpansOfTheSameSlotStayApart() {
        let tokens = tokenizer.tokenize("play jazz blues")
        let tags = BIOEncoding.encode(tokens: tokens, spans: [(slot: 0, start: 5, end: 9), (slot: 0, start: 10, end: 15)])
        #expect(tags == [0, 1, 1])
        let back = BIOEncoding.decode(tags: tags, tokens: tokens)
        #expect(back.count == 2)
        #expect(back.map(\.start) == [5, 10])
    }

    @Test func misalignedSpanTagsTheTokensItOverlaps() {
        // "york" is annotated inside the token "newyork"; the whole token is tagged.
        let tokens = tokenizer.tokenize("fly to newyork now")
        let tags = BIOEncoding.encode(tokens: tokens, spans: [(slot: 0, start: 10, end: 14)])
        #expect(tags == [0, 0, 1, 0])
        let back = BIOEncoding.decode(tags: tags, tokens: tokens)
        #expect(back.count == 1)
        #expect(back.first?.start == 7)
        #expect(back.first?.end == 14)
    }

    @Test func strayInsideTagOpensASpan() {
        let tokens = tokenizer.tokenize("a b c")
        let back = BIOEncoding.decode(tags: [0, SlotLabels.inside(1), SlotLabels.inside(1)], tokens: tokens)
        #expect(back.count == 1)
        #expect(back.first?.slot == 1)
        #expect(back.first?.start == 2)
        #expect(back.first?.end == 5)
    }

    @Test func emptyInput() {
        #expect(BIOEncoding.encode(tokens: [], spans: [(slot: 0, start: 0, end: 3)]).isEmpty)
        #expect(BIOEncoding.decode(tags: [], tokens: []).isEmpty)
    }

    @Test func labelNames() {
        let labels = SlotLabels(slots: ["city", "date"])
        #expect(labels.tagCount == 5)
        #expect(labels.name(ofTag: 0) == "O")
        #expect(labels.name(ofTag: 3) == "B-date")
        #expect(labels.name(ofTag: 4) == "I-date")
        #expect(labels.index(ofSlot: "date") == 1)
        #expect(labels.index(ofSlot: "nope") == nil)
    }
}

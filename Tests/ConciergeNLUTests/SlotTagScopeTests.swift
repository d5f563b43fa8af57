import ConciergeText
import Testing
@testable import ConciergeNLU

/// Decoding within the tags an intent's training examples used.
struct SlotTagScopeTests {
    @Test func renumbersTagsAndCopiesTheirTransitions() {
        // Slots 0 a, 1 b, 2 c: 7 tags. The scope keeps b and c.
        let tagCount = 7
        let transitions = (0..<Viterbi.transitionCount(tagCount: tagCount)).map(Float.init)
        let scope = SlotTagScope(slots: [1, 2], tagCount: tagCount, transitions: transitions)
        #expect(scope.tagCount == 5)
        #expect((0..<5).map(scope.globalTag) == [0, 3, 4, 5, 6])
        #expect(scope.view.columns == [0, -1, -1, 1, 2, 3, 4])
        for local in 0..<5 {
            let tag = scope.globalTag(local)
            #expect(scope.transitions[Viterbi.startIndex(to: local, tagCount: 5)]
                == transitions[Viterbi.startIndex(to: tag, tagCount: tagCount)])
            #expect(scope.transitions[Viterbi.endIndex(from: local, tagCount: 5)]
                == transitions[Viterbi.endIndex(from: tag, tagCount: tagCount)])
            for previous in 0..<5 {
                #expect(scope.transitions[Viterbi.index(from: previous, to: local, tagCount: 5)]
                    == transitions[Viterbi.index(from: scope.globalTag(previous), to: tag, tagCount: tagCount)])
            }
        }
    }

    @Test func oneScopePerIntentFromItsGoldTags() {
        let scopes = SlotTagScope.scopes(
            intents: ["weather", "weather", "music", "greet", nil],
            gold: [[0, 3, 4], [1, 0], [5, 0], [0, 0], [1]],
            tagCount: 7, transitions: [Float](repeating: 0, count: Viterbi.transitionCount(tagCount: 7)))
        #expect(scopes.mapValues(\.slots) == ["weather": [0, 1], "music": [2], "greet": []])
    }

    @Test func theTaggerStaysWithinTheIntentsSlots() throws {
        let tagger = try #require(SlotTagger.train(
            examples: SlotTaggerTests.examples(), configuration: SlotTaggerTests.configuration))
        let text = "play adele in paris tomorrow"
        let tokens = Tokenizer().tokenize(text)
        // As music, only artist can come out; as weather, never artist.
        let music = Set(tagger.tagSpans(tokens: tokens, intent: "music").map(\.slot))
        let weather = Set(tagger.tagSpans(tokens: tokens, intent: "weather").map(\.slot))
        #expect(music.isSubset(of: ["artist"]) && !music.isEmpty)
        #expect(!weather.contains("artist") && !weather.isEmpty)
        // An intent the tagger never saw is tagged with every slot in play.
        #expect(!tagger.tagSpans(tokens: tokens, intent: "unknown").isEmpty)
    }

    @Test func anIntentWithoutSlotsGetsNone() throws {
        var examples = SlotTaggerTests.examples()
        examples.append(SlotTrainingExample(tokens: Tokenizer().tokenize("hello there"), intent: "greet", slots: []))
        let tagger = try #require(SlotTagger.train(examples: examples, configuration: SlotTaggerTests.configuration))
        #expect(tagger.tagSpans(tokens: Tokenizer().tokenize("hello paris"), intent: "greet").isEmpty)
    }
}

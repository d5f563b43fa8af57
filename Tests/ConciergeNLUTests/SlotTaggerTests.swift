@testable import ConciergeLoader
import ConciergeBot
import ConciergeEntities
import ConciergeText
import Testing
@testable import ConciergeNLU

/// A tagger trained on a few annotated sentences, as a bot author would write them.
struct SlotTaggerTests {
    static let annotated: [(intent: String, text: String)] = [
        ("weather", "what is the weather in [paris](city) [tomorrow](date)"),
        ("weather", "weather in [london](city) [today](date)"),
        ("weather", "will it rain in [berlin](city) [on monday](date)"),
        ("weather", "is it sunny in [madrid](city)"),
        ("weather", "forecast for [rome](city) [this weekend](date)"),
        ("weather", "how cold is it in [oslo](city) [tonight](date)"),
        ("weather", "[tomorrow](date) weather in [lisbon](city)"),
        ("weather", "will it snow in [vienna](city) [on friday](date)"),
        ("weather", "temperature in [dublin](city)"),
        ("weather", "weather forecast for [prague](city) [today](date)"),
        ("weather", "is it windy in [athens](city) [tomorrow](date)"),
        ("weather", "what's the weather like in [new york](city)"),
        ("weather", "rain in [san francisco](city) [on sunday](date)"),
        ("weather", "will it be hot in [cairo](city) [this weekend](date)"),
        ("weather", "weather for [tokyo](city)"),
        ("music", "play [adele](artist)"),
        ("music", "play something by [the beatles](artist)"),
        ("music", "put on [miles davis](artist)"),
        ("music", "i want to hear [nina simone](artist)"),
        ("music", "play songs by [queen](artist)"),
        ("music", "play [bob marley](artist) please"),
        ("music", "put on some [radiohead](artist)"),
        ("music", "play music by [daft punk](artist)"),
        ("music", "can you play [madonna](artist)"),
        ("music", "listen to [pink floyd](artist)"),
        ("music", "play the latest from [beyonce](artist)"),
        ("music", "play [abba](artist) for me"),
        ("music", "start playing [coldplay](artist)"),
        ("music", "play tracks by [metallica](artist)"),
        ("music", "shuffle [david bowie](artist)"),
    ]

    static func examples() -> [SlotTrainingExample] {
        let tokenizer = Tokenizer()
        return annotated.compactMap { item in
            guard case .success(let parsed) = AnnotationParser.parse(item.text) else { return nil }
            return SlotTrainingExample(
                tokens: tokenizer.tokenize(parsed.text), intent: item.intent,
                slots: parsed.annotations.map { SlotSpan(slot: $0.slot, start: $0.start, end: $0.end) })
        }
    }

    static let configuration = SlotTaggerConfiguration(epochs: 10, gazetteerFolds: 3)

    private func tag(_ tagger: SlotTagger, _ text: String, intent: String) -> [EntityMatch] {
        tagger.tag(text, tokens: Tokenizer().tokenize(text), intent: intent)
    }

    @Test func recoversSlotsOnUnseenSentences() throws {
        #expect(Self.examples().count == Self.annotated.count)
        let tagger = try #require(SlotTagger.train(examples: Self.examples(), configuration: Self.configuration))
        #expect(Set(tagger.labels.slots) == ["artist", "city", "date"])

        let weather = tag(tagger, "will it rain in stockholm tomorrow", intent: "weather")
        #expect(weather.map(\.entity) == ["city", "date"])
        #expect(weather.map(\.text) == ["stockholm", "tomorrow"])
        #expect(weather.first?.value == .string("stockholm"))

        let music = tag(tagger, "play something by elvis", intent: "music")
        #expect(music.map(\.entity) == ["artist"])
        #expect(music.first?.text == "elvis")
    }

    @Test func stoppingAfterAnEpochWithoutMistakesKeepsTheWeights() throws {
        // These examples are learned within a few epochs; the rest change nothing but the average's count.
        let configuration = SlotTaggerConfiguration(epochs: 12)
        let stopped = try #require(SlotTaggerTrainer(configuration: configuration).train(Self.examples()))
        var full = SlotTaggerTrainer(configuration: configuration)
        full.stopsWhenConverged = false
        let unstopped = try #require(full.train(Self.examples()))
        #expect(stopped.weights == unstopped.weights)
        #expect(stopped.transitions == unstopped.transitions)
        #expect(stopped.size.weights > 0)
    }

    @Test func trainingIsDeterministic() throws {
        let first = try #require(SlotTagger.train(examples: Self.examples(), configuration: Self.configuration))
        let second = try #require(SlotTagger.train(examples: Self.examples(), configuration: Self.configuration))
        #expect(first.weights == second.weights)
        #expect(first.transitions == second.transitions)
        #expect(first.size == second.size)
        #expect(first.size.weights > 0)
    }

    @Test func offsetsCountUnicodeScalarsOfTheOriginalText() throws {
        let tagger = try #require(SlotTagger.train(examples: Self.examples(), configuration: Self.configuration))
        // An emoji (two UTF-16 units, one scalar) and accented letters come before the slot.
        let text = "🌧️ Météo: weather in Zürich tomorrow"
        let matches = tag(tagger, text, intent: "weather")
        let scalars = Array(text.unicodeScalars)
        for match in matches {
            var covered = String.UnicodeScalarView()
            covered.append(contentsOf: scalars[match.start..<match.end])
            #expect(String(covered) == match.text)
            #expect(match.value == .string(match.text))
        }
        #expect(matches.contains { $0.entity == "city" && $0.text == "Zürich" })
    }

    @Test func emptyInputAndNoSlots() throws {
        let tagger = try #require(SlotTagger.train(examples: Self.examples(), configuration: Self.configuration))
        #expect(tagger.tag("", tokens: [], intent: "weather").isEmpty)
        #expect(tagger.tagSpans(tokens: [], intent: nil).isEmpty)
        let unannotated = [SlotTrainingExample(tokens: Tokenizer().tokenize("hello there"), intent: "greet", slots: [])]
        #expect(SlotTagger.train(examples: unannotated) == nil)
        #expect(SlotTagger.train(examples: []) == nil)
    }

    @Test func extraFeaturesAreAccepted() throws {
        let tokenizer = Tokenizer()
        var examples = Self.examples()
        for index in examples.indices {
            examples[index].extraFeatures = examples[index].tokens.map { $0.kind == .number ? ["builtin:number"] : [] }
        }
        let tagger = try #require(SlotTagger.train(examples: examples, configuration: Self.configuration))
        let text = "weather in paris today"
        let tokens = tokenizer.tokenize(text)
        let spans = tagger.tagSpans(tokens: tokens, intent: "weather", extraFeatures: tokens.map { _ in ["lookup:city"] })
        #expect(spans.allSatisfy { $0.start >= 0 && $0.end <= text.unicodeScalars.count })
    }
}

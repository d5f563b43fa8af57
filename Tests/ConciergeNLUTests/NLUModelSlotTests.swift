@testable import ConciergeLoader
import ConciergeBot
import ConciergeText
import Foundation
import Testing
@testable import ConciergeNLU

/// The tagger wired into bot training and `parse`.
struct NLUModelSlotTests {
    private func bot() -> BotDefinition {
        let location = SourceLocation(file: "intents.yml", line: 1, column: 1)
        var byIntent: [String: [Example]] = [:]
        var order: [String] = []
        for item in SlotTaggerTests.annotated {
            guard case .success(let parsed) = AnnotationParser.parse(item.text) else { continue }
            if byIntent[item.intent] == nil { order.append(item.intent) }
            byIntent[item.intent, default: []].append(
                Example(text: parsed.text, annotations: parsed.annotations, location: location))
        }
        let intents = order.map { IntentDefinition(name: $0, examples: byIntent[$0] ?? [], location: location) }
        return BotDefinition(settings: BotSettings(fallbackThreshold: 0), intents: intents)
    }

    @Test func parseFillsEntitiesFromTheTagger() throws {
        let model = NLUModel.train(bot: bot(), slotConfiguration: SlotTaggerTests.configuration)
        #expect(model.tagger != nil)
        let result = model.classifyWithSlots("weather in stockholm tomorrow")
        #expect(result.intent.name == "weather")
        #expect(result.entities.map(\.entity) == ["city", "date"])
        #expect(result.entities.first?.text == "stockholm")
        #expect(result.entities.first?.start == 11)
        #expect(result.entities.first?.end == 20)
        #expect(model.slotIntent(of: result) == "weather")
        #expect(model.classify("weather in stockholm tomorrow").entities.isEmpty)
    }

    @Test func noAnnotationsNoTagger() {
        let location = SourceLocation(file: "intents.yml", line: 1, column: 1)
        let bot = BotDefinition(settings: BotSettings(), intents: [
            IntentDefinition(name: "greet", examples: [Example(text: "hello", location: location)], location: location),
        ])
        let model = NLUModel.train(bot: bot)
        #expect(model.tagger == nil)
        #expect(model.classifyWithSlots("hello").entities.isEmpty)
    }
}

import ConciergeBot
import Foundation
import Testing
@testable import ConciergeNLU

@Suite struct NLUModelTests {
    let now = Date(timeIntervalSince1970: 1_795_341_600)  // 2026-11-22T10:00:00Z
    let utc = TimeZone(secondsFromGMT: 0) ?? .current

    let bot = inlineBot([
        "greet": ["hello", "hi there", "good morning", "hey", "hi"],
        "pricing": ["how much does it cost", "what is the price", "pricing please", "is it expensive", "cost per seat"],
        "goodbye": ["bye", "see you", "goodbye", "talk to you later", "have a nice day"],
    ])

    @Test func anExactExampleDecidesBeforeTheModel() {
        let result = NLUModel.train(bot: bot).parse("Hi there!", now: now, timeZone: utc)
        #expect(result.intent == IntentScore(name: "greet", confidence: 1))
        #expect(result.decision == .exactExample)
        #expect(result.ranking.first?.name == "greet")
    }

    @Test func aPatternWinsOverTheClassifier() throws {
        var bot = bot
        let location = SourceLocation(file: "inline.yml", line: 1, column: 1)
        bot.intents[2].patterns = [try PhrasePattern("see you *", location: location)]
        let result = NLUModel.train(bot: bot).parse("see you how much does it cost", now: now, timeZone: utc)
        #expect(result.intent.name == "goodbye")
        #expect(result.decision == .pattern)
    }

    @Test func theClassifierDecidesAboveTheThreshold() {
        let result = NLUModel.train(bot: bot).parse("how much is the price per seat", now: now, timeZone: utc)
        #expect(result.intent.name == "pricing")
        #expect(result.decision == .classifier)
        #expect(result.intent.confidence >= 0.3)
    }

    @Test func belowTheThresholdIsTheFallback() {
        var model = NLUModel.train(bot: bot)
        model.threshold = 0.99
        let result = model.parse("what about the weather on mars", now: now, timeZone: utc)
        #expect(result.intent.name == ParseResult.outOfScope)
        #expect(result.decision == .fallback)
        #expect(result.isOutOfScope)
        #expect(!result.ranking.isEmpty)
    }

    @Test(arguments: ["", "   ", "\n\t", "?!...", "\u{0}\u{7}\u{1B}"])
    func nothingToClassifyIsOutOfScope(text: String) {
        let result = NLUModel.train(bot: bot).parse(text, now: now, timeZone: utc)
        #expect(result.intent.name == ParseResult.outOfScope)
        #expect(result.decision == .empty)
    }

    @Test func unknownWordsHaveNoEvidence() {
        let result = NLUModel.train(bot: bot).parse("zzzqx", now: now, timeZone: utc)
        #expect(result.decision == .fallback)
        #expect(result.ranking.allSatisfy { $0.confidence == 0 })
    }

    @Test func emojiOnlyAndHugeTextsDoNotCrash() {
        let model = NLUModel.train(bot: bot)
        #expect(model.parse("🙂🙂👍🏽", now: now, timeZone: utc).intent.name == ParseResult.outOfScope)
        let huge = String(repeating: "how much ", count: 11_000)  // ~100 KB; bench/run.sh feeds 1 MB to the release build
        #expect(model.parse(huge, now: now, timeZone: utc).intent.name == "pricing")
    }

    @Test func builtinEntitiesUseTheInjectedClock() {
        let result = NLUModel.train(bot: bot).parse("hi, call me tomorrow at ana@example.com", now: now, timeZone: utc)
        #expect(result.entities.map(\.entity) == ["date", "email"])
        #expect(result.entities.first?.value == "2026-11-23")
    }

    @Test func lookupAndBuiltinEntitiesAreMerged() {
        var bot = bot
        let location = SourceLocation(file: "inline.yml", line: 1, column: 1)
        bot.entities = [EntityDefinition(name: "plan", values: [
            .init(value: "growth", synonyms: ["pro", "professional"], location: location),
            .init(value: "enterprise", location: location),
        ], location: location)]
        bot.slots = [SlotDefinition(name: "plan", entity: "plan", location: location),
                     SlotDefinition(name: "team_size", entity: "number", location: location)]
        let result = NLUModel.train(bot: bot).parse("is Pro fine for 40 people, or enterprize?", now: now, timeZone: utc)
        #expect(result.entities.map(\.entity) == ["plan", "number", "plan"])
        #expect(result.entities.map(\.value) == ["growth", 40, "enterprise"])
        #expect(result.entities.map(\.text) == ["Pro", "40", "enterprize"])
        #expect(result.entities.first?.start == 3)
    }
}

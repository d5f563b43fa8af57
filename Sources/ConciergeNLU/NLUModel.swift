import ConciergeBot
import Foundation
import ConciergeEntities
import ConciergeText

/// The trained NLU of a bot: tokenizer, deterministic rules, then the classifier, with the
/// bot's fallback threshold.
///
///     let nlu = NLUModel.train(bot: definition)
///     nlu.parse("how much does it cost?").intent   // IntentScore(name: "pricing", confidence: 0.93)
public struct NLUModel: Sendable {
    public let rules: RuleMatcher
    public let classifier: IntentClassifier?
    /// The learned slot filler, when the training examples annotate slots.
    public let tagger: SlotTagger?
    /// Below this top confidence the result is the fallback intent `oos`.
    public var threshold: Double
    /// How many intents the ranking lists.
    public var rankingLength = 10
    /// The calling code of phone numbers written without one.
    public var defaultCountryCode: String
    let tokenizer = Tokenizer()

    public init(
        rules: RuleMatcher, classifier: IntentClassifier?, threshold: Double, defaultCountryCode: String = "1",
        tagger: SlotTagger? = nil
    ) {
        self.rules = rules
        self.classifier = classifier
        self.threshold = threshold
        self.defaultCountryCode = defaultCountryCode
        self.tagger = tagger
    }

    /// Trains on every example of the bot's intents.
    public static func train(
        bot: BotDefinition,
        configuration: ClassifierConfiguration = ClassifierConfiguration(),
        slotConfiguration: SlotTaggerConfiguration = SlotTaggerConfiguration()
    ) -> NLUModel {
        let tokenizer = Tokenizer()
        let examples = bot.intents.flatMap { intent in
            intent.examples.map { (tokens: tokenizer.tokenize($0.text), label: intent.name) }
        }
        let classifier = examples.isEmpty ? nil : IntentClassifier.train(examples: examples, configuration: configuration)
        let annotations = bot.intents.flatMap { intent in intent.examples.map(\.annotations) }
        let slotExamples = zip(examples, annotations).map { example, annotations in
            SlotTrainingExample(
                tokens: example.tokens, intent: example.label,
                slots: annotations.map { SlotSpan(slot: $0.slot, start: $0.start, end: $0.end) })
        }
        return NLUModel(
            rules: RuleMatcher(intents: bot.intents, tokenizer: tokenizer),
            classifier: classifier,
            threshold: bot.settings.fallbackThreshold,
            defaultCountryCode: bot.settings.defaultCountryCode,
            tagger: SlotTagger.train(examples: slotExamples, configuration: slotConfiguration)
        )
    }

    /// Reads one message; relative dates are resolved against `now` in `timeZone`.
    /// Entities are the built-in ones, then the tagger's slots (no merge policy yet).
    public func parse(_ text: String, now: Date, timeZone: TimeZone) -> ParseResult {
        var result = classifyWithSlots(text)
        result.entities = entities(in: text, now: now, timeZone: timeZone) + result.entities
        return result
    }

    /// The intent half of `parse`: rules, then the classifier, then the threshold.
    public func classify(_ text: String) -> ParseResult {
        classify(text, tokens: tokenizer.tokenize(text))
    }

    /// The intent and the learned slots, without built-in entities: what `eval` scores.
    public func classifyWithSlots(_ text: String) -> ParseResult {
        let tokens = tokenizer.tokenize(text)
        var result = classify(text, tokens: tokens)
        guard result.decision != .empty else { return result }
        // On a fallback the best guess still shapes the slots; the dialog decides what to keep.
        let intent = result.decision == .fallback ? result.ranking.first?.name : result.intent.name
        result.entities = slots(text, tokens: tokens, intent: intent)
        return result
    }

    /// The tagger's slots for a message, tagged with the intent NLU settled on.
    public func slots(_ text: String, tokens: [Token], intent: String?) -> [EntityMatch] {
        tagger?.tag(text, tokens: tokens, intent: intent) ?? []
    }

    private func classify(_ text: String, tokens: [Token]) -> ParseResult {
        let ranking = Array((classifier?.rank(tokens) ?? []).prefix(rankingLength))
        if RuleMatcher.words(tokens).isEmpty {
            return ParseResult(
                text: text, intent: IntentScore(name: ParseResult.outOfScope, confidence: 1),
                ranking: [], entities: [], decision: .empty
            )
        }
        if let rule = rules.match(tokens) {
            let decided = IntentScore(name: rule.intent, confidence: 1)
            let rest = ranking.filter { $0.name != rule.intent }.prefix(max(rankingLength - 1, 0))
            return ParseResult(
                text: text, intent: decided, ranking: [decided] + rest, entities: [],
                decision: rule.kind == .pattern ? .pattern : .exactExample
            )
        }
        guard let best = ranking.first, best.confidence >= threshold || best.name == ParseResult.outOfScope else {
            // The fallback's confidence is how sure we are that no intent fits.
            let confidence = 1 - (ranking.first?.confidence ?? 0)
            return ParseResult(
                text: text, intent: IntentScore(name: ParseResult.outOfScope, confidence: confidence),
                ranking: ranking, entities: [], decision: .fallback
            )
        }
        return ParseResult(text: text, intent: best, ranking: ranking, entities: [], decision: .classifier)
    }
}

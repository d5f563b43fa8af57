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
    /// Below this top confidence the result is the fallback intent `oos`.
    public var threshold: Double
    /// How many intents the ranking lists.
    public var rankingLength = 10
    /// The calling code of phone numbers written without one.
    public var defaultCountryCode: String
    /// The bot's lookup entities (values and synonyms).
    public let lookup: LookupEntityMatcher
    /// Settles overlaps between entity sources and maps entities to slots.
    public let merger: EntityMerger
    let tokenizer = Tokenizer()

    public init(
        rules: RuleMatcher,
        classifier: IntentClassifier?,
        threshold: Double,
        defaultCountryCode: String = "1",
        lookup: LookupEntityMatcher = LookupEntityMatcher(entities: []),
        merger: EntityMerger = EntityMerger(slots: [])
    ) {
        self.rules = rules
        self.classifier = classifier
        self.threshold = threshold
        self.defaultCountryCode = defaultCountryCode
        self.lookup = lookup
        self.merger = merger
    }

    /// Trains on every example of the bot's intents.
    public static func train(
        bot: BotDefinition, configuration: ClassifierConfiguration = ClassifierConfiguration()
    ) -> NLUModel {
        let tokenizer = Tokenizer()
        let examples = bot.intents.flatMap { intent in
            intent.examples.map { (tokens: tokenizer.tokenize($0.text), label: intent.name) }
        }
        let classifier = examples.isEmpty ? nil : IntentClassifier.train(examples: examples, configuration: configuration)
        return NLUModel(
            rules: RuleMatcher(intents: bot.intents, tokenizer: tokenizer),
            classifier: classifier,
            threshold: bot.settings.fallbackThreshold,
            defaultCountryCode: bot.settings.defaultCountryCode,
            lookup: LookupEntityMatcher(entities: bot.entities, tokenizer: tokenizer),
            merger: EntityMerger(slots: bot.slots)
        )
    }

    /// Reads one message; relative dates are resolved against `now` in `timeZone`.
    public func parse(_ text: String, now: Date, timeZone: TimeZone) -> ParseResult {
        let tokens = tokenizer.tokenize(text)
        var result = classify(text, tokens: tokens)
        result.entities = entities(in: text, tokens: tokens, now: now, timeZone: timeZone)
        return result
    }

    /// The intent half of `parse`: rules, then the classifier, then the threshold.
    public func classify(_ text: String) -> ParseResult {
        classify(text, tokens: tokenizer.tokenize(text))
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

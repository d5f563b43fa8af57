import ConciergeBot
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
    let tokenizer = Tokenizer()

    public init(rules: RuleMatcher, classifier: IntentClassifier?, threshold: Double, tagger: SlotTagger? = nil) {
        self.rules = rules
        self.classifier = classifier
        self.threshold = threshold
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
        let slotExamples = zip(bot.intents.flatMap { intent in intent.examples.map { (intent.name, $0) } }, examples)
            .map { pair, tokenized in
                SlotTrainingExample(
                    tokens: tokenized.tokens, intent: pair.0,
                    slots: pair.1.annotations.map { SlotSpan(slot: $0.slot, start: $0.start, end: $0.end) })
            }
        return NLUModel(
            rules: RuleMatcher(intents: bot.intents, tokenizer: tokenizer),
            classifier: classifier,
            threshold: bot.settings.fallbackThreshold,
            tagger: SlotTagger.train(examples: slotExamples, configuration: slotConfiguration)
        )
    }

    /// The tagger's slots for a message, tagged with the intent NLU settled on.
    public func slots(_ text: String, tokens: [Token], intent: String?) -> [EntityMatch] {
        tagger?.tag(text, tokens: tokens, intent: intent) ?? []
    }

    public func parse(_ text: String) -> ParseResult {
        let tokens = tokenizer.tokenize(text)
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
                text: text, intent: decided, ranking: [decided] + rest,
                entities: slots(text, tokens: tokens, intent: rule.intent),
                decision: rule.kind == .pattern ? .pattern : .exactExample
            )
        }
        guard let best = ranking.first, best.confidence >= threshold || best.name == ParseResult.outOfScope else {
            // The fallback's confidence is how sure we are that no intent fits.
            let confidence = 1 - (ranking.first?.confidence ?? 0)
            return ParseResult(
                text: text, intent: IntentScore(name: ParseResult.outOfScope, confidence: confidence),
                // The best guess still shapes the slots: they are kept for the dialog to use.
                ranking: ranking, entities: slots(text, tokens: tokens, intent: ranking.first?.name),
                decision: .fallback
            )
        }
        return ParseResult(
            text: text, intent: best, ranking: ranking, entities: slots(text, tokens: tokens, intent: best.name),
            decision: .classifier)
    }
}

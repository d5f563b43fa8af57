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
    /// The bot's lookup entities (values and synonyms).
    public let lookup: LookupEntityMatcher
    /// Settles overlaps between entity sources and maps entities to slots.
    public let merger: EntityMerger
    /// The follow-up questions of the bot's FAQ answers (built from the definition, not trained).
    public var followUps = FollowUpMatcher.none
    let tokenizer = Tokenizer()

    public init(
        rules: RuleMatcher,
        classifier: IntentClassifier?,
        threshold: Double,
        defaultCountryCode: String = "1",
        lookup: LookupEntityMatcher = LookupEntityMatcher(entities: []),
        merger: EntityMerger = EntityMerger(slots: []),
        tagger: SlotTagger? = nil
    ) {
        self.rules = rules
        self.classifier = classifier
        self.threshold = threshold
        self.defaultCountryCode = defaultCountryCode
        self.lookup = lookup
        self.merger = merger
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
        let spans = bot.intents.flatMap { intent in
            intent.examples.map { $0.annotations.map { SlotSpan(slot: $0.slot, start: $0.start, end: $0.end) } }
        }
        let slotExamples = zip(examples, spans).map { example, spans in
            SlotTrainingExample(tokens: example.tokens, intent: example.label, slots: spans)
        }
        let declared = declaredSlotValues(of: bot, tokenizer: tokenizer)
        // One model after the other: trained side by side, their temporaries (the dual
        // solver's padded weights, the perceptron's sums) were alive at the same time and
        // set the process's peak memory (BENCHMARKS.md, issue #18).
        let classifier = examples.isEmpty ? nil : IntentClassifier.train(
            examples: examples, slots: spans, declaredValues: declared, configuration: configuration)
        let tagger = SlotTagger.train(examples: slotExamples, configuration: slotConfiguration)
        return NLUModel(
            // The examples are tokenized once, for the rules and both models.
            rules: RuleMatcher(labelledTexts: examples, patterns: bot.intents),
            classifier: classifier,
            threshold: bot.settings.fallbackThreshold,
            defaultCountryCode: bot.settings.defaultCountryCode,
            lookup: LookupEntityMatcher(entities: bot.entities, tokenizer: tokenizer),
            merger: EntityMerger(slots: bot.slots),
            tagger: tagger
        )
    }

    /// Every value and synonym of the lookup entity behind each slot that has one: values the
    /// classifier's slot-value features know without an annotated example.
    ///
    ///     // slots: {plan: plan}; entities: {plan: {values: [{growth: [pro]}]}}
    ///     NLUModel.declaredSlotValues(of: bot, tokenizer: Tokenizer())
    ///     // [plan: "growth", plan: "pro"]
    public static func declaredSlotValues(of bot: BotDefinition, tokenizer: Tokenizer) -> [DeclaredSlotValue] {
        let entities = Dictionary(bot.entities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return bot.slots.flatMap { slot -> [DeclaredSlotValue] in
            guard let name = slot.entity, let entity = entities[name] else { return [] }
            return entity.values.flatMap { value in
                ([value.value] + value.synonyms).map { DeclaredSlotValue(slot: slot.name, tokens: tokenizer.tokenize($0)) }
            }
        }
    }

    /// Reads one message; relative dates are resolved against `now` in `timeZone`. `answered`:
    /// the FAQ entries whose answers the bot just gave, whose follow-ups the message may ask.
    public func parse(_ text: String, now: Date, timeZone: TimeZone, answered: [String] = []) -> ParseResult {
        let tokens = tokenizer.tokenize(text)
        var result = classify(text, tokens: tokens)
        result.followUp = followUps.match(tokens, after: answered)
        let found = entitiesAndFacts(in: text, tokens: tokens, intent: slotIntent(of: result), now: now, timeZone: timeZone)
        result.entities = found.merged
        let certain = result.decision == .pattern || result.decision == .exactExample
        result.understanding = UnderstandingReader.read(text, tokens: tokens, entities: found.builtin, lookup: found.lookup,
                                                        identifyLanguage: !certain)
        result.understanding.clauseIntents = clauseIntents(text, tokens: tokens)
        // Read only where the dialog may ask it: a question NLU is unsure of.
        if result.understanding.isQuestion, result.intent.confidence < 0.5 || result.decision == .fallback, let classifier {
            result.understanding.mentionsBotTopic = tokens.contains { token in
                token.kind == .word && token.normalized.count >= 3 && !UnderstandingReader.isCommonWord(token.normalized)
                    && classifier.knowsWord(token.normalized)
            }
        }
        // A word of the bot's own examples ("5 people, Newsletters", "… SMS") is no company's name.
        if result.understanding.isLoneProperWord, let word = result.understanding.freeTextBeyondFacts,
           let normalized = tokenizer.tokenize(word).first?.normalized, classifier?.knowsWord(normalized) ?? false {
            result.understanding.isLoneProperWord = false
        }
        // "Mail Pro, 4 people" names a product, not a company: a name clause needs a word the
        // bot's examples do not have.
        if let clause = result.understanding.nameClause, let classifier,
           tokenizer.tokenize(clause.value).allSatisfy({ $0.kind != .word || classifier.knowsWord($0.normalized) }) {
            result.understanding.nameClause = nil
        }
        // Today's date (a calendar computation) matters only to a message with a date in it.
        if found.builtin.contains(where: { $0.entity == "date" }) {
            let minute = PastDates.minute(of: now, in: timeZone)
            result.understanding.pastDates = PastDates.spans(found.builtin, today: String(minute.prefix(10)), now: minute, text: text)
        }
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
        result.entities = slots(text, tokens: tokens, intent: slotIntent(of: result))
        return result
    }

    /// The tagger's slots for a message, tagged with the intent NLU settled on.
    public func slots(_ text: String, tokens: [Token], intent: String?) -> [EntityMatch] {
        tagger?.tag(text, tokens: tokens, intent: intent) ?? []
    }

    /// The intent `slots` should be tagged with: the decided one, or on a fallback the best
    /// guess (it still shapes the slots; the dialog decides what to keep). Nil for an empty message.
    public func slotIntent(of result: ParseResult) -> String? {
        switch result.decision {
        case .empty: nil
        case .fallback: result.ranking.first?.name
        default: result.intent.name
        }
    }

    private func classify(_ text: String, tokens: [Token]) -> ParseResult {
        let ranking = classifier?.rank(tokens, limit: rankingLength) ?? []
        let words = RuleMatcher.words(tokens)
        if words.isEmpty {
            return ParseResult(
                text: text, intent: IntentScore(name: ParseResult.outOfScope, confidence: 1),
                ranking: [], entities: [], decision: .empty
            )
        }
        if let rule = rules.match(words: words) {
            let decided = IntentScore(name: rule.intent, confidence: 1)
            let rest = ranking.filter { $0.name != rule.intent }.prefix(max(rankingLength - 1, 0))
            return ParseResult(
                text: text, intent: decided, ranking: [decided] + rest, entities: [],
                decision: rule.kind == .pattern ? .pattern : .exactExample
            )
        }
        // A number alone ("2", "15?") means something only as the answer to a question: the
        // classifier's letters n-grams would make "2" the two-factor FAQ ("2fa").
        let lettered = tokens.contains { $0.kind == .word }
        guard let best = ranking.first, lettered, best.confidence >= threshold || best.name == ParseResult.outOfScope else {
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

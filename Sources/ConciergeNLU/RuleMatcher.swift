import ConciergeBot
import ConciergeText

/// The deterministic pass that runs before the classifier: a message that equals a training
/// example of exactly one intent (after folding case, diacritics and punctuation), or that
/// matches an intent's pattern, gets that intent with confidence 1.
///
///     let rules = RuleMatcher(labelledTexts: tokenizedExamples, patterns: bot.intents)
///     rules.match(Tokenizer().tokenize("Talk to a human, please"))   // ("talk_to_human", .pattern)
public struct RuleMatcher: Sendable {
    /// Why a rule decided.
    public enum Kind: String, Hashable, Sendable, Codable {
        case pattern
        case exactExample = "exact_example"
    }

    let examples: ExampleTable
    let patterns: PatternSet

    /// Exact examples from labelled, tokenized texts, and the intents' patterns.
    public init(labelledTexts: [(tokens: [Token], label: String)], patterns: [IntentDefinition] = []) {
        self.init(
            examples: labelledTexts.map { (words: Self.words($0.tokens), intent: $0.label) },
            patterns: patterns.flatMap { intent in intent.patterns.map { (intent.name, $0) } }
        )
    }

    private init(examples: [(words: [String], intent: String)], patterns: [(intent: String, pattern: PhrasePattern)]) {
        var owners: [String: Set<String>] = [:]
        for (words, intent) in examples {
            owners[Self.key(words), default: []].insert(intent)
        }
        // An example shared by two intents decides nothing; the classifier weighs it.
        self.examples = ExampleTable(owners.compactMapValues { $0.count == 1 ? $0.first : nil })
        self.patterns = PatternSet(patterns)
    }

    /// A matcher from its tables (a compiled model's).
    init(examples: ExampleTable, patterns: [IntentDefinition]) {
        self.examples = examples
        self.patterns = PatternSet(patterns.flatMap { intent in intent.patterns.map { (intent.name, $0) } })
    }

    public func match(_ tokens: [Token]) -> (intent: String, kind: Kind)? {
        match(words: Self.words(tokens))
    }

    /// `match` on the message's words (`RuleMatcher.words` of its tokens), when the caller has them.
    public func match(words: [String]) -> (intent: String, kind: Kind)? {
        guard !words.isEmpty else { return nil }
        if let intent = patterns.firstMatch(words) {
            return (intent, .pattern)
        }
        if let intent = examples.intent(for: Self.key(words)) {
            return (intent, .exactExample)
        }
        return nil
    }

    /// The words a rule sees: normalized tokens without punctuation and symbols.
    static func words(_ tokens: [Token]) -> [String] {
        tokens.lazy.filter { $0.kind != .punctuation && $0.kind != .symbol }.map(\.normalized)
    }

    private static func key(_ words: [String]) -> String {
        words.joined(separator: " ")
    }
}

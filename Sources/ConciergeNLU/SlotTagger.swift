import ConciergeEntities
import ConciergeText

/// Everything that shapes a trained slot tagger.
public struct SlotTaggerConfiguration: Hashable, Sendable, Codable {
    /// Passes of the averaged perceptron over the (shuffled) training examples.
    public var epochs: Int
    /// Seed of the shuffles and of the gazetteer's fold assignment.
    public var seed: UInt64
    /// Neighbouring tokens seen on each side.
    public var window: Int
    public var stems: Bool
    /// Word bigrams through the current token.
    public var bigrams: Bool
    /// The predicted intent alone, with the current word and with the previous word.
    public var intentFeatures: Bool
    /// Training slot values as gazetteer features; 0 folds turns them off.
    public var gazetteerFolds: Int
    public var gazetteerMaxTokens: Int
    /// The intent also with the next word, the shape, and every extra and gazetteer feature.
    public var richIntent: Bool
    /// Share of training examples shown without their intent, so the tagger does not lean
    /// on intent features alone: at parse time the intent is a prediction and can be wrong.
    public var intentDropout: Double
    /// Averaged weights smaller than this in magnitude are dropped after training: a smaller
    /// model touches less memory per message, and such weights barely move a decision.
    public var minimumWeight: Float

    public init(
        epochs: Int = 10, seed: UInt64 = 0x5107, window: Int = 2, stems: Bool = true, bigrams: Bool = true,
        intentFeatures: Bool = true, gazetteerFolds: Int = 5, gazetteerMaxTokens: Int = 6,
        richIntent: Bool = false, intentDropout: Double = 0, minimumWeight: Float = 0.3
    ) {
        self.minimumWeight = minimumWeight
        self.richIntent = richIntent
        self.intentDropout = intentDropout
        self.epochs = epochs
        self.seed = seed
        self.window = window
        self.stems = stems
        self.bigrams = bigrams
        self.intentFeatures = intentFeatures
        self.gazetteerFolds = gazetteerFolds
        self.gazetteerMaxTokens = gazetteerMaxTokens
    }
}

/// One annotated message to learn slots from.
public struct SlotTrainingExample: Sendable {
    public var tokens: [Token]
    /// The example's intent (gold at training time; the classifier's guess when tagging).
    public var intent: String?
    public var slots: [SlotSpan]
    /// Per token, extra feature strings such as "builtin:number" or "lookup:city".
    public var extraFeatures: [[String]]?

    public init(tokens: [Token], intent: String?, slots: [SlotSpan], extraFeatures: [[String]]? = nil) {
        self.tokens = tokens
        self.intent = intent
        self.slots = slots
        self.extraFeatures = extraFeatures
    }
}

/// The learned slot filler: a linear-chain model over BIO tags, trained by averaged
/// structured perceptron and decoded by constrained Viterbi.
///
///     let tagger = SlotTagger.train(examples: annotated)
///     let tokens = Tokenizer().tokenize("book a table in Paris")
///     tagger?.tag("book a table in Paris", tokens: tokens, intent: "BookRestaurant")
///     // [EntityMatch(entity: "city", value: "Paris", text: "Paris", start: 16, end: 21)]
public struct SlotTagger: Sendable {
    public let labels: SlotLabels
    public let configuration: SlotTaggerConfiguration
    let extractor: SlotFeatureExtractor
    /// Sparse weights: most features only ever moved a handful of tags.
    let weights: SlotWeightTable
    let transitions: [Float]
    let gazetteer: SlotGazetteer?
    /// The tags each training intent may carry; a message of another intent (or none) may
    /// carry any tag.
    let scopes: [String: SlotTagScope]
    /// Every tag, when no scope applies.
    private let allTags: SlotTagView

    init(
        labels: SlotLabels, configuration: SlotTaggerConfiguration, weights: SlotWeightTable, transitions: [Float],
        gazetteer: SlotGazetteer?, scopes: [String: SlotTagScope] = [:]
    ) {
        self.scopes = scopes
        self.allTags = SlotTagView(all: labels.tagCount)
        self.labels = labels
        self.configuration = configuration
        self.extractor = SlotFeatureExtractor(configuration: configuration)
        self.weights = weights
        self.transitions = transitions
        self.gazetteer = gazetteer
    }

    /// How many features carry weight, and how many (feature, tag) weights there are.
    public var size: (features: Int, weights: Int) { (weights.count, weights.weightCount) }

    /// Learns from annotated examples; nil when no example has a slot (or, absurdly, past
    /// 16,383 slot names). Deterministic for the same examples and configuration.
    public static func train(
        examples: [SlotTrainingExample], configuration: SlotTaggerConfiguration = SlotTaggerConfiguration()
    ) -> SlotTagger? {
        SlotTaggerTrainer(configuration: configuration).train(examples)
    }

    /// The slot spans of a tokenized message.
    public func tagSpans(tokens: [Token], intent: String?, extraFeatures: [[String]]? = nil) -> [SlotSpan] {
        guard !tokens.isEmpty else { return [] }
        let scope = intent.flatMap { scopes[$0] }
        // An intent that never had a slot gets none.
        if let scope, scope.slots.isEmpty { return [] }
        let keys = features(tokens: tokens, intent: intent, extraFeatures: extraFeatures, fold: nil)
        let tags = bestTags(keys, scope: scope)
        return BIOEncoding.decode(tags: tags, tokens: tokens).map {
            SlotSpan(slot: labels.slots[$0.slot], start: $0.start, end: $0.end)
        }
    }

    /// The slots of a message as entity matches whose value is the span's original text.
    /// `tokens` must come from `text`.
    public func tag(_ text: String, tokens: [Token], intent: String?, extraFeatures: [[String]]? = nil) -> [EntityMatch] {
        let spans = tagSpans(tokens: tokens, intent: intent, extraFeatures: extraFeatures)
        guard !spans.isEmpty else { return [] }
        let scalars = text.unicodeScalars
        return spans.map { span in
            let lower = scalars.index(scalars.startIndex, offsetBy: span.start)
            let upper = scalars.index(lower, offsetBy: span.end - span.start)
            let covered = String(scalars[lower..<upper])
            return EntityMatch(entity: span.slot, value: .string(covered), text: covered, start: span.start, end: span.end)
        }
    }

    /// Feature keys of a message; `fold` hides that gazetteer fold (training only).
    func features(tokens: [Token], intent: String?, extraFeatures: [[String]]?, fold: Int?) -> TokenFeatureKeys {
        var extra: [[UInt64]]? = extraFeatures.map { $0.map { $0.map(SlotFeatureExtractor.extraKey) } }
        if let gazetteer {
            let hits = gazetteer.features(tokens: tokens, excludingFold: fold)
            if var merged = extra {
                for index in merged.indices where index < hits.count { merged[index] += hits[index] }
                extra = merged
            } else {
                extra = hits
            }
        }
        return extractor.keys(tokens: tokens, intent: intent, extra: extra)
    }

    /// Emission scores of every token and tag in scope, then the best constrained path.
    func bestTags(_ features: TokenFeatureKeys, scope: SlotTagScope?) -> [Int] {
        guard let scope else {
            let emissions = weights.emissions(of: features, view: allTags)
            return Viterbi.decode(
                emissions: emissions, tokenCount: features.tokenCount, tagCount: labels.tagCount,
                transitions: transitions)
        }
        let emissions = weights.emissions(of: features, view: scope.view)
        return Viterbi.decode(
            emissions: emissions, tokenCount: features.tokenCount, tagCount: scope.tagCount,
            transitions: scope.transitions
        ).map(scope.globalTag)
    }
}

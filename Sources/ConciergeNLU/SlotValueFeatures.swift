import ConciergeText

/// Slot values seen in the training examples, as evidence for the intent classifier: a
/// message that contains a known value of slot `s` gets the feature "has a value of `s`",
/// as snips-nlu's entity features do. "play [the wild bunch](movie_name)"-style annotations
/// then tell the classifier that a known film title points to the intents that ask for films,
/// however the rest of the sentence is worded.
///
/// The values are split into folds, and a training example sees only the values of the other
/// folds: otherwise every example would find its own values, and the model would trust the
/// feature more than a new message, whose values are often unseen, deserves. Declared values
/// (a lookup entity's values and synonyms, for the slots filled by that entity) are known
/// before any message arrives, so every example sees them.
///
///     let values = SlotValueFeatures.fit(
///         tokens: [Tokenizer().tokenize("rain in london")], slots: [[SlotSpan(slot: "city", start: 8, end: 14)]])
///     values?.keys(for: Tokenizer().tokenize("sun in london"), excludingFold: nil)   // [key of "city"]
struct SlotValueFeatures: Sendable {
    let gazetteer: SlotGazetteer
    /// The fold of every training example, in training order.
    let folds: [Int]

    static let foldCount = 5
    static let maxTokens = 6
    private static let foldSeed: UInt64 = 0x5107_7A1E
    /// The fold of declared values: no training example is in it, so none hides them.
    private static let declaredFold = 31

    /// The values of every annotated span of `slots` (scalar offsets into each example's
    /// text, as in `SlotSpan`) and the `declared` ones; nil when there are none.
    static func fit(
        tokens examples: [[Token]], slots: [[SlotSpan]], declared: [DeclaredSlotValue] = []
    ) -> SlotValueFeatures? {
        let names = Set(slots.joined().map(\.slot)).union(declared.map(\.slot)).sorted()
        guard !names.isEmpty else { return nil }
        let slotIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var random = SplitMix64(seed: foldSeed)
        let folds = examples.indices.map { $0 % foldCount }.shuffled(using: &random)
        var values: [(tokens: ArraySlice<Token>, slot: Int, fold: Int)] = []
        for (index, tokens) in examples.enumerated() where index < slots.count {
            for span in slots[index] {
                guard let slot = slotIndex[span.slot],
                      let first = tokens.firstIndex(where: { $0.end > span.start && $0.start < span.end }),
                      let last = tokens.lastIndex(where: { $0.end > span.start && $0.start < span.end })
                else { continue }
                values.append((tokens: tokens[first...last], slot: slot, fold: folds[index]))
            }
        }
        for value in declared {
            guard let slot = slotIndex[value.slot] else { continue }
            values.append((tokens: value.tokens[...], slot: slot, fold: declaredFold))
        }
        return SlotValueFeatures(gazetteer: SlotGazetteer(maxTokens: maxTokens, values: values), folds: folds)
    }

    /// One feature key per slot with a known value in `tokens`. `excludingFold` hides the
    /// values of that fold (a training example's own); nil, for new messages, uses them all.
    func keys(for tokens: [Token], excludingFold: Int?) -> [UInt64] {
        gazetteer.slots(in: tokens, excludingFold: excludingFold).map { slot in
            var hash = FeatureHash(seed: FeatureHash.slotValueSeed)
            hash.combine(key: UInt64(slot))
            return hash.finalize()
        }
    }
}

/// A value a slot can take that the bot declares outside its examples: a value or synonym of
/// the lookup entity that fills the slot, tokenized.
public struct DeclaredSlotValue: Sendable {
    public var slot: String
    public var tokens: [Token]

    public init(slot: String, tokens: [Token]) {
        self.slot = slot
        self.tokens = tokens
    }
}

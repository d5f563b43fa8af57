import ConciergeText

/// The slot values seen in training, as folded token sequences, for gazetteer features: a
/// token that starts a known value of slot `s` gets "gazetteer-B:s", the tokens after it
/// "gazetteer-I:s".
///
/// Every value remembers which training folds it came from. Training examples see only the
/// values of the *other* folds, so the tagger learns how far a gazetteer hit can be trusted
/// on values it has not memorised, which is the situation of a new message.
///
///     let gazetteer = SlotGazetteer(maxTokens: 6, values: [(tokens: london, slot: 0, fold: 0)])
///     gazetteer.features(tokens: Tokenizer().tokenize("rain in london"), excludingFold: nil)
///     // [[], [], [gazetteer-B:0]]
struct SlotGazetteer: Sendable {
    /// Longest value, in tokens, that is looked up.
    let maxTokens: Int
    /// Per value key: the slots it was seen in, each with a bit mask of its folds.
    private var entries: [UInt64: [(slot: Int32, folds: UInt32)]] = [:]

    init(maxTokens: Int, values: [(tokens: ArraySlice<Token>, slot: Int, fold: Int)]) {
        self.maxTokens = maxTokens
        for value in values where !value.tokens.isEmpty && value.tokens.count <= maxTokens {
            var hash = FeatureHash(seed: Self.seed)
            for token in value.tokens { hash.combine(key: SlotFeatureExtractor.stringKey(token.normalized)) }
            let key = hash.finalize()
            let bit = UInt32(1) << UInt32(value.fold % 32)
            var list = entries[key] ?? []
            if let existing = list.firstIndex(where: { $0.slot == Int32(value.slot) }) {
                list[existing].folds |= bit
            } else {
                list.append((slot: Int32(value.slot), folds: bit))
            }
            entries[key] = list
        }
    }

    private static let seed: UInt64 = 0x6A09_E667_F3BC_C908

    var isEmpty: Bool { entries.isEmpty }

    /// Gazetteer feature keys per token. `excludingFold` hides the values seen only in that
    /// fold (for training examples of the fold); nil uses every value.
    func features(tokens: [Token], excludingFold: Int?) -> [[UInt64]] {
        var output = [[UInt64]](repeating: [], count: tokens.count)
        guard !entries.isEmpty, !tokens.isEmpty else { return output }
        let hidden: UInt32 = excludingFold.map { UInt32(1) << UInt32($0 % 32) } ?? 0
        let words = tokens.map { SlotFeatureExtractor.stringKey($0.normalized) }
        for start in tokens.indices {
            var hash = FeatureHash(seed: Self.seed)
            for end in start..<min(start + maxTokens, tokens.count) {
                hash.combine(key: words[end])
                guard let list = entries[hash.finalize()] else { continue }
                for entry in list where entry.folds & ~hidden != 0 {
                    let slot = UInt64(entry.slot)
                    Self.add(SlotFeatureExtractor.key(.gazetteerBegin, slot), to: &output[start])
                    if end > start {
                        for inside in (start + 1)...end {
                            Self.add(SlotFeatureExtractor.key(.gazetteerInside, slot), to: &output[inside])
                        }
                    }
                }
            }
        }
        return output
    }

    private static func add(_ key: UInt64, to list: inout [UInt64]) {
        if !list.contains(key) { list.append(key) }
    }
}

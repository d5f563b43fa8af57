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
    /// A token sequence that is a value, the start of a longer value, or both.
    struct Entry: Sendable {
        /// The slots it is a value of, each with a bit mask of its folds.
        var slots: [(slot: Int32, folds: UInt32)] = []
        /// Some longer value starts with it: the lookup goes on to the next token.
        var extends = false
    }

    /// Per token sequence key (values and their proper prefixes).
    private(set) var entries: [UInt64: Entry] = [:]

    init(maxTokens: Int, values: [(tokens: ArraySlice<Token>, slot: Int, fold: Int)]) {
        self.maxTokens = maxTokens
        for value in values where !value.tokens.isEmpty && value.tokens.count <= maxTokens {
            var hash = FeatureHash(seed: Self.seed)
            var key: UInt64 = 0
            for (position, token) in value.tokens.enumerated() {
                if position > 0 { entries[key, default: Entry()].extends = true }
                hash.combine(key: SlotFeatureExtractor.stringKey(token.normalized))
                key = hash.finalize()
            }
            let bit = UInt32(1) << UInt32(value.fold % 32)
            var entry = entries[key] ?? Entry()
            if let existing = entry.slots.firstIndex(where: { $0.slot == Int32(value.slot) }) {
                entry.slots[existing].folds |= bit
            } else {
                entry.slots.append((slot: Int32(value.slot), folds: bit))
            }
            entries[key] = entry
        }
    }

    /// A gazetteer from its table (a compiled model's).
    init(maxTokens: Int, entries: [UInt64: Entry]) {
        self.maxTokens = maxTokens
        self.entries = entries
    }

    private static let seed: UInt64 = 0x6A09_E667_F3BC_C908

    var isEmpty: Bool { entries.isEmpty }

    /// Gazetteer feature keys per token. `excludingFold` hides the values seen only in that
    /// fold (for training examples of the fold); nil uses every value.
    func features(tokens: [Token], excludingFold: Int?) -> [[UInt64]] {
        var output = [[UInt64]](repeating: [], count: tokens.count)
        forEachHit(in: tokens, excludingFold: excludingFold) { start, end, slot in
            Self.add(SlotFeatureExtractor.key(.gazetteerBegin, UInt64(slot)), to: &output[start])
            if end > start {
                for inside in (start + 1)...end {
                    Self.add(SlotFeatureExtractor.key(.gazetteerInside, UInt64(slot)), to: &output[inside])
                }
            }
        }
        return output
    }

    /// The slots with a known value somewhere in `tokens`, each once, in order of first hit.
    func slots(in tokens: [Token], excludingFold: Int?) -> [Int] {
        var found: [Int] = []
        forEachHit(in: tokens, excludingFold: excludingFold) { _, _, slot in
            if !found.contains(slot) { found.append(slot) }
        }
        return found
    }

    /// Calls `body` with the first and last token of every known value in `tokens` and its slot.
    /// A lookup from one token stops at the first sequence no value starts with, so most
    /// tokens cost one probe instead of `maxTokens`.
    private func forEachHit(in tokens: [Token], excludingFold: Int?, _ body: (Int, Int, Int) -> Void) {
        guard !entries.isEmpty, !tokens.isEmpty else { return }
        let hidden: UInt32 = excludingFold.map { UInt32(1) << UInt32($0 % 32) } ?? 0
        let words = tokens.map { SlotFeatureExtractor.stringKey($0.normalized) }
        for start in tokens.indices {
            var hash = FeatureHash(seed: Self.seed)
            for end in start..<min(start + maxTokens, tokens.count) {
                hash.combine(key: words[end])
                guard let entry = entries[hash.finalize()] else { break }
                for value in entry.slots where value.folds & ~hidden != 0 {
                    body(start, end, Int(value.slot))
                }
                if !entry.extends { break }
            }
        }
    }

    private static func add(_ key: UInt64, to list: inout [UInt64]) {
        if !list.contains(key) { list.append(key) }
    }
}

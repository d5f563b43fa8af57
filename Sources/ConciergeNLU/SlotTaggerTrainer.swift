import ConciergeText

/// Trains a `SlotTagger` by averaged structured perceptron (Collins 2002): decode each
/// example with the current weights; where the best path differs from the gold tags, add
/// the gold path's features and subtract the predicted path's. The returned weights are the
/// average over every step, which generalises much better than the last weights.
///
/// The average is kept with the usual trick: besides `w`, `u` sums each update times the
/// step it happened at, and the average is `w - u / steps`.
///
///     let tagger = SlotTaggerTrainer(configuration: SlotTaggerConfiguration()).train(examples)
struct SlotTaggerTrainer {
    let configuration: SlotTaggerConfiguration
    /// Ends training after an epoch without a mistake (same weights; false only for tests).
    var stopsWhenConverged = true

    /// An example reduced to what the perceptron touches: rows of seen features and gold tags.
    private struct Encoded: Sendable {
        var rows: [Int32]
        var ends: [Int]
        var gold: [Int]
    }

    func train(_ examples: [SlotTrainingExample]) -> SlotTagger? {
        let labels = SlotLabels(slots: Set(examples.flatMap { $0.slots.map(\.slot) }).sorted())
        // Past 16k slot names the weight table cannot tell tags apart; no bot comes close.
        guard !labels.slots.isEmpty, labels.tagCount <= SlotWeightTable.maximumTagCount else { return nil }
        let gold = examples.map { example in
            BIOEncoding.encode(tokens: example.tokens, spans: example.slots.compactMap { span in
                labels.index(ofSlot: span.slot).map { (slot: $0, start: span.start, end: span.end) }
            })
        }
        var random = SplitMix64(seed: configuration.seed)
        let folds = foldAssignment(count: examples.count, random: &random)
        let gazetteer = makeGazetteer(examples, gold: gold, folds: folds)
        let hideIntent = examples.map { _ in Double(random.next() >> 11) * 0x1p-53 < configuration.intentDropout }

        // Features are fixed during training, so they are extracted (in parallel) once.
        let shell = SlotTagger(
            labels: labels, configuration: configuration, weights: SlotWeightTable(rows: [], tagCount: labels.tagCount), transitions: [],
            gazetteer: gazetteer)
        let indices = Array(examples.indices)
        let keys = parallelMap(indices) { index in
            shell.features(
                tokens: examples[index].tokens, intent: hideIntent[index] ? nil : examples[index].intent,
                extraFeatures: examples[index].extraFeatures, fold: folds.isEmpty ? nil : folds[index])
        }
        // Sized for the keys at hand (a small bot's table is a few thousand rows, and zeroing
        // megabytes it never uses is a cost of every start), up to where growing is rare.
        var table = FeatureTable(minimumCapacity: min(keys.reduce(0) { $0 + $1.keys.count }, 1 << 16))
        var rowKeys: [UInt64] = []
        let encoded = zip(keys, gold).map { features, tags in
            Encoded(
                rows: features.keys.map { key in
                    let row = table.insert(key)
                    if Int(row) == rowKeys.count { rowKeys.append(key) }
                    return row
                },
                ends: features.ends, gold: tags)
        }
        let tagCount = labels.tagCount
        let (weights, transitions) = perceptron(encoded, rowCount: table.count, tagCount: tagCount, random: &random)

        // Keep only the weights that matter, and only the features that have one.
        let rows = rowKeys.enumerated().map { row, key in
            (key: key, weights: (0..<tagCount).compactMap { tag -> (tag: Int, weight: Float)? in
                let weight = weights[row * tagCount + tag]
                return weight == 0 || abs(weight) < configuration.minimumWeight ? nil : (tag: tag, weight: weight)
            })
        }
        return SlotTagger(
            labels: labels, configuration: configuration, weights: SlotWeightTable(rows: rows, tagCount: tagCount),
            transitions: transitions, gazetteer: gazetteer,
            scopes: SlotTagScope.scopes(
                intents: examples.map(\.intent), gold: gold, tagCount: tagCount, transitions: transitions))
    }

    /// A fold per example, balanced and shuffled; empty when the gazetteer is off.
    private func foldAssignment(count: Int, random: inout SplitMix64) -> [Int] {
        let foldCount = configuration.gazetteerFolds
        guard foldCount > 0 else { return [] }
        return (0..<count).map { $0 % foldCount }.shuffled(using: &random)
    }

    private func makeGazetteer(_ examples: [SlotTrainingExample], gold: [[Int]], folds: [Int]) -> SlotGazetteer? {
        guard !folds.isEmpty else { return nil }
        var values: [(tokens: ArraySlice<Token>, slot: Int, fold: Int)] = []
        for (index, example) in examples.enumerated() {
            // The tokens each gold span covers, exactly as the tags mark them.
            var start: Int?
            for (position, tag) in gold[index].enumerated() {
                let continues = SlotLabels.isInside(tag)
                if !continues, let open = start, let slot = SlotLabels.slot(ofTag: gold[index][open]) {
                    values.append((tokens: example.tokens[open..<position], slot: slot, fold: folds[index]))
                    start = nil
                }
                if tag != 0, !continues { start = position }
            }
            if let open = start, let slot = SlotLabels.slot(ofTag: gold[index][open]) {
                values.append((tokens: example.tokens[open...], slot: slot, fold: folds[index]))
            }
        }
        return SlotGazetteer(maxTokens: configuration.gazetteerMaxTokens, values: values)
    }

    private func perceptron(
        _ examples: [Encoded], rowCount: Int, tagCount: Int, random: inout SplitMix64
    ) -> (weights: [Float], transitions: [Float]) {
        var weights = [Float](repeating: 0, count: rowCount * tagCount)
        var weightSums = [Double](repeating: 0, count: rowCount * tagCount)
        let transitionCount = Viterbi.transitionCount(tagCount: tagCount)
        var transitions = [Float](repeating: 0, count: transitionCount)
        var transitionSums = [Double](repeating: 0, count: transitionCount)
        var order = Array(examples.indices)
        var step = 1.0
        var emissions: [Float] = []
        // Examples that take a step (an empty one is skipped).
        let stepsPerEpoch = Double(examples.count { !$0.ends.isEmpty })
        for epoch in 0..<configuration.epochs {
            order.shuffle(using: &random)
            var mistakes = 0
            for index in order {
                let example = examples[index]
                let tokenCount = example.ends.count
                guard tokenCount > 0 else { continue }
                emissions.removeAll(keepingCapacity: true)
                emissions.append(contentsOf: repeatElement(0, count: tokenCount * tagCount))
                weights.withUnsafeBufferPointer { weights in
                    emissions.withUnsafeMutableBufferPointer { emissions in
                        var from = 0
                        for token in 0..<tokenCount {
                            let base = token * tagCount
                            for row in example.rows[from..<example.ends[token]] {
                                let offset = Int(row) * tagCount
                                for tag in 0..<tagCount { emissions[base + tag] += weights[offset + tag] }
                            }
                            from = example.ends[token]
                        }
                    }
                }
                let predicted = Viterbi.decode(
                    emissions: emissions, tokenCount: tokenCount, tagCount: tagCount, transitions: transitions)
                if predicted != example.gold {
                    mistakes += 1
                    var from = 0
                    for token in 0..<tokenCount {
                        let right = example.gold[token]
                        let wrong = predicted[token]
                        if right != wrong {
                            for row in example.rows[from..<example.ends[token]] {
                                let offset = Int(row) * tagCount
                                weights[offset + right] += 1
                                weightSums[offset + right] += step
                                weights[offset + wrong] -= 1
                                weightSums[offset + wrong] -= step
                            }
                        }
                        from = example.ends[token]
                    }
                    let goldPairs = Self.transitionIndices(example.gold, tagCount: tagCount)
                    let predictedPairs = Self.transitionIndices(predicted, tagCount: tagCount)
                    for (right, wrong) in zip(goldPairs, predictedPairs) where right != wrong {
                        transitions[right] += 1
                        transitionSums[right] += step
                        transitions[wrong] -= 1
                        transitionSums[wrong] -= step
                    }
                }
                step += 1
            }
            // An epoch without a mistake left the weights as they were, so every later epoch
            // would decode the same paths and change nothing either: only their steps remain,
            // and they only count in the average. Skipping them gives the same weights.
            if mistakes == 0, stopsWhenConverged {
                step += Double(configuration.epochs - epoch - 1) * stepsPerEpoch
                break
            }
        }
        // Averaged in place: a third array of weights here was the peak of a bot's training.
        for index in weights.indices { weights[index] = Float(Double(weights[index]) - weightSums[index] / step) }
        weightSums = []
        for index in transitions.indices {
            transitions[index] = Float(Double(transitions[index]) - transitionSums[index] / step)
        }
        return (weights, transitions)
    }

    /// Indices into the transition table of a tag path: start, each pair, end.
    private static func transitionIndices(_ tags: [Int], tagCount: Int) -> [Int] {
        guard let first = tags.first, let last = tags.last else { return [] }
        var indices = [Viterbi.startIndex(to: first, tagCount: tagCount)]
        for position in tags.indices.dropFirst() {
            indices.append(Viterbi.index(from: tags[position - 1], to: tags[position], tagCount: tagCount))
        }
        indices.append(Viterbi.endIndex(from: last, tagCount: tagCount))
        return indices
    }
}

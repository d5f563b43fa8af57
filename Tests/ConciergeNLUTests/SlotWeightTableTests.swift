import Testing
@testable import ConciergeNLU

/// The tagger's compact weight table: lookups, quantisation, absent keys.
struct SlotWeightTableTests {
    @Test func storedWeightsComeBackWithinHalfAStep() {
        var random = SplitMix64(seed: 7)
        let rows = (0..<2_000).map { _ in
            let key = random.next()
            let tags = Set((0..<Int(random.next() % 6 + 1)).map { _ in Int(random.next() % 79) }).sorted()
            return (key: key, weights: tags.map { (tag: $0, weight: Float(Int(random.next() % 1_000) + 1) / 50 * (random.next() % 2 == 0 ? 1 : -1)) })
        }
        let table = SlotWeightTable(rows: rows, tagCount: 79)
        #expect(table.count == rows.count)
        let step: Float = 20 / Float(Int16.max)
        for row in rows {
            let stored = table.weights(of: row.key)
            #expect(stored.map(\.tag) == row.weights.map(\.tag))
            for (got, want) in zip(stored, row.weights) { #expect(abs(got.weight - want.weight) <= step / 2 + 1e-6) }
        }
    }

    @Test func absentKeysAndEmptyRowsHaveNoWeights() {
        let table = SlotWeightTable(rows: [(key: 1, weights: [(tag: 2, weight: 1)]), (key: 2, weights: [])], tagCount: 3)
        #expect(table.count == 1)
        #expect(table.weights(of: 2).isEmpty)
        #expect(table.weights(of: 0xDEAD_BEEF_0000_0001).isEmpty)
        #expect(SlotWeightTable(rows: [], tagCount: 3).weights(of: 1).isEmpty)
    }

    @Test func emissionsSumEveryTokensFeatures() {
        let table = SlotWeightTable(rows: [
            (key: 10, weights: [(tag: 0, weight: 2), (tag: 2, weight: -1)]),
            (key: 11, weights: [(tag: 2, weight: 4)]),
        ], tagCount: 3)
        let features = TokenFeatureKeys(keys: [10, 11, 99, 11], ends: [3, 4])
        let scores = table.emissions(of: features, view: SlotTagView(all: 3))
        let step: Float = 4 / Float(Int16.max)
        let expected: [Float] = [2, 0, 3, 0, 0, 4]
        for (got, want) in zip(scores, expected) { #expect(abs(got - want) <= step) }
    }

    @Test func denseAndSparseRowsScoreAlikeInAnyView() {
        // 40 tags: a row of 12 weights is dense (≥ 40 / 4), a row of 3 is sparse.
        let tagCount = 40
        let denseRow = (0..<12).map { (tag: $0 * 3, weight: Float($0 + 1)) }
        let sparseRow = [(tag: 3, weight: Float(-2)), (tag: 7, weight: 5), (tag: 39, weight: 1)]
        let table = SlotWeightTable(rows: [(key: 1, weights: denseRow), (key: 2, weights: sparseRow)], tagCount: tagCount)
        #expect(table.weights(of: 1).map(\.tag) == denseRow.map(\.tag))
        #expect(table.weights(of: 2).map(\.tag) == sparseRow.map(\.tag))
        let features = TokenFeatureKeys(keys: [1, 2], ends: [2])
        var full = [Float](repeating: 0, count: tagCount)
        for (tag, weight) in denseRow + sparseRow { full[tag] += weight }
        let all = table.emissions(of: features, view: SlotTagView(all: tagCount))
        for tag in 0..<tagCount { #expect(abs(all[tag] - full[tag]) < 0.001, "tag \(tag)") }
        // A view scores only its tags, in its own column order.
        let view = SlotTagView(tags: [0, 7, 3, 39], tagCount: tagCount)
        let scoped = table.emissions(of: features, view: view)
        #expect(scoped.count == 4)
        for (column, tag) in [0, 7, 3, 39].enumerated() { #expect(abs(scoped[column] - full[tag]) < 0.001) }
    }
}

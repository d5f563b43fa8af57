import Testing
@testable import ConciergeNLU

@Suite struct FeatureTableTests {
    @Test func assignsColumnsInInsertionOrderAndFindsThemAgain() {
        var table = FeatureTable(minimumCapacity: 2)
        let keys: [UInt64] = (0..<1000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for (index, key) in keys.enumerated() {
            #expect(table.insert(key) == Int32(index))
        }
        #expect(table.count == 1000)
        for (index, key) in keys.enumerated() {
            #expect(table.column(for: key) == Int32(index))
        }
        #expect(table.insert(keys[10]) == 10)
        #expect(table.column(for: 0xDEAD_BEEF) == nil)
    }

    @Test func keyZeroIsAnOrdinaryKey() {
        var table = FeatureTable()
        #expect(table.column(for: 0) == nil)
        #expect(table.insert(0) == 0)
        #expect(table.column(for: 0) == 0)
    }
}

/// Looking a message's keys up together finds the columns `column(for:)` finds, in key order.
@Test func appendColumnsFindsEachKeysColumn() {
    var table = FeatureTable(minimumCapacity: 8)
    var generator = SplitMix64(seed: 3)
    // Small keys collide on their home slots; 0 stands for itself.
    let stored = (0..<200).map { _ in generator.next() % 4096 } + [0]
    for key in stored { table.insert(key) }
    let index = table.frozen
    let probes = stored.shuffled(using: &generator) + (0..<300).map { _ in generator.next() % 8192 }
    var columns: [Int32] = []
    index.appendColumns(of: probes, to: &columns)
    #expect(columns == probes.compactMap { index.column(for: $0) })
}

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

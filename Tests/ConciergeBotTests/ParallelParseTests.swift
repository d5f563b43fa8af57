import Testing
@testable import ConciergeBot

@Suite struct ParallelParseTests {
    @Test func keepsTheOrderOfTheItems() {
        let items = Array(0..<50)
        #expect(parallelParse(items) { $0 * $0 } == items.map { $0 * $0 })
    }

    @Test func handlesNoneAndOne() {
        #expect(parallelParse([Int]()) { $0 }.isEmpty)
        #expect(parallelParse(["a"]) { $0 + "b" } == ["ab"])
    }
}

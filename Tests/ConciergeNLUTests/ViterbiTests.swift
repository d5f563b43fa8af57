import Testing
@testable import ConciergeNLU

/// Constrained decoding over hand-set scores.
struct ViterbiTests {
    // Tags: 0 = O, 1 = B-a, 2 = I-a, 3 = B-b, 4 = I-b.
    let tagCount = 5

    private func decode(_ emissions: [[Float]], transitions: [Float]? = nil) -> [Int] {
        Viterbi.decode(
            emissions: emissions.flatMap { $0 }, tokenCount: emissions.count, tagCount: tagCount,
            transitions: transitions ?? [Float](repeating: 0, count: Viterbi.transitionCount(tagCount: tagCount)))
    }

    @Test func followsEmissionsWhenTheyAreLegal() {
        #expect(decode([[0, 5, 0, 0, 0], [0, 0, 5, 0, 0], [5, 0, 0, 0, 0]]) == [1, 2, 0])
    }

    @Test func insideNeverStartsAMessage() {
        // I-a scores best on the first token but may not start; B-a is the legal best.
        #expect(decode([[0, 1, 9, 0, 0]]) == [1])
    }

    @Test func insideOnlyFollowsItsOwnSlot() {
        // I-a after B-b is illegal even though both score best on their own.
        let tags = decode([[0, 0, 0, 9, 0], [0, 0, 9, 0, 0]])
        #expect(tags != [3, 2])
        for (previous, tag) in zip(tags, tags.dropFirst()) where tag % 2 == 0 && tag > 0 {
            #expect(previous == tag || previous == tag - 1)
        }
    }

    @Test func transitionsCanOverrideEmissions() {
        var transitions = [Float](repeating: 0, count: Viterbi.transitionCount(tagCount: tagCount))
        transitions[Viterbi.index(from: 1, to: 0, tagCount: tagCount)] = -10
        // O after B-a is penalised, so the span continues.
        #expect(decode([[0, 5, 0, 0, 0], [1, 0, 0.5, 0, 0]], transitions: transitions) == [1, 2])
        transitions[Viterbi.endIndex(from: 2, tagCount: tagCount)] = -20
        #expect(decode([[0, 5, 0, 0, 0], [1, 0, 0.5, 0, 0]], transitions: transitions) != [1, 2])
    }

    @Test func longRowsUseEveryPredecessor() {
        // More than eight tags exercises the vector loop and its tail.
        let count = 21
        var transitions = [Float](repeating: 0, count: Viterbi.transitionCount(tagCount: count))
        transitions[Viterbi.index(from: 19, to: 0, tagCount: count)] = 3
        var first = [Float](repeating: 0, count: count)
        first[19] = 1
        first[17] = 1.5
        let second = [Float](repeating: 0, count: count)
        let tags = Viterbi.decode(emissions: first + second, tokenCount: 2, tagCount: count, transitions: transitions)
        #expect(tags == [19, 0])
    }

    @Test(arguments: [1, 3, 9, 17])
    func matchesExhaustiveSearch(tagCount count: Int) {
        // Every legal path of up to four tokens, scored directly: the decoded path must score
        // the maximum. Counts on both sides of the eight-lane vector width.
        var random = SplitMix64(seed: UInt64(count))
        func score() -> Float { Float(Int(random.next() % 200) - 100) / 10 }
        for tokenCount in 1...4 {
            let transitions = (0..<Viterbi.transitionCount(tagCount: count)).map { _ in score() }
            let emissions = (0..<tokenCount * count).map { _ in score() }
            func total(_ tags: [Int]) -> Float {
                var sum = transitions[Viterbi.startIndex(to: tags[0], tagCount: count)] + emissions[tags[0]]
                for position in 1..<tags.count {
                    sum += transitions[Viterbi.index(from: tags[position - 1], to: tags[position], tagCount: count)]
                    sum += emissions[position * count + tags[position]]
                }
                return sum + transitions[Viterbi.endIndex(from: tags[tags.count - 1], tagCount: count)]
            }
            func legal(_ tags: [Int]) -> Bool {
                for (position, tag) in tags.enumerated() where SlotLabels.isInside(tag) {
                    guard position > 0, tags[position - 1] == tag || tags[position - 1] == tag - 1 else { return false }
                }
                return true
            }
            var best = -Float.infinity
            var path = [Int](repeating: 0, count: tokenCount)
            while true {
                if legal(path) { best = max(best, total(path)) }
                var position = tokenCount - 1
                while position >= 0, path[position] == count - 1 { path[position] = 0; position -= 1 }
                if position < 0 { break }
                path[position] += 1
            }
            let decoded = Viterbi.decode(
                emissions: emissions, tokenCount: tokenCount, tagCount: count, transitions: transitions)
            #expect(legal(decoded))
            #expect(total(decoded) == best, "\(count) tags, \(tokenCount) tokens")
        }
    }

    @Test func emptyInput() {
        #expect(decode([]).isEmpty)
    }
}

@testable import ConciergeNLU
import Testing

/// A plain, unbanded OSA distance to check the optimized one against.
private func reference(_ a: String, _ b: String) -> Int {
    let left = Array(a.unicodeScalars)
    let right = Array(b.unicodeScalars)
    if left.isEmpty || right.isEmpty { return max(left.count, right.count) }
    var table = [[Int]](repeating: [Int](repeating: 0, count: right.count + 1), count: left.count + 1)
    for i in 0...left.count { table[i][0] = i }
    for j in 0...right.count { table[0][j] = j }
    for i in 1...left.count {
        for j in 1...right.count {
            let cost = left[i - 1] == right[j - 1] ? 0 : 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + cost)
            }
        }
    }
    return table[left.count][right.count]
}

struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("a", "", 1), ("", "abc", 3), ("same", "same", 0),
        ("kitten", "sitting", 3), ("growth", "grwoth", 1), ("abcdef", "abcdfe", 1),
        ("ca", "abc", 3),  // OSA, not unrestricted Damerau–Levenshtein (which gives 2)
        ("enterprise", "entrepise", 2), ("zürich", "zurich", 1), ("professional", "profesional", 1),
    ])
    func knownDistances(a: String, b: String, expected: Int) {
        #expect(EditDistance.distance(a, b) == expected)
        #expect(EditDistance.distance(b, a) == expected)
        #expect(EditDistance.distance(a, b, atMost: expected) == expected)
        if expected > 0 {
            #expect(EditDistance.distance(a, b, atMost: expected - 1) == nil)
        }
    }

    @Test(arguments: [(0, 0), (1, 0), (4, 0), (5, 1), (8, 1), (9, 2), (30, 2)])
    func fuzzyBoundsByLength(length: Int, bound: Int) {
        #expect(EditDistance.fuzzyBound(length: length) == bound)
    }

    @Test func aNegativeBoundNeverMatches() {
        #expect(EditDistance.distance("a", "a", atMost: -1) == nil)
    }

    @Test func boundedDistanceAgreesWithTheReference() {
        // Small alphabet so that transpositions, repeats and near misses are common.
        var state: UInt64 = 42
        func word() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int((state >> 40) % 9)
            var text = ""
            for step in 0..<length {
                text.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "a") + UInt8((state >> (3 * UInt64(step) + 4)) % 3)))
            }
            return text
        }
        for _ in 0..<3_000 {
            let (a, b) = (word(), word())
            let expected = reference(a, b)
            #expect(EditDistance.distance(a, b) == expected, "\(a) / \(b)")
            for bound in 0...3 {
                #expect(EditDistance.distance(a, b, atMost: bound) == (expected <= bound ? expected : nil), "\(a) / \(b) ≤ \(bound)")
            }
        }
    }
}

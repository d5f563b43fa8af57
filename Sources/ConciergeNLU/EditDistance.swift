/// Damerau–Levenshtein distance in its optimal string alignment (OSA) form: insertions,
/// deletions, substitutions and transpositions of two adjacent characters each cost one
/// edit, and no substring is edited twice. Characters are Unicode scalars, so compare
/// folded forms (`Token.normalized`) to be case- and diacritic-insensitive.
///
///     EditDistance.distance("enterprise", "entrepise")       // 2
///     EditDistance.distance("growth", "grwoth")              // 1 (one transposition)
///     EditDistance.distance("growth", "gorwht", atMost: 1)   // nil: more than one edit
///     EditDistance.fuzzyBound(length: 4)                     // 0: short tokens never fuzzy
enum EditDistance {
    /// How many edits a fuzzy lookup tolerates for a token of `length` characters: none up to
    /// 4 (a typo in a short word usually makes another word: "pro" / "pre"), one from 5 to 8,
    /// two from 9 on.
    ///
    ///     EditDistance.fuzzyBound(length: 9)   // 2
    static func fuzzyBound(length: Int) -> Int {
        switch length {
        case ...4: 0
        case 5...8: 1
        default: 2
        }
    }

    /// The OSA distance between `a` and `b`, counted in Unicode scalars.
    ///
    ///     EditDistance.distance("ca", "abc")   // 3 (OSA never edits a transposed pair again)
    static func distance(_ a: String, _ b: String) -> Int {
        let left = a.unicodeScalars.map(\.value)
        let right = b.unicodeScalars.map(\.value)
        // A bound of the longer length is never exceeded, so the result is always there.
        return distance(left, right, atMost: max(left.count, right.count)) ?? max(left.count, right.count)
    }

    /// The OSA distance between `a` and `b` if it is at most `bound`, else nil.
    ///
    ///     EditDistance.distance("starter", "stater", atMost: 1)   // 1
    static func distance(_ a: String, _ b: String, atMost bound: Int) -> Int? {
        distance(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value), atMost: bound)
    }

    static func distance(_ a: [UInt32], _ b: [UInt32], atMost bound: Int) -> Int? {
        a.withUnsafeBufferPointer { left in
            b.withUnsafeBufferPointer { right in distance(left, right, atMost: bound) }
        }
    }

    /// The bounded OSA distance over scalar buffers, without heap allocation.
    ///
    /// Only the diagonal band |i − j| ≤ bound of the dynamic-programming table can hold
    /// values within the bound, so only it is computed (cells outside count as bound + 1),
    /// and the computation stops as soon as a whole row exceeds the bound: every cell is at
    /// least some cell of the row above (a transposition from two rows up is matched by the
    /// diagonal cell in between), so a row's minimum never decreases.
    static func distance(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, atMost bound: Int) -> Int? {
        guard bound >= 0 else { return nil }
        let n = a.count
        let m = b.count
        if abs(n - m) > bound { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let cap = bound + 1
        let width = m + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows -> Int? in
            // Three rotating rows: the transposition looks two rows back.
            var before = 0  // row i − 2
            var previous = width  // row i − 1
            var current = 2 * width  // row i
            for j in 0...m { rows[previous + j] = min(j, cap) }
            for i in 1...n {
                let low = max(1, i - bound)
                let high = min(m, i + bound)
                rows[current] = min(i, cap)
                if low > 1 { rows[current + low - 1] = cap }
                var rowMinimum = rows[current]
                let charA = a[i - 1]
                if low <= high {
                    for j in low...high {
                        let charB = b[j - 1]
                        let cost = charA == charB ? 0 : 1
                        var value = min(rows[previous + j - 1] + cost, rows[previous + j] + 1, rows[current + j - 1] + 1)
                        if i > 1, j > 1, charA == b[j - 2], a[i - 2] == charB {
                            value = min(value, rows[before + j - 2] + cost)
                        }
                        value = min(value, cap)
                        rows[current + j] = value
                        rowMinimum = min(rowMinimum, value)
                    }
                }
                // The next row reads one cell right of this band; it must not be stale.
                if high < m { rows[current + high + 1] = cap }
                if rowMinimum > bound { return nil }
                (before, previous, current) = (previous, current, before)
            }
            let result = rows[previous + m]
            return result <= bound ? result : nil
        }
    }
}

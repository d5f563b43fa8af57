import ConciergeBot
/// "Did you mean …?" suggestions for misspelled names, by edit distance.
///
///     Suggestions.closest(to: "exmaples", among: ["examples", "patterns"])   // "examples"
///     Suggestions.closest(to: "xyz", among: ["examples", "patterns"])        // nil
enum Suggestions {
    /// The candidate nearest to `name`, if it is near enough to be a plausible typo.
    ///
    /// Case is ignored; ties go to the earlier candidate. A candidate is near enough when
    /// its distance is at most a third of the longer name's length (at least 1, at most 3).
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let folded = Array(name.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let other = Array(candidate.lowercased().unicodeScalars)
            let limit = min(3, max(1, max(folded.count, other.count) / 3))
            let distance = editDistance(folded, other)
            guard distance <= limit else { continue }
            if best == nil || distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `"; did you mean 'x'?"` or the empty string: the suffix our messages append.
    static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
        guard let suggestion = closest(to: name, among: candidates) else { return "" }
        return "; did you mean '\(suggestion)'?"
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and
    /// transpositions of adjacent characters each cost 1.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

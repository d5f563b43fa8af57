/// How every number leaves the process as JSON or text: one rule, so `40` is `40` in a
/// response, a stored row, a CSV cell and a diagnostic alike.
///
///     JSONNumber.text(40)       // "40"
///     JSONNumber.text(2.5)      // "2.5"
///     JSONNumber.rounded(0.987654)   // 0.9877
public enum JSONNumber {
    /// Whole numbers print without a fraction (`40`, not `40.0`) while they fit an `Int64`
    /// exactly; NaN and the infinities, which JSON cannot hold, print as `null`.
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if isWhole(value) { return String(Int64(value)) }
        return value.description
    }

    /// Whether `value` prints as an integer: whole, and small enough (below 10^15) that no
    /// digit is lost on the way to `Int64`.
    public static func isWhole(_ value: Double) -> Bool {
        value.rounded() == value && abs(value) < 1e15
    }

    /// A confidence or score for output: four decimals are all a reader (or a threshold)
    /// needs, and they keep lines short.
    public static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}

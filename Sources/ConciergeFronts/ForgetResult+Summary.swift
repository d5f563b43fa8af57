import ConciergeEngine

extension ForgetResult {
    /// One line saying what `forget` deleted, for `concierge forget` and the REPL's `/forget`.
    ///
    ///     ForgetResult(sessionIDs: ["web-42"], turns: 13, leads: 1).summary(subject: "web-42")
    ///     // "forgot 1 session (web-42): 13 transcript turns, 1 lead"
    public func summary(subject: String) -> String {
        if sessionIDs.isEmpty, leads == 0 { return "nothing stored for '\(subject)'; the store was scrubbed anyway" }
        let sessions = sessionIDs.count
        return "forgot \(sessions) session\(sessions == 1 ? "" : "s") (\(sessionIDs.joined(separator: ", "))): "
            + "\(turns) transcript turn\(turns == 1 ? "" : "s"), \(leads) lead\(leads == 1 ? "" : "s")"
    }
}

/// Reads a yes/no answer in everyday words, for `yes_no` form questions and declines of
/// optional ones. A negation anywhere wins, since "yes, but no thanks" is a no.
///
///     YesNo.read("sure, go ahead")   // true
///     YesNo.read("I'd rather not")   // false
///     YesNo.read("why do you need that?")   // nil
enum YesNo {
    static let yes: Set<String> = [
        "yes", "yeah", "yep", "yup", "ya", "yea", "sure", "ok", "okay", "k", "fine", "absolutely", "definitely",
        "certainly", "agree", "agreed", "consent", "y", "correct", "right", "alright", "course", "please", "go",
    ]
    static let no: Set<String> = [
        "no", "nope", "nah", "not", "don't", "dont", "never", "n", "decline", "rather", "skip", "without", "pass",
    ]

    static func read(_ text: String) -> Bool? {
        let words = text.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "’") }
            .map { $0.replacing("’", by: "'") }
        // A question ("yes, why do you need it?") is not an answer yet.
        if text.contains("?") { return nil }
        guard words.count <= 12 else { return nil }
        if words.contains(where: { no.contains($0) || $0.hasSuffix("n't") }) { return false }
        if words.contains(where: yes.contains) { return true }
        return nil
    }
}

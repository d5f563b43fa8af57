/// Whether a message asks if details were erased: "did you delete it?", "are they gone now?",
/// "is my email deleted?", "have you erased my data?". A yes / no question (an auxiliary opens
/// it, after "so", "and", "ok"…) with a word of erasure, about no account: "how long will the
/// deletion take?" and "did you delete my account?" ask about something else.
///
///     ErasureQuestionReading.read(words, isQuestion: true)   // "did you delete it?" → true
///     ErasureQuestionReading.read(words, isQuestion: true)   // "how do I delete my account?" → false
enum ErasureQuestionReading {
    static let auxiliaries: Set<String> = ["did", "have", "has", "is", "are", "was", "were", "had"]
    static let openers: Set<String> = ["so", "and", "ok", "okay", "wait", "but", "just", "to", "confirm", "hmm", "um"]
    static let erasureWords: Set<String> = [
        "delete", "deleted", "erase", "erased", "remove", "removed", "gone", "wipe", "wiped", "forget", "forgotten",
        "forgot", "destroyed", "purged",
    ]
    static let otherThings: Set<String> = ["account", "workspace", "subscription", "campaign", "list", "contacts"]

    static func read(_ words: MessageWords, isQuestion: Bool) -> Bool {
        guard isQuestion else { return false }
        var opened = false
        var erasure = false
        for index in 0..<words.count where words[index].isWord {
            let text = words[index].text
            if !opened {
                if openers.contains(text) { continue }
                guard auxiliaries.contains(text) else { return false }
                opened = true
            }
            if otherThings.contains(text) { return false }
            if erasureWords.contains(text) { erasure = true }
        }
        return erasure
    }
}

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

/// Whether a message refuses being contacted at all ("don't contact me", "leave me alone"):
/// a withdrawal that names one detail ("… and remove my phone number") still takes them all.
///
///     ContactRefusalReading.read(words)   // "I changed my mind, don't contact me" → true
enum ContactRefusalReading {
    /// In the words `MessageWords` normalizes to ("don't" → "do not").
    static let phrases = PhraseTable<Bool>([
        ("do not contact me", true), ("dont contact me", true), ("never contact me", true), ("stop contacting me", true),
        ("do not want to be contacted", true), ("no longer want to be contacted", true), ("leave me alone", true),
        ("no more contact", true), ("do not call or email me", true), ("do not email or call me", true),
    ])

    static func read(_ words: MessageWords) -> Bool {
        (0..<words.count).contains { phrases.match(words, at: $0) != nil }
    }

    /// Words a company or a person's name never opens with: "delete all of it", "remove my
    /// phone" to "what's your company?" is a request, not a name.
    static let requestVerbs: Set<String> = [
        "delete", "remove", "erase", "forget", "wipe", "stop", "cancel", "unsubscribe", "withdraw",
    ]
}

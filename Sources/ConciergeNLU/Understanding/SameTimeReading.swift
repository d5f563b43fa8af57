/// Whether a message keeps the time of day of a date already given while it moves the day:
/// "monday instead, same time", "can we do thursday at the same time?".
///
///     SameTimeReading.keepsTimeOfDay(words)   // "actually monday instead, same time" → true
enum SameTimeReading {
    /// In the words `MessageWords` normalizes to.
    static let phrases = PhraseTable<Bool>([
        ("same time", true), ("same hour", true), ("same slot", true), ("same time slot", true),
        ("same timeslot", true), ("same o'clock", true), ("same time of day", true), ("keep the time", true),
        ("time stays", true), ("time is the same", true), ("time can stay", true),
    ])

    static func keepsTimeOfDay(_ words: MessageWords) -> Bool {
        phrases.occurs(in: words)
    }
}

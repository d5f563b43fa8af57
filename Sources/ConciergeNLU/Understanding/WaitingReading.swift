/// What a message says about waiting for a person: whether it asks the bot itself for an
/// answer meanwhile ("while i wait, how do i stop a campaign?", "can the bot at least tell me
/// the price?"), and whether it asks how long the wait is ("how long until someone answers").
///
///     WaitingReading.asksBotMeanwhile(words)   // "in the meantime, what does Growth cost?" → true
///     WaitingReading.asksWait(words)           // "how much longer??" → true
enum WaitingReading {
    /// In the words `MessageWords` normalizes to.
    static let meanwhilePhrases = PhraseTable<Bool>([
        ("while i wait", true), ("while i am waiting", true), ("while waiting", true), ("while we wait", true),
        ("in the meantime", true), ("meanwhile", true), ("in the mean time", true), ("until then", true),
        ("until they reply", true), ("until someone replies", true), ("before they reply", true),
        ("can the bot", true), ("can you bot", true), ("you the bot", true), ("can you at least", true),
        ("could you at least", true), ("at least tell me", true), ("at least answer", true),
    ])

    static let waitPhrases = PhraseTable<Bool>([
        ("how long until", true), ("how long till", true), ("how long before", true), ("how long will it take", true),
        ("how long will that take", true), ("how long do i have to wait", true), ("how long do i wait", true),
        ("how long will i wait", true), ("how long will i have to wait", true), ("how long is the wait", true),
        ("how much longer", true), ("when will someone", true), ("when will somebody", true), ("when will anyone", true),
        ("when will a person", true), ("when will a human", true), ("when will you reply", true),
        ("when will they reply", true), ("when do they reply", true), ("when does someone", true),
        ("anyone there", true), ("anybody there", true), ("is someone there", true), ("is anyone coming", true),
        ("still waiting", true), ("still no one", true), ("still nobody", true), ("eta", true),
    ])

    static func asksBotMeanwhile(_ words: MessageWords) -> Bool {
        meanwhilePhrases.occurs(in: words)
    }

    static func asksWait(_ words: MessageWords) -> Bool {
        waitPhrases.occurs(in: words)
    }
}

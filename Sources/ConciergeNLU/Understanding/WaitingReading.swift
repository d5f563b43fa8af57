/// What a message says about waiting for a person: whether it asks the bot itself for an
/// answer meanwhile ("while i wait, how do i stop a campaign?", "can the bot at least tell me
/// the price?"), and whether it asks how long the wait is ("how long until someone answers").
///
///     WaitingReading.asksBotMeanwhile(words)   // "in the meantime, what does Growth cost?" → true
///     WaitingReading.asksWait(words)           // "how much longer??" → true
///     WaitingReading.asksIfBot(words)          // "is this still a bot?" → true
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
        ("are you closed", true), ("you are closed", true), ("are you open", true), ("when do you open", true),
        ("when are you open", true), ("is anybody there", true), ("nobody is there", true), ("no one is there", true),
        // "back. did anyone ever answer me??" (blind audit 42: it ended the wait).
        ("did anyone answer", true), ("did anyone ever answer", true), ("did anyone reply", true),
        ("did anyone ever reply", true), ("did someone answer", true), ("did someone reply", true),
        ("has anyone answered", true), ("has anyone replied", true), ("nobody answered", true), ("no one answered", true),
        ("nobody replied", true), ("no one replied", true), ("nobody called", true), ("no one called", true),
        ("is someone still calling", true), ("is anyone still calling", true), ("will someone call", true),
    ])

    /// "is this still a bot?", "are you even a real person": who is answering now.
    static let botQuestionPhrases = PhraseTable<Bool>([
        ("are you a bot", true), ("are you still a bot", true), ("are you still the bot", true), ("is this a bot", true),
        ("is this still a bot", true), ("is this the bot", true), ("is this still the bot", true), ("is this a bot still", true),
        ("still the bot", true), ("still a bot", true), ("are you a real person", true), ("are you even a real person", true),
        ("are you real", true), ("are you human", true), ("are you a human", true), ("are you a person", true),
        ("are you a robot", true), ("are you an ai", true), ("am i talking to a bot", true), ("am i talking to a human", true),
        ("am i talking to a person", true), ("am i talking to a real person", true), ("is this a real person", true),
        ("is this a person", true), ("is this a human", true), ("bot or human", true), ("human or bot", true),
        ("bot or a person", true), ("person or a bot", true), ("bot or a real person", true),
    ])

    static func asksBotMeanwhile(_ words: MessageWords) -> Bool {
        meanwhilePhrases.occurs(in: words)
    }

    static func asksWait(_ words: MessageWords) -> Bool {
        waitPhrases.occurs(in: words) || speaksOnlyOfWait(words)
    }

    /// Words a message about the wait is made of, and nothing else: "how long will this take?",
    /// "any idea how long?", "whats the wait time", "when should i expect to hear back" (session
    /// 29: each fell to the acknowledgement). A word of any other matter ("how long is the
    /// trial", "when is support open") makes it a question for the bot.
    static let waitTalk: WordSet = [
        "how", "long", "longer", "much", "when", "wait", "waiting", "time", "eta", "soon", "will", "would", "should",
        "this", "that", "it", "take", "takes", "taking", "be", "is", "are", "going", "gonna", "to", "then", "so", "ok",
        "okay", "any", "idea", "roughly", "about", "the", "whats", "what", "do", "does", "i", "we", "have", "has",
        "until", "till", "before", "someone", "somebody", "anyone", "anybody", "a", "person", "human", "they", "you",
        "reply", "respond", "answer", "get", "back", "me", "us", "expect", "hear", "from", "still", "hello", "hi",
        "hey", "and", "now", "usually", "normally", "typically", "there", "here", "estimated",
    ]

    /// Of `waitTalk`, the words that make it about time: "how long", "when", "the wait".
    static let waitCues: WordSet = ["long", "longer", "when", "wait", "waiting", "eta", "soon"]

    /// Whether every word of the message is `waitTalk` and one says it is about time. Every
    /// message asks, so the words are checked in place, not copied.
    static func speaksOnlyOfWait(_ words: MessageWords) -> Bool {
        var cue = false
        for index in 0..<words.count where words[index].isWord {
            let word = words[index]
            guard waitTalk.contains(word.text, word.key) else { return false }
            cue = cue || waitCues.contains(word.text, word.key)
        }
        return cue
    }

    static func asksIfBot(_ words: MessageWords) -> Bool {
        botQuestionPhrases.occurs(in: words)
    }
}

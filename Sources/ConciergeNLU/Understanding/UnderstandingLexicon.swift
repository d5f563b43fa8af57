/// What the readings of `Understanding` may do with a word, as bits: each reading skips, without
/// a lookup of its own, every word that cannot start one of its phrases.
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt16

    static let answerCue = WordRoles(rawValue: 1 << 0)
    static let nameCue = WordRoles(rawValue: 1 << 1)
    static let companyCue = WordRoles(rawValue: 1 << 2)
    static let correctionCue = WordRoles(rawValue: 1 << 3)
    static let leadIn = WordRoles(rawValue: 1 << 4)
    static let negator = WordRoles(rawValue: 1 << 5)
    /// Neither answers nor changes the subject ("please", "thanks", "just").
    static let neutral = WordRoles(rawValue: 1 << 6)
    /// "at", "from", "with": may introduce "Acme Inc".
    static let companyIntroducer = WordRoles(rawValue: 1 << 7)
    /// A chat spelling `MessageWords` expands ("im", "dont").
    static let expands = WordRoles(rawValue: 1 << 8)
    /// May open a question: "why", "how", "what", "do", "is", "can"…
    static let questionWord = WordRoles(rawValue: 1 << 9)
    /// May come before a question in its clause: "so", "but", "ok"…
    static let questionOpener = WordRoles(rawValue: 1 << 10)
    /// May start "just me", "solo", "a team of one".
    static let soloCue = WordRoles(rawValue: 1 << 11)
    /// Names a contact detail or its removal: "phone", "email", "no", "delete" ("no phone").
    static let detailInstruction = WordRoles(rawValue: 1 << 12)
    /// A word for a person a visitor may ask for or turn down: "human", "agent", "someone".
    static let personWord = WordRoles(rawValue: 1 << 13)
    /// "want", "need": negated, a refusal of what follows.
    static let wantingVerb = WordRoles(rawValue: 1 << 14)
    /// A word of a day or a time: "friday", "tomorrow", "pm".
    static let timeWord = WordRoles(rawValue: 1 << 15)
}

/// The roles of every word some reading looks for, in one table: building `MessageWords`
/// costs one lookup per word, and the readings none.
///
///     UnderstandingLexicon.roles["my"]   // [.answerCue, .nameCue, .companyCue, .correctionCue]
enum UnderstandingLexicon {
    static let roles: WordTable<WordRoles> = {
        var all: [String: WordRoles] = [:]
        func mark(_ words: some Sequence<String>, _ role: WordRoles) {
            for word in words { all[word, default: []].insert(role) }
        }
        mark(AnswerPhrases.table.firstWords, .answerCue)
        mark(PersonNameReading.cues.firstWords, .nameCue)
        mark(CompanyReading.cues.firstWords, .companyCue)
        mark(CorrectionReading.cues.firstWords, .correctionCue)
        mark(FreeTextReading.leadIns.firstWords, .leadIn)
        mark(AnswerReading.negators, .negator)
        mark(AnswerReading.neutral, .neutral)
        mark(CompanyReading.suffixIntroducers, .companyIntroducer)
        mark(MessageWords.expansions.keys, .expands)
        mark(QuestionReading.whWords.union(QuestionReading.auxiliaries).union(["why", "how"]), .questionWord)
        mark(QuestionReading.openers, .questionOpener)
        mark(SoloReading.phrases.firstWords + ["me", "myself"], .soloCue)
        mark(ContactDetailsReading.detailWords.dictionary.keys, .detailInstruction)
        mark(ContactDetailsReading.removeWords.words, .detailInstruction)
        mark(ContactDetailsReading.refusalFillers.words, .detailInstruction)
        mark(PersonRequestReading.englishPersonWords, .personWord)
        mark(PersonRequestReading.wantingVerbs, .wantingVerb)
        mark(QuestionReading.timeWords, .timeWord)
        return WordTable(all)
    }()
}

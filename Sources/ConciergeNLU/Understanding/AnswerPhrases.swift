/// What a phrase says about the answer to a question, and how much context it survives.
struct AnswerCue: Sendable {
    enum Strength: Sendable {
        /// "ok", "me", "my boss", "next": an answer only when the message says little else
        /// ("book a train for me", "send an email to my boss", "play it next" answer nothing).
        case weak
        /// "yes", "no", "skip", "not sure": an answer in a short message (≤ 12 words).
        case normal
        /// "I make the decision", "I don't want to fill this in": an answer in any chat-sized message.
        case strong
    }

    /// nil for a phrase that only hides its words from the other phrases ("no wait", "ok so").
    var answer: Understanding.Answer?
    var strength: Strength
    /// The phrase says who decides ("I make the decision", "my boss signs off"): `DecisionReading`
    /// reads it whatever was asked.
    var decides = false
}

/// The phrases behind `AnswerReading`, in the words `MessageWords` normalizes to ("don't" →
/// "do not", "I'm" → "i am", "that's" → "that is"). A trailing "$" keeps a phrase to the
/// end of a clause (see `PhraseTable`).
///
///     AnswerPhrases.table.match(words, at: 0)   // "my boss decides" → no, strong
enum AnswerPhrases {
    static let table: PhraseTable<AnswerCue> = {
        var table = PhraseTable<AnswerCue>([])
        func add(_ list: [String], _ answer: Understanding.Answer?, _ strength: AnswerCue.Strength, decides: Bool = false) {
            table.add(combining: [""], with: list, AnswerCue(answer: answer, strength: strength, decides: decides))
        }
        add(weakYes, .yes, .weak)
        add(["n$"], .no, .weak)
        add(["next$"], .skip, .weak)
        add(yes, .yes, .normal)
        add(decidingYes, .yes, .strong, decides: true)
        add(no, .no, .normal)
        add(decidingNo, .no, .strong, decides: true)
        DecisionPhrases.addOthersDecide(to: &table, AnswerCue(answer: .no, strength: .strong, decides: true))
        add(DecisionPhrases.othersAlone, .no, .weak)
        add(skip, .skip, .normal)
        add(decline, .decline, .strong)
        add(unsure, .unsure, .normal)
        add(fillers, nil, .weak)
        return table
    }()

    static let weakYes = [
        "ok", "okay", "k", "kk", "okey", "okk", "oki", "fine", "sure", "alright", "all right", "right$", "cool$",
        "great$", "good$", "perfect$", "me$", "please$", "y$", "works for me", "that works", "fine by me", "why not", "go on", "i guess so",
        "i suppose so", "if you must",
    ]

    static let yes = [
        "yes", "yess", "yesss", "yse", "ye$", "yeah", "yea", "yeh", "yah", "ya$", "yep", "yup", "yas", "aye",
        "absolutely", "definitely", "certainly", "of course", "ofc", "sure thing", "for sure", "indeed",
        "affirmative", "correct", "that is correct", "that is right", "exactly", "totally", "you bet", "agreed",
        "i agree", "agree", "i consent", "consent", "i accept", "accept", "go ahead", "go for it", "please do",
        "yes please", "sounds good", "sounds great", "no problem", "no worries", "not a problem", "no prob",
        "by all means", "i do$", "yes i do", "i am$", "yes i am", "that is me", "that would be me", "it is me",
        "that is my job", "me myself", "👍", "of course i do", "do it$", "yeahh", "yesh", "yeap", "yep yep", "yessir",
        "let us do it", "let us do this", "feel free", "you can$", "you may$", "go on then",
        "yes you can", "yes you may", "that is fine", "that is ok", "that is okay", "i do not mind",
        "do not mind", "i would not mind", "would not mind", "not at all i do not mind",
        // A yes in the languages visitors write in most besides English: a button the bot
        // offered in English ("Talk to a human") is answered "Ja bitte", "sí", "oui".
        "ja$", "ja bitte", "ja gerne", "jawohl", "sí$", "si$", "sí por favor", "si por favor", "sí claro", "claro$",
        "oui$", "oui merci", "oui s'il vous plaît", "sim$", "sim por favor", "sim claro",
        "ja prima", "ja klar", "ja natürlich", "ja sicher", "ja graag", "ja hoor", "ja prima hoor", "oui d'accord",
        "oui bien sûr", "oui bien sur", "sì certo", "si certo", "sì grazie", "si grazie", "sí vale", "si vale",
    ]

    static let decidingYes = [
        "i decide", "i make the decision", "i make the decisions", "i make decisions", "i make the call",
        "i make that call", "i make that decision", "i am the decision maker", "i am the one who decides",
        "i am the one deciding", "i am the one$", "i have the final say", "i have the last word", "i sign off",
        "i approve", "i call the shots", "i am in charge", "it is my call", "it is my decision", "my call$",
        "my decision$", "i own the budget", "i hold the budget", "i control the budget", "i am the budget holder",
        "i am the boss", "i am the owner", "i am the founder", "i am the ceo", "we decide", "i decide on",
        "the decision is mine", "the decision is mine to make", "decision is mine", "decision is mine to make", "that is on me", "i can decide", "i will decide",
        "i am the decider", "i am responsible for that", "decision maker$", "i decide myself",
        "i sign the contracts", "i sign contracts", "i am the one who signs", "i approve purchases",
        "i approve the budget", "i approve budgets", "the buck stops with me", "i hold the purse strings",
        "the final decision is mine", "final decision is mine", "i have budget authority", "i am the budget owner",
        "joint decision", "we decide together", "i am one of the decision makers", "i am a decision maker",
        // "me + cfo jointly" (blind audit 28): a decision shared with the visitor is theirs too.
        "jointly", "we decide jointly", "together with my", "me and my", "me and our", "me and the", "me plus",
    ]

    static let no = [
        "no", "nope", "nah", "naw", "nay", "no no", "nein", "negative", "not really", "not at all",
        "not now", "not today", "not yet", "not right now", "not at the moment", "not for now", "no thanks",
        "no thank you", "nope thanks", "i do not", "i am not$", "it is not", "that is not me", "not me",
        "not interested", "i am not interested", "not for me", "no way", "never", "no need", "maybe later",
        "another time", "some other time", "i would rather not", "rather not", "i will pass on that",
        "do not think so", "i do not think so", "i do not", "not necessary", "no it is not", "nothing",
        "none", "not really no", "i would say no", "not that i know of", "i am good thanks", "i am good$",
        "all good thanks", "wrong", "incorrect", "that is wrong", "that is not right", "not correct", "noo",
        "nooo", "nop", "nopes", "i would prefer not to", "prefer not", "i would prefer not", "probably not",
        "not this time", "no can do", "i am fine thanks", "i am fine$", "no i am good",
    ]

    static let decidingNo = [
        "not my call", "not my decision", "not up to me", "not the decision maker", "not the one who decides",
        "not in charge", "i do not decide", "i do not make the decision", "i do not make the decisions",
        "i do not make decisions", "i need approval", "i need to ask", "i have to ask", "i would need to ask",
        "i need to check with", "i have to check with", "i would need to check with", "i need sign off",
        "someone else", "somebody else", "someone else decides", "it is not up to me", "above my pay grade",
        "i am not the one", "i do not have the final say",
    ]

    static let skip = [
        "skip", "skip it", "skip that", "skip this", "skip this one", "skip that one", "skip the question", "pass$",
        "i will pass", "pass on that", "pass on this", "next question", "next one", "move on",
        "prefer not to say", "i prefer not to say", "i would prefer not to say", "rather not say",
        "i would rather not say", "i would rather not tell", "rather not tell", "i would rather not answer",
        "rather not answer", "i prefer not to answer", "prefer not to answer", "not telling", "no comment",
        "that is private", "private$", "confidential$", "that is confidential", "none of your business",
        "n / a", "na$", "not applicable", "leave it blank", "leave that blank", "leave it empty", "does not apply",
        "i do not want to answer that", "i do not want to answer this", "i do not want to say",
        "i do not want to share that", "i do not want to give that", "i do not want to tell you",
        "i would rather not share that", "i do not want to give my email", "i do not want to give my phone",
        "i do not want to give my number", "i do not want to give my name", "i do not want to share my email",
        "i do not want to share my phone", "i do not want to share my number", "i do not want to share my name",
        "rather not share that", "i can not share that", "not saying", "leave it$", "leave that$",
        "skip pls", "skip please",
        // "just continue without company name" (blind audit 28: it was stored as the company).
        "continue without", "just continue", "go on without", "carry on without", "proceed without",
        "move on without",
    ]

    static let decline = [
        "i do not want to fill this in", "i do not want to fill this out", "i do not want to fill in",
        "i do not want to fill out", "i do not want to fill this", "i do not want to fill anything",
        "i do not want to fill in anything", "do not want to fill", "not filling", "i will not fill",
        "i am not filling", "i am not going to fill", "i do not want to do this", "i do not want to do the form",
        "stop asking", "stop asking me", "stop asking me questions", "stop the questions", "stop with the questions",
        "no more questions", "enough questions", "too many questions", "forget it", "forget about it", "never mind",
        // "actually nevermind, ill just email sales myself later", "stop. i said never mind" (blind audit 48).
        "nevermind", "nvm", "i said never mind", "stop$", "please stop", "stop it", "i said stop",
        // The request the form is for, called off: "forget the demo.", "never mind the demo".
        "forget the demo", "forget about the demo", "never mind the demo", "cancel the demo request", "no demo after all",
        // "tbh i just want a call back, dont wanna do a questionaire" (blind audit 30: it was the need).
        "do not want to do a questionnaire", "do not want to do a questionaire", "do not want to do a survey",
        "do not want to answer questions", "do not want to answer all these questions", "no questionnaire",
        "no questionaire", "not doing a questionnaire", "not doing a questionaire",
        // "i'd rather not go through a questionnaire", "i told you i dont want to answer all this" (blind audit 40).
        "rather not go through a questionnaire", "rather not go through a questionaire", "rather not do a questionnaire",
        "do not want to go through a questionnaire", "rather not go through questions", "do not want to answer all this",
        "do not want to answer all of this", "rather not answer all this", "not answering all this",
        "i do not want to give it", "i said i do not want to give it", "i do not want to say it", "not giving it",
        "i would rather not go through a questionnaire", "i would rather not go through a questionaire",
        "i would rather not do a questionnaire", "i would rather not go through questions", "i would rather not answer all this",
        "i do not want to go through a questionnaire", "i do not want to answer all this", "i do not want to answer all of this",
        "i do not want the demo anymore", "i do not want a demo anymore", "forget the form", "never mind the form",
        "nevermind", "nvm", "leave me alone", "i do not want to give my details", "do not want to give my details",
        "i do not want to give you my details", "i do not want to give any details", "i do not want to share my details",
        "i do not want to share my info", "i do not want to give my info", "i do not want to give my information",
        "i do not want to share my information", "i do not want to give my data", "i do not want to share my data",
        "i do not want to give personal", "i do not want to share personal", "i do not want to give out",
        "i do not want to provide", "i would rather not give my details", "i would rather not share my details",
        "i would rather not leave my details", "rather not leave my details", "i do not want to leave my details",
        "i would rather not leave any details", "i would rather not leave my email", "i would rather not leave my number",
        "not leaving my details", "i am not leaving my details", "i would rather not give my email",
        "i would rather not give my number", "rather not give my details", "rather not share my details",
        "not giving my details", "not giving you my details", "not sharing my details", "i am not giving",
        "i am not sharing", "i will not give", "i will not share", "i do not want to answer questions",
        "i do not want to answer any questions", "i do not want a form", "i do not do forms", "no forms",
        "i do not want to be contacted", "do not contact me", "i do not want to sign up", "i am out",
        "i quit", "cancel this", "cancel that", "cancel the form", "stop this", "stop$", "cancel$", "quit$",
        "exit$", "enough$", "leave the form", "i want to leave", "get me out of here",
    ]

    static let unsure = [
        // No preference is no value either: "whenever" to "when would suit you?".
        "whenever$", "whenever works$", "whenever you want$", "any time$", "anytime$", "any time works$",
        "anytime works$", "i am flexible$", "we are flexible$", "flexible$", "no preference$",
        "does not matter$", "not sure$", "not sure yet", "i am not sure$", "unsure", "not certain", "i am not certain", "no idea$",
        "i have no idea$", "no clue", "i have no clue", "do not know$", "i do not know$", "i do not know yet",
        "do not know yet", "dunno", "idk", "tbd", "to be decided", "to be determined", "depends", "it depends",
        "that depends", "hard to say", "difficult to say", "can not say$", "i can not say$", "maybe$", "perhaps$",
        "possibly$", "not decided", "not decided yet", "have not decided", "we have not decided",
        "i have not decided", "undecided", "we will see", "let me check", "i will check", "i need to check$",
        "not sure tbh", "who knows", "good question", "unclear", "no clue yet", "not known yet", "unknown",
        "i am not sure yet", "not really sure", "i am not really sure", "still deciding", "still figuring it out",
        "we are still figuring it out", "i will think about it", "let me think", "let me think about it",
        "probably$", "yes and no", "would not know", "i would not know", "i do not really know$",
        "i really do not know$", "not really sure$", "kind of$", "sort of$", "not quite sure", "i am not quite sure",
    ]

    /// Phrases that hide words which would otherwise read as an answer: "no wait, 30" corrects,
    /// "ok so" leads in, "yes or no" is a question's words.
    static let fillers = [
        "no wait", "ok so", "okay so", "so yeah", "yes or no", "no matter", "no one", "nobody", "no longer",
        "not only", "no more than", "not more than", "not less than", "no less than", "not much", "not many",
        "not sure what you mean", "not sure i understand", "i do not know how", "i do not know what",
        "i do not know where", "i do not know if", "i do not understand", "do not understand",
        "thank you", "thanks", "right now", "right away", "i am sorry", "i am so sorry", "sorry about that",
    ]
}

/// Which of their contact details a visitor names, clause by clause, and whether each may be
/// kept or must go: "don't keep my number, email is fine" → erase the phone, keep the e-mail.
/// A detail named in a clause with a word of keeping ("fine", "ok", "keep") and no negation
/// or word of removal is kept; one named with a word of removal is to erase, and so is one in
/// a clause that goes on from such a clause ("delete my phone, and my email too"). A detail
/// named with neither ("oops, email is claire@… with a dash. no phone") is given, not refused
/// (blind audit 32: the corrected e-mail was masked and the old one passed on).
///
///     ContactDetailsReading.read(words)   // "delete my phone but keep the email" → (erase: [.phone], keep: [.email], instructs: true)
///     // and `clauses`, the spans of the two clauses that say so
enum ContactDetailsReading {
    static let detailWords = WordTable<Understanding.ContactDetail>([
        "phone": .phone, "number": .phone, "mobile": .phone, "cell": .phone, "cellphone": .phone,
        "telephone": .phone, "landline": .phone, "email": .email, "e-mail": .email, "mail": .email,
        "emails": .email, "address": .email, "name": .name,
    ])
    static let keepWords: WordSet = ["fine", "ok", "okay", "keep", "good", "stay", "enough", "use", "alright"]
    /// Words that make a kept detail the only one: "email only", "just my email" — the other
    /// ways to reach the visitor (e-mail, phone) are to erase.
    static let onlyWords: WordSet = ["only", "just", "solely"]
    /// "skip the phone" beside the details given (blind audit 55 asked for the phone twice).
    static let removeWords: WordSet = ["not", "no", "delete", "remove", "erase", "forget", "drop", "without", "lose", "scrap", "skip"]
    /// Verbs of handing over a detail: "I'd rather not give a phone number" speaks of the
    /// visitor's own, as "my" does.
    /// Words a bare refusal may hold besides its detail and "no": "phone not needed" (blind
    /// audit 52 asked for the phone next), "skip the phone" (55).
    static let refusalFillers: WordSet = ["needed", "necessary", "required", "pls", "thx", "needs", "the", "a"]
    static let giveWords: WordSet = ["give", "giving", "share", "sharing", "provide", "providing", "hand"]
    /// Verbs that name the phone as the way to reach the visitor: "just call me instead,
    /// 0176…" keeps the phone only (blind audits 37 and 38: the lead was lost).
    static let callVerbs: WordSet = ["call", "ring", "phone", "text"]
    /// Words that join two requests in one clause: "delete my phone but keep the email".
    static let joiners: WordSet = ["but", "while", "though", "although", "except"]
    /// Words that make a clause go on from the one before: "…, and my email too".
    static let continuing: WordSet = ["and", "or", "nor", "also", "plus", "too", "either", "both"]

    /// `instructs`: a clause tells what to do with the visitor's own details — a detail word, a
    /// word of removal and "my" or a verb of giving ("don't keep my phone number", "I'd rather
    /// not give a phone number"), not "we want email campaigns".
    /// `clauses`: the spans (Unicode scalar offsets) of the clauses that say what to keep or
    /// erase, which answer no question (not a need, not a company).
    /// `refusesBare`: a clause of nothing but a detail and a word of removal ("no phone"): an
    /// instruction only beside details given in the same message ("Sofia, sofia@…, no phone"),
    /// since alone it may be about a channel ("no email, just sms").
    static func read(_ words: MessageWords)
        -> (erase: Set<Understanding.ContactDetail>, keep: Set<Understanding.ContactDetail>, instructs: Bool,
            refusesBare: Bool, clauses: [Range<Int>]) {
        var erase: Set<Understanding.ContactDetail> = []
        var keep: Set<Understanding.ContactDetail> = []
        var named: Set<Understanding.ContactDetail> = []
        var keeping = false
        var removing = false
        var own = false
        var only = false
        var exclusive = false
        var instructs = false
        /// The clause has only words of removal and details ("no phone", "no phone number please").
        var bare = true
        var refusesBare = false
        var clauses: [Range<Int>] = []
        var clauseStart: Int?
        var clauseEnd = 0
        /// The last clause that named a detail said to erase it (true) or keep it (false).
        var lastErases: Bool?
        var goesOn = false
        func close() {
            if !named.isEmpty, keeping || removing || only, let start = clauseStart { clauses.append(start..<clauseEnd) }
            clauseStart = nil
            // "email only" keeps the e-mail, however few words say so.
            if only, !removing, !named.isEmpty { keeping = true; exclusive = true }
            if !named.isEmpty {
                let erases: Bool? = keeping && !removing ? false : removing ? true : goesOn ? lastErases : nil
                if erases == true { erase.formUnion(named) } else if erases == false { keep.formUnion(named) }
                if let erases { lastErases = erases }
            }
            goesOn = false
            if !named.isEmpty, removing, own { instructs = true }
            if !named.isEmpty, removing, bare { refusesBare = true }
            named = []
            bare = true
            keeping = false
            removing = false
            own = false
            only = false
        }
        // Only beside a number: "just call me Ana" names no phone.
        let givesNumber = (0..<words.count).contains { words[$0].isNumber }
        for index in 0..<words.count {
            let word = words[index]
            if word.isBreak || joiners.contains(word.text, word.key) {
                close()
                continue
            }
            guard word.isWord else { continue }
            if clauseStart == nil { clauseStart = word.start }
            clauseEnd = word.end
            // "delete my company name" names no detail of the person (`CompanyErasureReading`).
            if let detail = detailWords[word.text, word.key],
               detail != .name || index == 0 || !CompanyErasureReading.companyWords.contains(words[index - 1].text, words[index - 1].key) {
                named.insert(detail)
            }
            if givesNumber, callVerbs.contains(word.text, word.key), words.text(index + 1) == "me" || words.text(index + 1) == "us" {
                // "no. you can call me tho. 0171 555 0199": a call asked for keeps the phone
                // (blind audit 41), unless the clause says not to ("don't call me").
                named.insert(.phone)
                keeping = true
            }
            if keepWords.contains(word.text, word.key) { keeping = true }
            // "will someone call my phone number I gave or not": "or not" asks, it removes nothing (blind audit 39).
            if removeWords.contains(word.text, word.key), !(word.text == "not" && words.text(index - 1) == "or") { removing = true }
            if word.text == "my" || word.text == "me" || giveWords.contains(word.text, word.key) { own = true }
            if bare, !word.roles.contains(.detailInstruction), !word.roles.contains(.neutral) { bare = false }
            if onlyWords.contains(word.text, word.key) { only = true }
            if continuing.contains(word.text, word.key) { goesOn = true }
        }
        close()
        if exclusive {
            erase.formUnion(Set<Understanding.ContactDetail>([.email, .phone]).subtracting(keep))
            instructs = true
        }
        return (erase.subtracting(keep), keep, instructs, refusesBare, clauses)
    }
}

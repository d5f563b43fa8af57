/// Which of their contact details a visitor names, clause by clause, and whether each may be
/// kept or must go: "don't keep my number, email is fine" → erase the phone, keep the e-mail.
/// A detail named in a clause with a word of keeping ("fine", "ok", "keep") and no negation
/// or word of removal is kept; any other named detail is to erase.
///
///     ContactDetailsReading.read(words)   // "delete my phone but keep the email" → (erase: [.phone], keep: [.email], instructs: true)
enum ContactDetailsReading {
    static let detailWords: [String: Understanding.ContactDetail] = [
        "phone": .phone, "number": .phone, "mobile": .phone, "cell": .phone, "cellphone": .phone,
        "telephone": .phone, "landline": .phone, "email": .email, "e-mail": .email, "mail": .email,
        "emails": .email, "address": .email, "name": .name,
    ]
    static let keepWords: Set<String> = ["fine", "ok", "okay", "keep", "good", "stay", "enough", "use", "alright"]
    static let removeWords: Set<String> = ["not", "no", "delete", "remove", "erase", "forget", "drop", "without", "lose", "scrap"]
    /// Words that join two requests in one clause: "delete my phone but keep the email".
    static let joiners: Set<String> = ["but", "while", "though", "although", "except"]

    /// `instructs`: a clause tells what to do with the visitor's own details — a detail word, a
    /// word of removal and "my" ("don't keep my phone number"), not "we want email campaigns".
    static func read(_ words: MessageWords)
        -> (erase: Set<Understanding.ContactDetail>, keep: Set<Understanding.ContactDetail>, instructs: Bool) {
        var erase: Set<Understanding.ContactDetail> = []
        var keep: Set<Understanding.ContactDetail> = []
        var named: Set<Understanding.ContactDetail> = []
        var keeping = false
        var removing = false
        var own = false
        var instructs = false
        func close() {
            if keeping, !removing { keep.formUnion(named) } else { erase.formUnion(named) }
            if !named.isEmpty, removing, own { instructs = true }
            named = []
            keeping = false
            removing = false
            own = false
        }
        for index in 0..<words.count {
            let word = words[index]
            if word.isBreak || joiners.contains(word.text) {
                close()
                continue
            }
            guard word.isWord else { continue }
            if let detail = detailWords[word.text] { named.insert(detail) }
            if keepWords.contains(word.text) { keeping = true }
            if removeWords.contains(word.text) { removing = true }
            if word.text == "my" || word.text == "me" { own = true }
        }
        close()
        return (erase.subtracting(keep), keep, instructs)
    }
}

/// A clause that states what the visitor wants, with a word of wanting: "we need email
/// campaigns and landing pages", "mostly want to send newsletters", "we're looking for a chat
/// widget". A question ("do you need my email?") or a clause asking for a person or a call
/// states no need. Whether the words name something the bot sells is the dialog's business
/// (its catalog): this only finds the clause.
///
///     NeedReading.read(words, text: "can sales call me? we need sms and email")   // ["we need sms and email"]
enum NeedReading {
    /// Words that say the clause is about wanting something.
    static let cues: Set<String> = ["need", "needs", "want", "wants", "looking", "interested", "mostly", "mainly", "require"]
    /// What a wanted thing is not: a person, a call, a demo, a price, a form to leave, or
    /// consent or a mailing list to be taken out of ("I want to withdraw my consent for
    /// marketing emails", "I want OFF your mailing list": blind audits 66 and 68 stored them as
    /// the need).
    static let requestWords: Set<String> = [
        "talk", "speak", "someone", "somebody", "person", "human", "agent", "call", "demo", "quote", "price",
        "prices", "pricing", "cost", "help", "support", "cancel", "delete", "refund", "invoice", "know", "ask",
        "contact", "sales", "rep", "to", "stop", "leave", "unsubscribe", "withdraw", "erase", "remove", "forget",
        "revoke", "opt", "off", "out", "quit",
    ]

    static func read(_ words: MessageWords, text: String) -> [String] {
        var needs: [String] = []
        // "need a quote for 30 ppl team, email+sms+crm sync": the clause after a request with a
        // word of wanting says what the request is for (blind audit 42 asked the need again).
        var afterRequest = false
        for clause in words.clauses() {
            // A question, with its mark or opening like one ("what do you need from me").
            guard clause.upperBound >= words.count || words[clause.upperBound].text != "?",
                  !words[clause.lowerBound].roles.contains(.questionWord) else { afterRequest = false; continue }
            guard let cue = clause.first(where: { cues.contains(words[$0].text) }) else {
                // "… just have sales email me a quote" is another request, not what it is for.
                if afterRequest, !clause.contains(where: { requestWords.contains(words[$0].text) && words[$0].text != "to" }) {
                    needs.append(text.scalarSlice(words[clause.lowerBound].start, words[clause.upperBound - 1].end))
                    afterRequest = false
                }
                continue
            }
            // "I don't want a demo": what is not wanted is no need, nor a request to explain.
            if cue > clause.lowerBound, ["not", "dont", "no", "never"].contains(words[cue - 1].text) {
                afterRequest = false
                continue
            }
            // The thing wanted: what follows the cue, "to" and articles aside ("need to send
            // newsletters" wants newsletters, "need to talk to someone" wants a person).
            var next = cue + 1
            while next < clause.upperBound, ["to", "a", "an", "some", "for", "in", "at", "the"].contains(words[next].text) { next += 1 }
            guard next < clause.upperBound, !requestWords.contains(words[next].text),
                  clause.count - (next - clause.lowerBound) >= 1 else {
                afterRequest = next < clause.upperBound
                continue
            }
            needs.append(text.scalarSlice(words[clause.lowerBound].start, words[sentenceEnd(words, after: clause) - 1].end))
            afterRequest = false
        }
        return needs
    }

    /// The end of the need that `clause` opens: the clause, or with a colon after it the rest of
    /// its sentence ("want everything: email, sms, chat, pages. budget 800": blind audit 55 asked
    /// the need five times).
    static func sentenceEnd(_ words: MessageWords, after clause: Range<Int>) -> Int {
        guard clause.upperBound < words.count, words[clause.upperBound].text == ":" else { return clause.upperBound }
        var end = clause.upperBound + 1
        while end < words.count, !QuestionReading.sentenceEnds.contains(words[end].text), words[end].text != "?" { end += 1 }
        return end
    }
}

import ConciergeBot
import ConciergeNLU

/// Whether a message in a form leaves the question for a request of its own (a digression)
/// or answers it.
extension DialogStep {
    /// Whether the message is a confident request of its own or a question, rather than an
    /// answer to the question asked.
    func isDigression(_ parse: ParseResult, strong: Bool) -> Bool {
        guard session.form != nil else { return false }
        // "did you get the budget change? 5k not 3k": a correction of what the form holds stays
        // in the form, however much it asks (blind audit 48 left it for suggestions).
        if !strong, understanding.isCorrection, correctsFilledNumber || !understanding.numbers.isEmpty && holdsCountOrBudget {
            return false
        }
        // "more clients + white label reporting for them" to "what would you like to achieve?",
        // right after the white-label answer: the need asked for, in the words of the question
        // just answered, not that question again (blind audit 45).
        if button == nil, !understanding.isQuestion, understanding.freeText != nil, let faq = machine.faqByIntent[actedIntent],
           askedField.flatMap({ machine.slot(named: $0.slot) })?.kind == .need, answeredRecently(faq) {
            return false
        }
        let routable = actedIntent != ParseResult.outOfScope && machine.handles(actedIntent, in: currentState)
        // A field's own bar is for answers that sound like product questions; a request for a
        // person or for sales ("get me in touch with sales, I'm Lena…") is none.
        // The intent's state, looked up once for the three questions asked of it.
        let target = transition(for: actedIntent).flatMap { machine.states[$0.target] }
        let erasure = target?.withdrawConsent == true
        let elsewhere = erasure || target?.handoff == true || target?.form?.done.flatMap { machine.states[$0]?.lead } != nil
        let threshold = elsewhere ? settings.digressionConfidence : askedField?.digressionConfidence ?? settings.digressionConfidence
        let confident = strong || (parse.decision == .classifier && parse.intent.confidence >= threshold)
        // A short statement asked for a name or a company is the name ("Kestrel Software"),
        // however much it sounds like a product question; only a pattern or an exact example
        // of an intent, or a question, leaves.
        // Unless the classifier is sure of a request of four content words or more: "I withdraw
        // my consent, please delete my email" (withdraw_consent 0.998) is no company name.
        // Nor is an erasure the classifier finds likely: "delete all of it" names no company.
        // Nor a person asked for: "forget it. talk to a human" (blind audit 26).
        let sureRequest = routable && (parse.intent.confidence >= Self.sureOfRequest && understanding.contentWordCount >= 4
            && !machine.isSmallTalk(actedIntent) || erasure && parse.intent.confidence >= DialogMachine.guessConfidence
            || target?.handoff == true && parse.intent.confidence >= DialogMachine.certainConfidence)
        if !strong, !sureRequest, !understanding.isQuestion, let field = askedField, let slot = machine.slot(named: field.slot),
           let answer = understanding.freeText,
           // "Whiskers & Paws Rescue (registered charity 1187xxx)": a remark in brackets is no part of it.
           answer.prefix(while: { $0 != "(" }).split(separator: " ").count <= Self.shortAnswerWords(slot.kind) {
            return false
        }
        // "we need email automation and landing pages for clients" to "what would you like to
        // achieve?" states the need asked for, however much it sounds like a request for
        // suggestions (blind audit 29: recommend_products 0.97 left the quote's form).
        if !strong, !sureRequest, !understanding.isQuestion, understanding.statedNeed != nil,
           let field = askedField, machine.slot(named: field.slot)?.kind == .need {
            return false
        }
        // "not sure", "skip", "no": an answer to the question, not a request of its own — even
        // when it is word for word an example of small talk ("nah" of `decline`).
        // Unless the answer word opens a request the classifier is sure of: "NO. delete my data.
        // GDPR erasure request" (account_deletion 0.9997) leaves the form.
        if !strong || (button == nil && machine.isSmallTalk(actedIntent)), !understanding.isQuestion,
           understanding.answer != nil, !sureRequest { return false }
        // "call me back on 07700 900123" to the phone question tries to answer it, even when
        // the number is not valid: it is checked and asked again, not taken for a request.
        if !strong, let entity = askedField.flatMap({ $0.entity ?? machine.slot(named: $0.slot)?.entity }) {
            if parse.entities.contains(where: { $0.entity == entity }) { return false }
            // Unless it is a question the classifier is sure of, with no amount or head count in
            // it: the 2 of "is the CRM sync 2-way?" answers no budget question.
            let asksOnly = understanding.isQuestion && confident && understanding.budget == nil && understanding.headCount == nil
            if SlotPolicy.numericAnswerEntities.contains(entity), !understanding.numbers.isEmpty, !asksOnly { return false }
        }
        return routable && (confident || understanding.isQuestion)
    }

    /// A question asked beside the answer to the form's question ("thursday afternoon? and do
    /// you do demos in german", "yes. but is a german demo possible?", "we're like 6 ppl. what
    /// does a demo actually cover btw?") is answered before the next question (blind audits 24
    /// and 25: it went unheard). The message's FAQ question when it leaves the form for it
    /// (`digresses`) and fills some of it too; else a clause of its own that is surely an FAQ
    /// question alone; else the whole message beside an answer that is a value read from its
    /// own words (a date, a number, an amount) or a yes in a sentence of its own: a free-text
    /// answer ("Acme, we sell shoes") may sound like any question as a whole.
    /// Answers the FAQ question the message leaves the form for (`digresses`), small talk
    /// aside; false when it leaves for none.
    mutating func answerDigressedFAQ() -> Bool {
        guard digresses, let faq = machine.faqByIntent[actedIntent], !machine.isSmallTalk(actedIntent) else { return false }
        answer(faq)
        return true
    }

    mutating func answerSideQuestion(_ filling: SlotFilling, asked field: FormField) {
        guard !filling.filled.isEmpty else { return }
        // Sure enough of the question to leave the form for it, and with answers as well.
        if answerDigressedFAQ() { return }
        if let clause = understanding.clauseIntents.first(where: { clause in
            clause.confidence >= DialogMachine.certainConfidence && !machine.isSmallTalk(clause.name)
        }), let faq = machine.faqByIntent[clause.name] {
            answer(faq)
            return
        }
        guard !digresses, understanding.isQuestion, filling.filled.contains(field.slot), let slot = machine.slot(named: field.slot),
              [.value, .headCount, .budget].contains(slot.kind) || (field.yesNo && understanding.yesBeforeQuestion),
              let faq = machine.faqByIntent[actedIntent], !machine.isSmallTalk(actedIntent),
              decision == .classifier || decision == .pattern,
              confidence >= field.digressionConfidence ?? settings.digressionConfidence else { return }
        answer(faq)
    }
}

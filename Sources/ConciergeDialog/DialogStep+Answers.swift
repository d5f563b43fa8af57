import ConciergeBot
import ConciergeNLU

/// FAQ answers: given, or owned up to when the visitor says the last one did not help, and
/// never a third time in a row for questions the classifier can only bring close to it.
extension DialogStep {
    mutating func answer(_ faq: FAQEntry) {
        // The answer just given, asked for again with a report that it did not work ("I did
        // reset it and it still fails"): the same words would not help either. Asked again
        // without one ("where's the link again?"), it is said again.
        if understanding.reportsFailure, !machine.isSmallTalk(faq.intent), let previous = session.transcriptLog.last,
           said(faq, in: previous) {
            say(.faqRepeated, buttons: humanButtons)
            // "yes" takes the offer.
            if let handoff = machine.handoffState { session.confirming = handoff }
            return
        }
        if givesSameAnswerAgain(faq) {
            say(.faqSameAnswer, buttons: humanButtons)
            if let handoff = machine.handoffState { session.confirming = handoff }
            return
        }
        // "dude. how much is growth. per month." in a form: the catalog says what it costs,
        // not the general answer the classifier found (blind audit 52).
        if session.form != nil, !isHandedOff, productsPriceAsked(in: typedText)?.isEmpty == false {
            describeProduct()
            return
        }
        // Waiting for a person, an answer offers no menu: the person takes it from here.
        say(.faq(faq.id), faq.answer, buttons: isHandedOff ? [] : buttons(faq.buttons))
        events.append(.faqAnswered(id: faq.id))
        actions.append(.emit(.faqAnswered(id: faq.id)))
    }

    /// The FAQ whose answer the last turn gave, when this message reports it did not work
    /// (then `answer` owns up to it and offers a person rather than say it again).
    func failedAnswer() -> FAQEntry? {
        guard understanding.reportsFailure, !isHandedOff, let previous = session.transcriptLog.last else { return nil }
        return machine.dialog.faq.first { !machine.isSmallTalk($0.intent) && said($0, in: previous) }
    }

    /// Whether this FAQ's answer, given in each of the last two turns, would be given a third
    /// time for yet another question the classifier could only bring close to it: the bot has
    /// no closer answer, and a third copy is a loop. (Once more is fine: a follow-up such as
    /// "and do my templates stay?" is often answered by the same text.) Not for a message
    /// that asks to hear it again, one of the FAQ's own examples or a button (certain), small
    /// talk, or while a person has the conversation; nor for a bot without the phrase.
    ///
    /// A support answer (`support_answers`) is not given a second time for a statement the
    /// classifier only guesses is about it ("both charges are $79 on Jan 3" after the refund
    /// answer): the visitor is telling what happened, which the same words do not act on.
    func givesSameAnswerAgain(_ faq: FAQEntry) -> Bool {
        guard !understanding.asksRepeat, !isHandedOff, !machine.isSmallTalk(faq.intent),
              decision == .classifier, !settings.messages[.faqSameAnswer].isEmpty,
              let last = session.transcriptLog.last, said(faq, in: last) else { return false }
        if !understanding.isQuestion, confidence < DialogMachine.guessConfidence,
           settings.supportAnswers.contains(faq.intent) { return true }
        let log = session.transcriptLog
        return log.count >= 2 && said(faq, in: log.turn(log.count - 2))
    }

    /// Whether one of the last three replies gave this FAQ's answer, or with `followUps` the
    /// answer of one of its follow-ups (a fallback or the consent question may come between).
    func answeredRecently(_ faq: FAQEntry, followUps: Bool = false) -> Bool {
        let log = session.transcriptLog
        return (max(0, log.count - 3)..<log.count).contains { index in
            let turn = log.turn(index)
            return said(faq, in: turn) || followUps && saidFollowUp(of: faq, in: turn)
        }
    }

    /// Whether a reply of `turn` was the answer of one of this FAQ's follow-ups.
    func saidFollowUp(of faq: FAQEntry, in turn: TranscriptTurn) -> Bool {
        faq.followUps.contains { said($0.answer, in: turn) }
    }

    /// Whether a reply of `turn` was this FAQ's answer (one of its variations, as rendered now).
    func said(_ faq: FAQEntry, in turn: TranscriptTurn) -> Bool {
        said(faq.answer, in: turn)
    }

    /// Whether a reply of `turn` was one of these variations, as rendered now.
    private func said(_ variations: [Template], in turn: TranscriptTurn) -> Bool {
        variations.contains { turn.bot.contains($0.render(templateValues(for: $0))) }
    }

    /// The follow-up of the answer just given that the message asks ("how long does it take?"
    /// after the erasure answer), unless the classifier is sure the message asks something
    /// else and it only loosely sounds like the follow-up.
    func askedFollowUp(_ parse: ParseResult) -> (entry: FAQEntry, index: Int)? {
        guard let match = parse.followUp, let entry = machine.dialog.faq.first(where: { $0.id == match.faq }),
              entry.followUps.indices.contains(match.index) else { return nil }
        let elsewhere = !parse.isOutOfScope && parse.intent.name != entry.intent
        if elsewhere, parse.intent.confidence >= DialogMachine.certainConfidence,
           match.score < DialogMachine.closeFollowUp { return nil }
        // "can i export all my contacts? and will i get money back…" after the cancel answer asks
        // two things, each an answer of its own: one follow-up would drop the other (blind audit 52).
        let machine = machine
        let sureQuestions = Set(understanding.clauseIntents.filter { clause in
            clause.confidence >= DialogMachine.clauseConfidence && machine.faqByIntent[clause.name] != nil
                && !machine.isSmallTalk(clause.name) && clause.name != entry.intent
        }.map(\.name))
        if sureQuestions.count >= 2 { return nil }
        return (entry, match.index)
    }

    /// Says a follow-up's answer; its event is the entry's, as the topic is.
    mutating func answerFollowUp(_ index: Int, of entry: FAQEntry) {
        let followUp = entry.followUps[index]
        say(.faqFollowUp(entry.id, index: index), followUp.answer, buttons: isHandedOff ? [] : buttons(followUp.buttons))
        events.append(.faqAnswered(id: entry.id))
        actions.append(.emit(.faqAnswered(id: entry.id)))
    }
}

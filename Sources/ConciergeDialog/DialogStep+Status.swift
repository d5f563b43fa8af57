import ConciergeBot
import ConciergeNLU

/// "what happens next?", "did my demo request go through?", "nobody contacted me yet": where
/// the visitor's request stands, which only the conversation knows (`status_intents`).
extension DialogStep {
    /// In a form, the form is what moves the request on (`form_continues`, then its question);
    /// a request passed on to the team is with them (`status_passed_on`); otherwise nothing was
    /// passed on — no request, or no consent to keep the details — and the requests that would
    /// are offered (`status_nothing_passed`): only the one the message asked about when it leans
    /// to one, so that "yes, set it up again" takes it up. False, for the fallback, when the bot
    /// lacks the phrase.
    mutating func answerRequestStatus(_ parse: ParseResult) -> Bool {
        if session.form != nil {
            guard !settings.messages[.formContinues].isEmpty else { return false }
            say(.formContinues)
            reaskPendingQuestion()
            return true
        }
        if !(session.requested ?? []).isEmpty || !(session.passedOn ?? []).isEmpty {
            guard !settings.messages[.statusPassedOn].isEmpty else { return false }
            say(.statusPassedOn)
            return true
        }
        guard !settings.messages[.statusNothingPassed].isEmpty else { return false }
        let requests = contactRequestButtons
        let asked = askedContactRequest(parse).flatMap { intent in requests.first { $0.intent == intent } }
        say(.statusNothingPassed, buttons: (asked.map { [$0] } ?? requests) + humanButtons)
        return true
    }

    /// The contact request a status question is about ("did my demo request go through?" → the
    /// demo): the first of the contact requests in the ranking, when no other is there or the next
    /// is less than half as likely. The status intent itself is matched by patterns; the
    /// classifier's ranking still says which request the words are nearest to.
    func askedContactRequest(_ parse: ParseResult) -> String? {
        let scores = parse.ranking.filter { machine.contactRequests.contains($0.name) }
        guard let best = scores.first, best.confidence > 0 else { return nil }
        return scores.count == 1 || best.confidence >= 2 * scores[1].confidence ? best.name : nil
    }
}

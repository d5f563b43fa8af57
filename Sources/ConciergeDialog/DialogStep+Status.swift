import ConciergeBot

/// "what happens next?", "did my demo request go through?", "nobody contacted me yet": where
/// the visitor's request stands, which only the conversation knows (`status_intents`).
extension DialogStep {
    /// In a form, the form is what moves the request on (`form_continues`, then its question);
    /// a request passed on to the team is with them (`status_passed_on`); otherwise nothing was
    /// passed on — no request, or no consent to keep the details — and the requests that would
    /// are offered (`status_nothing_passed`). False, for the fallback, when the bot lacks the phrase.
    mutating func answerRequestStatus() -> Bool {
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
        say(.statusNothingPassed, buttons: contactRequestButtons + humanButtons)
        return true
    }
}

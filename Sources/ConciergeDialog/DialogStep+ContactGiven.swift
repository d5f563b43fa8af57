import ConciergeBot
import ConciergeNLU

/// Contact details (or a name) given with nothing else to act on: what would the visitor like
/// done with them?
extension DialogStep {
    /// "my email is ana@acme.com" (or "my name is Ana Lopez") and nothing else: asks what the
    /// visitor would like done with it, with the requests whose forms take it and a person as
    /// buttons. The details stay held for consent, so the form that follows does not ask for
    /// them again.
    /// So does a message whose other words the classifier is unsure of ("ok let me think about
    /// it, can you email me a summary? it's hannah@…"): the details are held for a request the
    /// bot can act on, not lost beside a guessed answer.
    mutating func askWhatToDoWithContact(_ parse: ParseResult) -> Bool {
        // Beside other words, only when the classifier cannot place them (a guess under 0.5):
        // "how much is Growth? my email is …" gets the price, and the consent question after it.
        let unplaced = parse.intent.name == ParseResult.outOfScope || parse.intent.confidence < DialogMachine.guessConfidence
        // "oh and my phone is …" after the demo went out: it was added to the request, and that
        // is all the message asks for.
        if session.form == nil, understanding.givesContactDetailsOnly || (unplaced && !contacts.isEmpty),
           actions.contains(.say(.engine(.addedToRequest), arguments: [:])) {
            return true
        }
        // A clause's request counts as the message's ("… Want a demo of enterprise asap, my email
        // is d.okafor@…" was asked what to do, blind audit 51).
        var justHeld = unplaced && !contacts.isEmpty && !hasConsent && heldPersonalThisTurn
            && !opensForm(parse.intent.name) && !leadsToHandoff(parse.intent.name)
        if justHeld, let request = clausePlan(parse)?.request, opensForm(request) || leadsToHandoff(request) { justHeld = false }
        // "my name is Dev Raman" alone introduces the visitor as details do.
        let introduces = understanding.givesNameOnly && !hasConsent && heldPersonalThisTurn
        guard session.form == nil, understanding.givesContactDetailsOnly || introduces || justHeld,
              parse.intent.name == ParseResult.outOfScope || parse.intent.confidence < DialogMachine.certainConfidence,
              !settings.messages[.contactGiven].isEmpty else { return false }
        // After "I want my data deleted" and its answer, the details are for a person, not for a
        // demo or sales: may they be kept? A yes hands over (`answerConsentQuestion`).
        if followsSupportAnswer, !settings.messages[.consentQuestion].isEmpty {
            withdrawConsentNotice()
            say(.consentQuestion, buttons: yesNoButtons)
            session.consentAsked = true
            return true
        }
        say(.contactGiven, buttons: contactRequestButtons + humanButtons)
        return true
    }

    /// Buttons for the requests that take contact details ("Book a demo", "Talk to sales").
    var contactRequestButtons: [Button] {
        machine.contactRequests.filter { machine.intents.contains($0) }.compactMap { intent in
            machine.label(for: intent).map { Button(label: $0, intent: intent) }
        }
    }
}

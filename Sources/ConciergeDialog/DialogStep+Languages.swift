import ConciergeBot
import ConciergeNLU
import Foundation

/// A message in a language the bot does not speak: it is told which ones the bot speaks, with
/// the way to a person (a person may speak the visitor's); one that asks for a person in its
/// own language is handed over at once.
extension DialogStep {
    /// True when the message was answered as one in another language. Details in it ("Claire,
    /// claire@…, oui vous pouvez garder mes données") and the value a question asked for are
    /// language-neutral: such a message is taken as usual.
    mutating func answerOtherLanguage(_ parse: ParseResult) -> Bool {
        guard button == nil, let language = understanding.language, !settings.languages.contains(language.code),
              !holdsAskedValue(parse), contacts.isEmpty else { return false }
        // "gracias, adiós", "danke schön": short small talk the classifier reads needs no language
        // of its own (certain, or a likely reading of three words at most). A question is no
        // small talk: "hola, hablan español?" (greet at 0.88) and "no hablo bien ingles. precio?"
        // (decline at 0.98) got the welcome and "no problem" (blind audit 59).
        if machine.isSmallTalk(parse.intent.name), parse.decision != .fallback, !understanding.isQuestion, !parse.text.contains("?"),
           parse.intent.confidence >= DialogMachine.certainConfidence
            || (parse.intent.confidence >= DialogMachine.guessConfidence && understanding.contentWordCount <= 3) { return false }
        // "ich möchte mit einem Mitarbeiter sprechen": a person may speak it — hand over at once.
        if understanding.asksForPersonInOwnLanguage, !isHandedOff, let handoff = machine.handoffState {
            sayLanguages(offer: false)
            enter(handoff, reason: .requested, trigger: .handoff(.requested))
            session.handedOverForLanguage = true
            return true
        }
        sayLanguages()
        reaskPendingQuestion()
        return true
    }

    /// "ok english then. we are a restaurant group in Madrid" after a handoff for the visitor's
    /// language: the visitor switched to the bot's, so the bot takes the conversation back and
    /// the message is handled as usual. Three content words at least: "ok" or "gracias" is no
    /// switch. True when it took the conversation back.
    mutating func takeBackInBotLanguage() -> Bool {
        // Contact details are for the person: "mon email est …" takes nothing back.
        guard session.handedOverForLanguage == true, understanding.contentWordCount >= 3, contacts.isEmpty else { return false }
        // Only a message known to be in the bot's language: "hallo? jemand da?" is too short to
        // tell, and is no reason to leave the person (blind audit 44).
        guard let language = understanding.language, settings.languages.contains(language.code) else { return false }
        handBack()
        events.append(.handoffCancelled)
        actions.append(.emit(.handoffCancelled))
        return true
    }

    /// The bot's languages by name ("English"), for a message in another language.
    mutating func sayLanguages(offer offersPerson: Bool = true) {
        let locale = Locale(identifier: settings.languages.first ?? "en")
        let names = settings.languages.map { locale.localizedString(forLanguageCode: $0) ?? $0 }
        // A person may speak the visitor's language where the bot does not: the way to one is offered.
        let offer = isHandedOff || !offersPerson ? [] : humanButtons
        say(.languageUnsupported, arguments: ["languages": list(names, .listOr)], buttons: offer)
        // "Ja bitte": a yes takes the offer, in whatever language it comes.
        if !offer.isEmpty, session.form == nil, let handoff = machine.handoffState { session.confirming = handoff }
    }
}

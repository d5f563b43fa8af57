import ConciergeBot
import ConciergeNLU
import ConciergeJSON

/// Routing a message that no form question took: a state's or a global transition, an FAQ
/// answer (two when the message clearly asks two), "did you mean", or the fallback.
extension DialogStep {
    /// `noted`: the facts the message filled beyond any question, acknowledged when it asks nothing.
    mutating func route(_ intent: String, parse: ParseResult, strong: Bool, noted: [String]) {
        let state = currentState
        // "did you delete it?" after an erasure in this chat hears yes, whatever the classifier
        // made of it (an FAQ about earlier chats).
        if !strong, session.erasedDetails == true, understanding.asksIfErased, !hasPersonalData,
           !settings.messages[.alreadyErased].isEmpty {
            say(.alreadyErased)
            reaskPendingQuestion()
            return
        }
        if settings.statusIntents.contains(intent), answerRequestStatus(parse) { return }
        // "this bot is useless. you keep giving me the same answer": a complaint the classifier
        // only guesses is an FAQ question gets the offer of a person, not that answer (blind
        // audit 46 answered what the chat stores). A report that the last answer did not help
        // (`reportsFailure`) is owned up to as before. So "your export broke our campaign … this
        // is useless" (data export at 0.43) now gets the offer of a person, not the export answer.
        if !strong, !understanding.isQuestion, understanding.sentiment <= DialogMachine.upsetSentiment, decision == .classifier,
           confidence < DialogMachine.guessConfidence, machine.faqByIntent[intent] != nil,
           !understanding.reportsFailure {
            actedIntent = ParseResult.outOfScope
            fallback(parse)
            return
        }
        // "how long does it take?" right after the erasure answer: what that answer's follow-up says.
        if !strong, let (entry, index) = askedFollowUp(parse) {
            actedIntent = entry.intent
            answerFollowUp(index, of: entry)
            reaskPendingQuestion()
            return
        }
        // Before the catalog's readings: "can you email me a summary? it's hannah@…" names
        // "email" but asks no product question.
        if !strong, askWhatToDoWithContact(parse) { return }
        // "does Enterprise have landing pages and SSO?" names a product and what it asks about:
        // the catalog answers it, whatever the classifier made of the words.
        // "do you do A/B testing?" names no product: the catalog says which have it, unless the
        // classifier is sure of an answer of the bot's ("does it work with Salesforce?").
        let unsure = parse.intent.confidence < DialogMachine.certainConfidence || parse.intent.name == machine.detailsIntent
        if !strong, unsure, understanding.asksInclusion, let details = machine.detailsIntent,
           inclusionAsked(in: typedText) != nil || featuresAsked(in: typedText) != nil {
            routeIntent(details, parse: parse, strong: strong, noted: noted)
            return
        }
        // "how much is Mail Pro alone?", "growth + sms, total?": a general pricing answer would
        // not say it (nor would the classifier's reading of the clauses); the catalog does. Nor
        // would suggestions: "so mail pro with 40% off would be what?" (recommend_products 0.46).
        if !strong, session.form == nil,
           machine.faqByIntent[intent] != nil || intent == ParseResult.outOfScope || intent == machine.suggestIntent,
           let details = machine.detailsIntent, machine.handles(details, in: state), productsPriceAsked(in: typedText) != nil {
            routeIntent(details, parse: parse, strong: strong, noted: noted)
            return
        }
        // "I don't want to talk to a person": no handoff, however much its words sound like one;
        // the bot goes on, as after "back to the bot".
        if understanding.refusesPerson, let handoff = machine.handoffState,
           (DialogStep.first(state?.on ?? [], intent: intent, slots: session.slots)
               ?? DialogStep.first(machine.dialog.globals, intent: intent, slots: session.slots))?.target == handoff {
            // "lol no human needed. what do you actually do": the question beside the refusal.
            let asked = understanding.clauseIntents.first { !leadsToHandoff($0.name) && machine.handles($0.name, in: state) }
            let goOn = asked?.name ?? settings.handBackIntents.first { machine.handles($0, in: state) } ?? ParseResult.outOfScope
            routeIntent(goOn, parse: parse, strong: strong, noted: noted)
            return
        }
        if !strong, parse.decision == .classifier, leadsToHandoff(intent), !isHandedOff,
           turnDownGuessedHandoff(parse, noted: noted) { return }
        // "which fields come over by default?" (recommend_products 0.39): a question is no request
        // to open a form on a guess; it falls back with the readings offered. Nor is a message
        // right after a support answer ("my campaign is stuck" → … → "it's about 4,000
        // recipients, campaign name Winter Sale": contact_sales 0.44).
        if !strong, parse.decision == .classifier, parse.intent.confidence < DialogMachine.guessConfidence,
           session.form == nil, opensForm(intent), understanding.isQuestion || followsSupportAnswer {
            fallback(parse)
            return
        }
        if !strong, suggestForPricedNeed(parse) { return }
        if !strong || parse.decision == .pattern, button == nil,
           answerTwoQuestions(parse: parse, strong: strong, noted: noted) { return }
        // "team of 4", "budget 2k per year": facts and nothing else are no FAQ question, whatever
        // the classifier guessed; they are noted (and refine suggestions).
        if !strong, parse.intent.confidence < DialogMachine.certainConfidence, !understanding.isQuestion, !noted.isEmpty,
           understanding.freeTextBeyondFacts == nil, machine.faqByIntent[intent] != nil {
            routeIntent(ParseResult.outOfScope, parse: parse, strong: strong, noted: noted)
            return
        }
        // "what's 2+2", "SELECT * FROM users;": a guess at arithmetic or code is no answer
        // ("2" reads like "2fa"); the bot says it is not sure (blind audits 27 to 29).
        if !strong, parse.decision == .classifier, understanding.isCodeOrMath,
           parse.intent.confidence < DialogMachine.certainConfidence {
            fallback(parse)
            return
        }
        // "do you guys have an api? need to push contacts from our own app": the whole falls
        // back, but a clause is surely a question the bot answers (blind audit 28).
        if !strong, parse.decision == .fallback, let asked = understanding.clauseIntents.first(where: { clause in
            !machine.isSmallTalk(clause.name) && clause.confidence >= DialogMachine.certainConfidence
                && machine.faqByIntent[clause.name] != nil && machine.handles(clause.name, in: state)
        }) {
            routeIntent(asked.name, parse: parse, strong: strong, noted: noted)
            return
        }
        // "thanks. do you use my chats to train AI?": the question's clause, when it is read
        // well enough on its own (blind audit 25: it fell back).
        if !strong, isMistakenSmallTalk(intent, parse: parse, noted: noted) {
            let asked = understanding.clauseIntents.first { clause in
                !machine.isSmallTalk(clause.name) && clause.confidence >= DialogMachine.clauseConfidence
                    && machine.faqByIntent[clause.name] != nil && machine.handles(clause.name, in: state)
            }
            routeIntent(asked?.name ?? ParseResult.outOfScope, parse: parse, strong: strong, noted: noted)
            return
        }
        if !strong, parse.decision == .classifier {
            // "can someone call me back, we want sms reminders for 12 people": the whole only
            // guesses (talk_to_human 0.53, recommend_products 0.27), but a clause is certain of
            // the same reading, so it is no guess (session 29: it fell back).
            if understanding.clauseIntents.contains(where: { $0.name == intent && $0.confidence >= DialogMachine.certainConfidence }) {
                routeIntent(intent, parse: parse, strong: strong, noted: noted)
                return
            }
            if let chosen = labelledChoice(parse, state: state) {
                routeIntent(chosen, parse: parse, strong: strong, noted: noted)
                return
            }
            // Two close readings: the likelier is answered, the other offered beside it — an
            // answer that may miss is more use than a question back ("did you mean A or B?").
            if var other = closeAlternative(parse, state: state) {
                var intent = intent
                // A person is no guess: "tell me a joke" at 0.3 talk_to_human falls back with
                // both readings offered, and the visitor picks.
                if leadsToHandoff(intent) {
                    fallback(parse)
                    return
                }
                // A product named ("what's the social one cost?"): the catalog answers about it.
                if let details = other.intent, details == machine.detailsIntent,
                   machine.products.asked(in: typedText, shown: []) != nil, let label = machine.guessLabel(for: intent) {
                    (intent, other) = (details, Button(label: label, intent: intent))
                }
                routeIntent(intent, parse: parse, strong: strong, noted: noted)
                // Not after a question of a form or a confirmation: that is what to answer next.
                if session.form == nil, session.confirming == nil, !isHandedOff, session.consecutiveFallbacks == 0,
                   !messages.contains(where: { $0.buttons.contains { $0.intent == other.intent } }) {
                    say(.didYouMean, buttons: [other])
                }
                return
            }
        }
        routeIntent(intent, parse: parse, strong: strong, noted: noted)
    }

    mutating func routeIntent(_ intent: String, parse: ParseResult, strong: Bool, noted: [String]) {
        actedIntent = intent
        let state = currentState
        if intent == ParseResult.outOfScope, session.form == nil, !noted.isEmpty {
            // A message that only states facts is understood: say what was noted. After
            // suggestions, "budget under 50, mostly newsletters" refines them, and "we're on Starter"
            // moves what "cheaper" means: suggest again;
            // a need with them ("a monthly newsletter, maybe 40/month?") asks for suggestions.
            // A question beyond the facts ("pricng?? for like 8 ppl") still needs an answer.
            say(.noted, arguments: ["facts": noted.joined(separator: ", ")])
            if currentState?.products == .suggest || currentState?.products == .cheaper, let here = session.state {
                enter(here, reason: .requested, trigger: .intent(intent, global: false))
            } else if machine.products.index.describesNeed(typedText), followSuggest(parse: parse, strong: strong) {
                return
            } else if understanding.isQuestion {
                fallback(parse)
            }
        } else if intent == ParseResult.outOfScope, !strong, session.form == nil,
                  let details = machine.detailsIntent, details != intent, machine.handles(details, in: state),
                  understanding.asksPrice && (featuresAsked(in: typedText) != nil || machine.products.asked(in: typedText, shown: []) != nil)
                    || understanding.isQuestion && namesProduct(typedText) {
            // "how much for landing pages only?", "ok whats in enterprise": a question about a
            // product the catalog sells, or the price of what it does.
            routeIntent(details, parse: parse, strong: strong, noted: noted)
        } else if intent == ParseResult.outOfScope, !strong, session.form == nil, statesNeed,
                  // A need stated without a request ("i only need landing pages") asks for suggestions.
                  followSuggest(parse: parse, strong: strong) {
            return
        } else if intent == ParseResult.outOfScope, let faq = failedAnswer() {
            // "yes i checked spam. its been an hour": the answer just given did not help.
            answer(faq)
        } else if intent == ParseResult.outOfScope {
            fallback(parse)
        } else if let transition = DialogStep.first(state?.on ?? [], intent: intent, slots: session.slots) {
            follow(transition, global: false, parse: parse, strong: strong)
        } else if let transition = DialogStep.first(machine.dialog.globals, intent: intent, slots: session.slots) {
            follow(transition, global: true, parse: parse, strong: strong)
        } else if let faq = machine.faqByIntent[intent] {
            answer(faq)
            reaskPendingQuestion()
        } else {
            fallback(parse)
        }
    }

    /// Takes a transition, unless it would throw away a form in progress: a restart asks for
    /// a confirmation first (unless the intent is certain), a greeting only re-asks the question.
    mutating func follow(_ transition: Transition, global: Bool, parse: ParseResult, strong: Bool) {
        let target = transition.target
        let certain = button != nil || parse.intent.confidence >= DialogMachine.certainConfidence
        if target == DialogDefinition.restartTarget, !certain, session.form != nil || hasProgress {
            session.confirming = target
            say(.confirmRestart, buttons: yesNoButtons)
            return
        }
        // "yes consent" may sound like a consent request to the classifier; it gives consent.
        // So does "actually id prefer a call, use the phone number pls": a detail to use, and
        // none to erase (blind audit 42 asked whether to erase everything).
        let keepsOnly = !understanding.contactDetailsToKeep.isEmpty && understanding.contactDetailsToErase.isEmpty
        if machine.states[target]?.withdrawConsent == true, understanding.grantsConsent || (keepsOnly && hasConsent) {
            say(.consentKept)
            reaskPendingQuestion()
            return
        }
        // Erasing what the user gave is as final: a message that only sounds like it ("what's your
        // phone number?", "my email is actually …, not …") must not wipe a lead.
        // Unless it says so in words: "my email is rob@…. please don't contact me again". A
        // question that names a detail asks first too ("will someone call my number or not?").
        if machine.states[target]?.withdrawConsent == true, !certain || understanding.isQuestion || !contacts.isEmpty,
           hasPersonalData, !withdrawsPartly || (understanding.isQuestion && !certain), !understanding.refusesContact {
            session.confirming = target
            say(.confirmWithdraw, buttons: yesNoButtons)
            return
        }
        if eraseSomeInForm(goingTo: target) { return }
        if let request = machine.request(of: target), (session.requested ?? []).contains(request) {
            // A second demo request: the first is with sales already.
            say(.alreadyRequested)
            reaskPendingQuestion()
            return
        }
        if session.form != nil, machine.opensConversation(target) || target == session.state {
            if target == session.state, !settings.messages[.formContinues].isEmpty { say(.formContinues) }
            reaskPendingQuestion()
            return
        }
        if pauseForm(goingTo: target) || answerProductInForm(goingTo: target) { return }
        enter(target, reason: .requested, trigger: .intent(transition.intent, global: global))
    }

    /// Whether the conversation holds personal values (kept or held for consent) to erase.
    var hasPersonalData: Bool {
        !(session.pending ?? [:]).isEmpty || machine.slots.contains { $0.personal && session.slots[$0.name] != nil }
    }

    /// Whether the conversation holds answers a restart would clear.
    var hasProgress: Bool {
        let profile = Set(settings.profileSlots)
        return session.slots.keys.contains { !profile.contains($0) } || !(session.pending ?? [:]).isEmpty
    }

    static func first(_ transitions: [Transition], intent: String, slots: [String: JSONValue]) -> Transition? {
        transitions.first { $0.intent == intent && ($0.condition?.holds(in: slots) ?? true) }
    }

    /// The button to a person, when the dialog has a handoff and the bot labels it.
    var humanButtons: [Button] {
        let human = machine.humanIntent.flatMap { intent in
            settings.messages.label(.humanButton).map { Button(label: $0, intent: intent) }
        }
        return human.map { [$0] } ?? []
    }

    /// Small talk that is not certain, taken for a question ("so no whatsapp?" is no "no
    /// thanks") or for a message that states facts ("only email, budget 30"): answered as
    /// what it is not — the facts are acknowledged, a question falls back with suggestions.
    /// A greeting stays a greeting ("hi, anyone there?").
    func isMistakenSmallTalk(_ intent: String, parse: ParseResult, noted: [String]) -> Bool {
        guard machine.isSmallTalk(intent), parse.intent.name == intent,
              parse.intent.confidence < DialogMachine.certainConfidence,
              // "i only need landing pages, nothing else" states a need, whatever "nothing else" sounds like.
              understanding.isQuestion || !noted.isEmpty || statesNeed else { return false }
        let target = DialogStep.first(machine.dialog.globals, intent: intent, slots: session.slots)?.target
        // A greeting that starts the conversation over is no mistake when sure ("hi, we're a team
        // of 12"); a guess beside facts is ("Any day next week, mornings CET": greet 0.42). A
        // guess beside a question goes on to the close readings ("hi, what does it do?").
        let guessedBesideFacts = parse.intent.confidence < DialogMachine.guessConfidence && !noted.isEmpty
            && !understanding.isQuestion
        return !(target.map(machine.opensConversation) ?? false) || guessedBesideFacts
    }

    /// Follows the global transition to suggestions, as if the visitor had asked for them;
    /// false when the dialog has none.
    mutating func followSuggest(parse: ParseResult, strong: Bool) -> Bool {
        guard let suggest = machine.suggestIntent,
              let transition = DialogStep.first(machine.dialog.globals, intent: suggest, slots: session.slots) else { return false }
        follow(transition, global: true, parse: parse, strong: strong)
        return true
    }

    /// "how much would it cost for a team of 6? we mainly do newsletters": a price asked with a
    /// need the catalog knows gets what fits and what it costs, not the price list (blind
    /// audits 51 and 52 gave the general prices, in both first conversations). False when the
    /// message is no such question.
    mutating func suggestForPricedNeed(_ parse: ParseResult) -> Bool {
        guard session.form == nil, button == nil, understanding.asksPrice, !understanding.asksInclusion,
              understanding.statedNeeds.contains(where: machine.products.index.describesNeed),
              productsPriceAsked(in: typedText) == nil else { return false }
        return followSuggest(parse: parse, strong: false)
    }

    /// The message states what the visitor needs from the catalog, without asking anything.
    /// A complaint does not ("still got another email this morning. seriously?").
    /// Nor does a goodbye ("ok emailing privacy. bye").
    var statesNeed: Bool {
        !understanding.isQuestion && !complainsOutsideForm && !understanding.endsWithFarewell && machine.suggestIntent != nil
            && machine.products.index.describesNeed(typedText)
    }

    /// Of two close intents where only one has a label a person would click (the other is
    /// small talk like a greeting), the labelled one: "hi there, what does Brightwave do?".
    func labelledChoice(_ parse: ParseResult, state: MachineState?) -> String? {
        // "it's working again, thanks!" is thanks, not the problem it mentions.
        guard parse.ranking.count >= 2, !understanding.reportsSuccess else { return nil }
        let (best, second) = (parse.ranking[0], parse.ranking[1])
        // A far second guess (a third of the first) is no choice between two close intents.
        guard DialogStep.areClose(best, second, margin: settings.didYouMeanMargin), second.confidence * 2 >= best.confidence,
              second.name != ParseResult.outOfScope, machine.handles(second.name, in: state),
              machine.label(for: best.name) == nil, machine.guessLabel(for: second.name) != nil else { return nil }
        return second.name
    }

    /// Whether two intents are both plausible readings of a message: within the margin, and the
    /// second at least a third of the first (0.65 and 0.3 when a message mixes two; 0.4 and
    /// 0.06 is one intent and noise).
    static func areClose(_ best: IntentScore, _ second: IntentScore, margin: Double) -> Bool {
        best.confidence - second.confidence < margin && second.confidence * 3 >= best.confidence
    }

    /// Says the fallback with the best labelled guesses as buttons; offers, then hands over
    /// to, a person. Only while the team is in: at 2 a.m. on a Saturday a handoff would leave
    /// the visitor with "we're closed" until Monday for "k" or a joke, so the person stays an
    /// offer (a button) until then.
    mutating func fallback(_ parse: ParseResult) {
        session.consecutiveFallbacks = previousFallbacks + 1
        // "no. do you sell pizza" right after the offer of a person turns it down: no handoff,
        // and the offer is not made again at once (blind audit 24).
        if session.consecutiveFallbacks >= settings.offerHumanAfter, previousFallbacks >= settings.offerHumanAfter,
           understanding.opensWithNo || understanding.refusesPerson {
            session.consecutiveFallbacks = 1
        }
        // Only someone stuck is handed over: a question or a complaint the bot keeps missing,
        // not a third joke or "lorem ipsum" (blind audit 41: "tell me a joke" got a person), nor
        // a question off the bot's topics ("what is 2+2", "who won the world cup?": blind
        // audits 51 and 52 handed a tester over).
        let asksOnTopic = understanding.isQuestion && understanding.mentionsBotTopic && !understanding.isCodeOrMath
        let stuck = asksOnTopic || understanding.sentiment < 0 || understanding.reportsFailure
        if let handoff = machine.handoffState, session.consecutiveFallbacks >= settings.handoffAfter, isTeamIn, stuck {
            session.consecutiveFallbacks = 0
            enter(handoff, reason: .repeatedFallback, trigger: .handoff(.repeatedFallback))
            return
        }
        let state = currentState
        let suggestions = parse.ranking
            .filter { $0.name != ParseResult.outOfScope && $0.name != machine.humanIntent && machine.handles($0.name, in: state) }
            .compactMap { score in machine.guessLabel(for: score.name).map { Button(label: $0, intent: score.name) } }
            .prefix(3)
        // "this bot is useless": a complaint the bot did not understand gets the offer at once.
        let upset = understanding.sentiment <= DialogMachine.upsetSentiment
        let human = humanButtons
        if session.consecutiveFallbacks >= settings.offerHumanAfter || upset, !human.isEmpty {
            say(.fallback)
            say(.offerHuman, buttons: human + suggestions)
        } else {
            say(.fallback, buttons: Array(suggestions))
        }
        reaskPendingQuestion()
    }
}

import ConciergeBot
import ConciergeNLU

/// Messages with more than one reading: several clauses that ask several things ("how much is
/// Growth and can I book a demo?"), and two intents the classifier finds about as likely.
extension DialogStep {
    /// A message that asks two or more FAQ questions in separate clauses ("how much is it?
    /// also, is the data encrypted?") gets every answer; one that asks a question and makes a
    /// request ("… and can I book a demo?") gets the answer and the request.
    mutating func answerTwoQuestions(parse: ParseResult, strong: Bool, noted: [String]) -> Bool {
        guard let plan = clausePlan(parse) else { return false }
        actedIntent = plan.first
        for faq in plan.questions { answer(faq) }
        if let request = plan.request {
            routeIntent(request, parse: parse, strong: strong, noted: noted)
        } else {
            reaskPendingQuestion()
        }
        return true
    }

    /// What a message of several clauses asks: the FAQ questions, and at most one request the
    /// dialog acts on ("how much is Growth and can I book a demo?"); nil unless it asks two or
    /// more things. The request comes last, so its first question is the one left to answer.
    func clausePlan(_ parse: ParseResult) -> (first: String, questions: [FAQEntry], request: String?)? {
        // "I didn't say thanks. I asked how you compare on price" asks one thing: small talk
        // of a clause is no question of its own.
        // A message the classifier is sure of as a whole takes a second question only from a
        // clause that is not a guess: "ugh this is confusing." is no question about the chat
        // (this_chat at 0.39) beside "whats the sms plan cost" (pricing 0.93).
        let sureOfWhole = parse.intent.confidence >= DialogMachine.certainConfidence
        let clauses = understanding.clauseIntents.filter { clause in
            !machine.isSmallTalk(clause.name)
                && (!sureOfWhole || clause.name == parse.intent.name || clause.confidence >= DialogMachine.guessConfidence)
        }
        let asked = clauses.compactMap { machine.faqByIntent[$0.name] }
        // A handoff beside a question needs a clause sure of it: not "… pretty please" at 0.4.
        // Nor does a request the clause's reading only guesses ("we sent proof to sales" at
        // contact_sales 0.25 opened a sales form, blind audit 24).
        // Nor a product's details asked of no product: "and the deletion part? i want my data
        // gone" asks about the erasure, not "which product?" (blind audit 46).
        let requests = clauses.filter { clause in
            machine.faqByIntent[clause.name] == nil && isActedOn(clause.name)
                && clause.confidence >= (leadsToHandoff(clause.name) ? DialogMachine.certainConfidence : DialogMachine.guessConfidence)
                && (clause.name != machine.detailsIntent || namesProduct(typedText))
        }
        // "ok lets do a demo. I'm Priya, priya@…, tomorrow 2pm": the one request in a message
        // the classifier could not place as a whole.
        // So is one sure of its clause beside a guess at the whole: "we are 45 ppl …, want a demo
        // asap, budget around 800" (recommend_products at 0.46, blind audit 53).
        if asked.isEmpty, requests.count == 1, let request = requests.first, parse.intent.name == ParseResult.outOfScope
            || parse.decision == .classifier && parse.intent.confidence < DialogMachine.guessConfidence
                && request.confidence >= DialogMachine.certainConfidence {
            return (request.name, [], request.name)
        }
        guard let first = clauses.first, !asked.isEmpty, asked.count + requests.count >= 2, requests.count <= 1 else { return nil }
        // A request beside a question only when the whole message is not clearly one thing:
        // "how do I get started, do I need to talk to someone?" asks about signing up.
        // A pattern's request is sure, and the questions beside it are answered first: "how
        // much is growth and can i book a demo for thursday?".
        // A pattern's question beside another ("is there a free trial? and can the demo be in
        // german?": blind audit 52 answered the language only) gets both answers too.
        // Only a clause sure of its own question: not "whats 2+2" as the two-factor answer at
        // 0.51 beside "are you chatgpt?" (blind audits 53 and 54).
        if parse.decision == .pattern {
            let sure = clauses.filter { $0.name == parse.intent.name || $0.confidence >= DialogMachine.clauseConfidence }
                .compactMap { machine.faqByIntent[$0.name] }
            if requests.isEmpty, sure.count >= 2, sure.contains(where: { $0.intent == parse.intent.name }) {
                return (first.name, sure, nil)
            }
            return requests.first?.name == parse.intent.name ? (first.name, asked, requests.first?.name) : nil
        }
        if !requests.isEmpty, parse.intent.confidence >= DialogMachine.certainConfidence { return nil }
        return (first.name, asked, requests.first?.name)
    }

    /// The transition the intent takes here: the current state's, else a global one.
    func transition(for intent: String) -> Transition? {
        DialogStep.first(currentState?.on ?? [], intent: intent, slots: session.slots)
            ?? DialogStep.first(machine.dialog.globals, intent: intent, slots: session.slots)
    }

    /// Whether the intent's transition here hands the conversation to a person.
    func leadsToHandoff(_ intent: String) -> Bool {
        transition(for: intent).map { machine.states[$0.target]?.handoff == true } ?? false
    }

    /// Whether the intent's transition here enters a form (a demo, a lead, suggestions).
    func opensForm(_ intent: String) -> Bool {
        transition(for: intent).map { machine.states[$0.target]?.form != nil } ?? false
    }

    /// Whether the intent's transition here withdraws consent ("erase my details").
    func withdraws(_ intent: String) -> Bool {
        transition(for: intent).map { machine.states[$0.target]?.withdrawConsent == true } ?? false
    }

    /// Whether the dialog has a transition for the intent here: a request it acts on.
    func isActedOn(_ intent: String) -> Bool {
        transition(for: intent) != nil
    }

    /// The second reading of a message whose top two intents are close, as a button; nil when
    /// one reading stands out, or the second has no label a visitor could click.
    func closeAlternative(_ parse: ParseResult, state: MachineState?) -> Button? {
        guard parse.ranking.count >= 2 else { return nil }
        let (best, second) = (parse.ranking[0], parse.ranking[1])
        guard DialogStep.areClose(best, second, margin: settings.didYouMeanMargin),
              [best, second].allSatisfy({ $0.name != ParseResult.outOfScope && machine.handles($0.name, in: state) }),
              let label = machine.guessLabel(for: second.name) else { return nil }
        return Button(label: label, intent: second.name)
    }
}

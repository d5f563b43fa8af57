import ConciergeBot
import ConciergeText
import Yams

/// States, forms and FAQ entries of a dialog file.
extension DialogFileParser {
    mutating func parseStates(_ node: Node) {
        for entry in reader.mapping(node, expected: "a mapping of state names to states") ?? [] {
            var state = StateDefinition(name: entry.key, location: entry.location)
            defer { file.states.append(state) }
            let fields = reader.mapping(entry.value, expected: "a state: a mapping with 'say', 'on', 'form'…") ?? []
            for field in reader.known(fields, allowed: DialogFileParser.stateKeys, in: "state '\(entry.key)'") {
                switch field.key {
                case "say": state.say = templates(field.value)
                case "buttons": state.buttons = buttons(field.value)
                case "on":
                    for transition in reader.mapping(field.value, expected: "a mapping of intents to states") ?? [] {
                        state.on += parseTransitions(transition.value, intent: transition.key, at: transition.location)
                    }
                case "then": state.then = parseTransitions(field.value, intent: "", at: field.location)
                case "form": state.form = parseForm(field.value, at: field.location)
                case "handoff": state.handoff = flag(field.value)
                case "lead": state.lead = parseLead(field.value, at: field.location)
                case "products": state.products = productAction(field.value)
                case "withdraw_consent": state.withdrawConsent = flag(field.value)
                default: state.final = flag(field.value)
                }
            }
        }
    }

    private mutating func parseForm(_ node: Node, at location: SourceLocation) -> FormDefinition? {
        guard let entries = reader.mapping(node, expected: "a form: a mapping with 'fields', 'done'…") else { return nil }
        var form = FormDefinition(fields: [], location: location)
        for entry in reader.known(entries, allowed: DialogFileParser.formKeys, in: "a form") {
            switch entry.key {
            case "fields":
                for item in reader.sequence(entry.value, expected: "a list of form fields") ?? [] {
                    if let field = parseField(item) { form.fields.append(field) }
                }
            case "max_attempts":
                if let count = number(entry.value, in: 1...100, at: reader.source.location(of: entry.value)) {
                    form.maxAttempts = Int(count)
                }
            case "give_up": form.giveUp = name(entry.value, kind: .state)
            default: form.done = name(entry.value, kind: .state)
            }
        }
        if form.fields.isEmpty { reader.diagnostics.emit(.emptyForm, at: location) }
        return form
    }

    private mutating func parseField(_ node: Node) -> FormField? {
        let location = reader.source.location(of: node)
        guard let entries = reader.mapping(node, expected: "a form field: a mapping with 'slot' and 'ask'") else { return nil }
        var field = FormField(slot: "", ask: [], location: location)
        for entry in reader.known(entries, allowed: DialogFileParser.fieldKeys, in: "a form field") {
            let valueLocation = reader.source.location(of: entry.value)
            switch entry.key {
            case "slot": field.slot = name(entry.value, kind: .slot) ?? ""
            case "ask": field.ask = templates(entry.value)
            case "invalid": field.invalid = templates(entry.value)
            case "optional": field.optional = flag(entry.value)
            case "entity": field.entity = name(entry.value, kind: .entity)
            case "pattern":
                guard let pattern = reader.string(entry.value, expected: "a regular expression") else { continue }
                if (try? Regex(pattern)) == nil {
                    reader.diagnostics.emit(.invalidRegex(pattern), at: valueLocation)
                } else {
                    field.pattern = pattern
                }
            case "values":
                for item in reader.sequence(entry.value, expected: "a list of allowed values") ?? [] {
                    if let value = reader.string(item, expected: "an allowed value") { field.values.append(value) }
                }
            case "when": field.when = parseCondition(entry.value)
            case "yes_no": field.yesNo = flag(entry.value)
            case "retry_invalid": field.retryInvalid = flag(entry.value)
            case "digression_confidence": field.digressionConfidence = number(entry.value, in: 0...1, at: valueLocation)
            case "min": field.min = number(entry.value, in: -1e15...1e15, at: valueLocation)
            default: field.max = number(entry.value, in: -1e15...1e15, at: valueLocation)
            }
        }
        guard !field.slot.isEmpty else {
            if !entries.contains(where: { $0.key == "slot" }) {
                reader.diagnostics.emit(.missingKey("slot", in: "a form field"), at: location)
            }
            return nil
        }
        if field.ask.isEmpty, !entries.contains(where: { $0.key == "ask" }) {
            reader.diagnostics.emit(.missingKey("ask", in: "form field '\(field.slot)'"), at: location)
        }
        return field
    }

    mutating func parseFAQ(_ node: Node) {
        for entry in reader.mapping(node, expected: "a mapping of FAQ ids to entries") ?? [] {
            var faq = FAQEntry(id: entry.key, intent: FAQEntry.intentName(id: entry.key), title: "", answer: [],
                               location: entry.location)
            var questions: [ParsedFile.AnnotatedExample] = []
            var patterns: [PhrasePattern] = []
            var hasIntent = false
            let fields = reader.mapping(entry.value, expected: "an FAQ entry: a mapping with 'questions' and 'answer'") ?? []
            for field in reader.known(fields, allowed: DialogFileParser.faqKeys, in: "FAQ entry '\(entry.key)'") {
                switch field.key {
                case "questions":
                    for item in reader.sequence(field.value, expected: "a list of questions") ?? [] {
                        guard let text = reader.string(item, expected: "a question (a string)")?.trimmingSpaces,
                              !text.isEmpty else { continue }
                        let example = Example(text: text, location: reader.source.textPlace(of: item).base)
                        questions.append(ParsedFile.AnnotatedExample(example: example, slotLocations: []))
                    }
                case "patterns": patterns = reader.phrasePatterns(field.value, tokenizer: Tokenizer())
                case "intent":
                    if let intent = name(field.value, kind: .intent) {
                        faq.intent = intent
                        hasIntent = true
                    }
                case "title": faq.title = reader.string(field.value, expected: "a button title") ?? ""
                case "answer": faq.answer = templates(field.value)
                case "follow_ups": faq.followUps = followUps(field.value, of: entry.key)
                default: faq.buttons = buttons(field.value)
                }
            }
            if faq.answer.isEmpty, !fields.contains(where: { $0.key == "answer" }) {
                reader.diagnostics.emit(.missingKey("answer", in: "FAQ entry '\(entry.key)'"), at: entry.location)
            }
            if hasIntent, !questions.isEmpty || !patterns.isEmpty {
                reader.diagnostics.emit(.faqQuestionsAndIntent(entry.key), at: entry.location)
            } else if !hasIntent {
                if questions.isEmpty, patterns.isEmpty {
                    reader.diagnostics.emit(.missingKey("questions", in: "FAQ entry '\(entry.key)'"), at: entry.location)
                }
                file.faqIntents.append(ParsedFile.Intent(
                    name: faq.intent, location: entry.location, examples: questions, patterns: patterns,
                    complete: !questions.isEmpty || !patterns.isEmpty))
            }
            if faq.title.isEmpty { faq.title = questions.first?.example.text ?? entry.key }
            file.faq.append(faq)
        }
    }
}

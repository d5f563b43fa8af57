import ConciergeBot
import ConciergeEntities

/// Design checks that need a loaded bot and never block loading: intents no dialog handles,
/// slots nothing can fill, form fields no answer can satisfy, words two entities share,
/// engine phrases the dialog leaves undefined.
/// `concierge check` runs them after the loader; the engine does not, so a bot that is
/// still being written keeps working.
///
///     let result = BotLoader().load(directory: "brightwave")
///     if let bot = result.definition {
///         BotLints.run(bot)   // [Diagnostic] — warnings, sorted by place
///     }
public enum BotLints {
    public static func run(_ bot: BotDefinition, transcripts: [TranscriptFile] = []) -> [Diagnostic] {
        var diagnostics = DiagnosticCollector()
        checkEntityOverlaps(bot, &diagnostics)
        checkTranscripts(transcripts, bot: bot, &diagnostics)
        if let dialog = bot.dialog {
            checkHandled(bot, dialog: dialog, &diagnostics)
            checkFillable(bot, dialog: dialog, &diagnostics)
            checkFields(bot, dialog: dialog, &diagnostics)
            MessageLints.check(dialog, &diagnostics)
            MessageLints.checkCatalog(dialog.catalog, &diagnostics)
            ContentLints.run(bot, dialog: dialog, &diagnostics)
        }
        return diagnostics.sorted
    }

    /// Every intent should lead somewhere; FAQ intents are handled by their answer.
    private static func checkHandled(_ bot: BotDefinition, dialog: DialogDefinition, _ diagnostics: inout DiagnosticCollector) {
        var handled = Set(dialog.globals.map(\.intent))
        handled.formUnion(dialog.states.flatMap { $0.on.map(\.intent) })
        handled.formUnion(dialog.faq.map(\.intent))
        handled.formUnion(dialog.settings.statusIntents)
        for intent in bot.intents where !handled.contains(intent.name) {
            diagnostics.emit(.unhandledIntent(intent.name), at: intent.location)
        }
    }

    /// Free-text slots the dialog uses are filled by annotated examples (the tagger), a
    /// form's free-text answer, or the website's context (profile slots).
    private static func checkFillable(_ bot: BotDefinition, dialog: DialogDefinition, _ diagnostics: inout DiagnosticCollector) {
        let annotated = Set(bot.intents.flatMap { $0.examples.flatMap { $0.annotations.map(\.slot) } })
        let asked = Set(dialog.states.flatMap { $0.form?.fields.map(\.slot) ?? [] })
        let profile = Set(dialog.settings.profileSlots)
        for (slot, location) in usedSlots(dialog) {
            guard let definition = bot.slots.first(where: { $0.name == slot }), definition.entity == nil else { continue }
            if annotated.contains(slot) || asked.contains(slot) || profile.contains(slot) { continue }
            diagnostics.emit(.unfillableSlot(slot), at: location)
        }
    }

    /// The slots templates and conditions read, each with its first use.
    private static func usedSlots(_ dialog: DialogDefinition) -> [(String, SourceLocation)] {
        var uses: [(String, SourceLocation)] = []
        var seen = Set<String>()
        func use(_ slot: String, _ location: SourceLocation?) {
            guard let location, seen.insert(slot).inserted else { return }
            uses.append((slot, location))
        }
        func use(_ templates: [Template]) {
            for template in templates { for slot in template.slots { use(slot, template.location) } }
        }
        func use(_ transitions: [Transition]) {
            for transition in transitions { for clause in transition.condition?.clauses ?? [] { use(clause.slot, transition.location) } }
        }
        use(dialog.globals)
        for state in dialog.states {
            use(state.say)
            use(state.on)
            use(state.then)
            for field in state.form?.fields ?? [] { use(field.ask + (field.invalid ?? [])) }
        }
        for entry in dialog.faq {
            use(entry.answer)
            for followUp in entry.followUps { use(followUp.answer) }
        }
        return uses
    }

    /// Form fields whose checks reject every answer their entity can give.
    private static func checkFields(_ bot: BotDefinition, dialog: DialogDefinition, _ diagnostics: inout DiagnosticCollector) {
        for field in dialog.states.flatMap({ $0.form?.fields ?? [] }) {
            if let min = field.min, let max = field.max, min > max {
                diagnostics.emit(.emptyFieldRange(field.slot), at: field.location)
            }
            let entityName = field.entity ?? bot.slots.first { $0.name == field.slot }?.entity
            guard !field.values.isEmpty, let entityName,
                  let entity = bot.entities.first(where: { $0.name == entityName }) else { continue }
            // Lookup entities give their canonical values, so allowed values must be among them.
            let values = Set(entity.values.map { $0.value.lowercased() })
            if !field.values.contains(where: { values.contains($0.lowercased()) }) {
                diagnostics.emit(.unreachableFieldValues(field.slot, entity: entity.name), at: field.location,
                                 notes: [.listedHere("entity '\(entity.name)' is defined here", at: entity.location)])
            }
        }
    }

    /// Conversation tests that expect an intent or state the bot does not have can never pass.
    private static func checkTranscripts(_ files: [TranscriptFile], bot: BotDefinition, _ diagnostics: inout DiagnosticCollector) {
        let intents = bot.intents.map(\.name) + [BotChecks.fallbackIntent]
        let states = bot.dialog?.states.map(\.name) ?? []
        for step in files.flatMap({ $0.conversations.flatMap(\.turns) }) {
            if let intent = step.intent, !intents.contains(intent) {
                diagnostics.emit(.unknownReference("intent", intent, candidates: intents, hint: "the bot has no such intent"),
                                 at: step.location)
            }
            if let state = step.state, !states.contains(state) {
                diagnostics.emit(.unknownReference("state", state, candidates: states, hint: "the bot has no such state"),
                                 at: step.location)
            }
        }
    }

    /// The same words as a value or synonym of two entities (one entity is the loader's check).
    private static func checkEntityOverlaps(_ bot: BotDefinition, _ diagnostics: inout DiagnosticCollector) {
        var owners: [String: (entity: String, location: SourceLocation)] = [:]
        for entity in bot.entities {
            var own = Set<String>()
            for value in entity.values {
                for word in [value.value] + value.synonyms {
                    let key = BotChecks.fold(word)
                    guard own.insert(key).inserted else { continue }
                    if let owner = owners[key], owner.entity != entity.name {
                        diagnostics.emit(.synonymAcrossEntities(word, entity: entity.name, other: owner.entity),
                                         at: value.location, notes: [.listedHere("listed in '\(owner.entity)' here", at: owner.location)])
                    } else {
                        owners[key] = (entity.name, value.location)
                    }
                }
            }
        }
    }
}

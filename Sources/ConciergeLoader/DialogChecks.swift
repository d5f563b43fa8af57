import ConciergeBot
import ConciergeEntities

/// The checks of dialog files that need the whole bot: names of intents, slots, states and
/// entities; unreachable states; states with no way out; transition cycles that never wait
/// for input. Assembles the `DialogDefinition`.
///
///     var checks = DialogChecks()
///     let dialog = checks.run(dialogFiles, bot: definition)
///     checks.diagnostics   // problems across dialog files
struct DialogChecks {
    var diagnostics = DiagnosticCollector()

    mutating func run(_ files: [ParsedDialogFile], bot: BotDefinition) -> DialogDefinition? {
        guard !files.isEmpty else { return nil }
        let states = uniqueStates(files.flatMap(\.states))
        let faq = uniqueFAQ(files.flatMap(\.faq))
        var settings = DialogSettings(start: states.first?.name ?? "")
        let allSettings = files.flatMap(\.settings)
        if let first = allSettings.first {
            settings = first.settings
            if !first.explicitStart { settings.start = states.first?.name ?? "" }
            for again in allSettings.dropFirst() {
                diagnostics.emit(.duplicateDialogSettings, at: again.location, notes: [.firstDefined(at: first.location)])
            }
        }
        if states.isEmpty, let file = files.first {
            diagnostics.emit(.noStates, at: SourceLocation(file: file.path, line: 1, column: 1))
        }
        checkReferences(files.flatMap(\.references), bot: bot, states: states)
        let catalog = checkCatalog(files.flatMap(\.catalogs), states: states)
        let dialog = DialogDefinition(settings: settings, globals: files.flatMap(\.globals), states: states, faq: faq,
                                      catalog: catalog)
        checkHandoff(dialog, location: allSettings.first?.location ?? SourceLocation(file: files[0].path, line: 1, column: 1))
        checkGraph(dialog)
        return dialog
    }

    private mutating func uniqueStates(_ states: [StateDefinition]) -> [StateDefinition] {
        var byName: [String: SourceLocation] = [:]
        return states.filter { state in
            if state.name == DialogDefinition.restartTarget {
                diagnostics.emit(.reservedState(state.name), at: state.location)
                return false
            }
            if let first = byName[state.name] {
                diagnostics.emit(.duplicateState(state.name), at: state.location, notes: [.firstDefined(at: first)])
                return false
            }
            byName[state.name] = state.location
            var asked = Set<String>()
            for field in state.form?.fields ?? [] where !asked.insert(field.slot).inserted {
                diagnostics.emit(.fieldAskedTwice(field.slot), at: field.location)
            }
            return true
        }
    }

    private mutating func uniqueFAQ(_ entries: [FAQEntry]) -> [FAQEntry] {
        var byID: [String: SourceLocation] = [:]
        return entries.filter { entry in
            if let first = byID[entry.id] {
                diagnostics.emit(.duplicateFAQ(entry.id), at: entry.location, notes: [.firstDefined(at: first)])
                return false
            }
            byID[entry.id] = entry.location
            return true
        }
    }

    private mutating func checkReferences(_ references: [DialogReference], bot: BotDefinition, states: [StateDefinition]) {
        let intents = bot.intents.map(\.name)
        let slots = bot.slots.map(\.name)
        let stateNames = states.map(\.name) + [DialogDefinition.restartTarget]
        let entities = BuiltinEntity.allCases.map(\.rawValue) + bot.entities.map(\.name) + [BotChecks.freeTextEntity]
        for reference in references {
            let (known, hint): ([String], String)
            switch reference.kind {
            case .intent: (known, hint) = (intents, "define it in an intents file or as an FAQ entry")
            case .slot: (known, hint) = (slots, "declare it under 'slots:' in an intents file")
            case .state: (known, hint) = (stateNames, "define it under 'states:'")
            case .entity: (known, hint) = (entities, "use a built-in entity, a lookup entity or 'text'")
            }
            if !known.contains(reference.name) {
                diagnostics.emit(.unknownReference(reference.kind.rawValue, reference.name, candidates: known, hint: hint),
                                 at: reference.location)
            }
        }
    }

    private mutating func checkHandoff(_ dialog: DialogDefinition, location: SourceLocation) {
        if let name = dialog.settings.handoffState, let state = dialog.state(named: name), !state.handoff {
            diagnostics.emit(.notHandoffState(name), at: state.location)
        }
        if !dialog.states.isEmpty, !dialog.states.contains(where: \.handoff) {
            diagnostics.emit(.noHandoffState, at: location)
        }
    }

    /// Where a state leads: by input (`on`, form outcomes) and right away (`then`).
    private static func edges(of state: StateDefinition, start: String) -> (waiting: [String], immediate: [Transition]) {
        let resolve = { (target: String) in target == DialogDefinition.restartTarget ? start : target }
        var waiting = state.on.map { resolve($0.target) }
        if let form = state.form {
            waiting += [form.done, form.giveUp].compactMap { $0.map(resolve) }
        }
        let immediate = state.then.map { transition in
            var resolved = transition
            resolved.target = resolve(transition.target)
            return resolved
        }
        return (waiting, immediate)
    }

    private mutating func checkGraph(_ dialog: DialogDefinition) {
        let start = dialog.settings.start
        let byName = Dictionary(dialog.states.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        // Reachability from the start state, global intents and the handoff state.
        var reached = Set<String>()
        var queue = [start] + dialog.globals.map(\.target) + [dialog.settings.handoffState].compactMap { $0 }
        queue = queue.map { $0 == DialogDefinition.restartTarget ? start : $0 }
        while let name = queue.popLast() {
            guard reached.insert(name).inserted, let state = byName[name] else { continue }
            let edges = DialogChecks.edges(of: state, start: start)
            queue += edges.waiting + edges.immediate.map(\.target)
        }
        for state in dialog.states {
            if !reached.contains(state.name) {
                diagnostics.emit(.unreachableState(state.name), at: state.location)
            }
            if state.on.isEmpty, state.then.isEmpty, state.form == nil, !state.final, !state.handoff {
                diagnostics.emit(.noWayOut(state.name), at: state.location)
            }
            var unconditional = Set<String>()
            for transition in state.on {
                if unconditional.contains(transition.intent) {
                    diagnostics.emit(.intentHandledTwice(transition.intent, state: state.name), at: transition.location)
                }
                if transition.condition == nil { unconditional.insert(transition.intent) }
            }
        }
        checkCycles(dialog.states, byName: byName, start: start)
    }

    /// Cycles made only of `then:` transitions between states that do not wait (no form).
    private mutating func checkCycles(_ states: [StateDefinition], byName: [String: StateDefinition], start: String) {
        var done = Set<String>()
        for state in states where !done.contains(state.name) {
            var path: [String] = []
            visit(state.name, byName: byName, start: start, path: &path, done: &done)
        }
    }

    private mutating func visit(_ name: String, byName: [String: StateDefinition], start: String,
                                path: inout [String], done: inout Set<String>) {
        guard let state = byName[name], !done.contains(name) else { return }
        path.append(name)
        defer {
            path.removeLast()
            done.insert(name)
        }
        guard state.form == nil else { return }
        for transition in DialogChecks.edges(of: state, start: start).immediate {
            if let index = path.firstIndex(of: transition.target) {
                diagnostics.emit(.transitionCycle(Array(path[index...]) + [transition.target]), at: transition.location)
                continue
            }
            visit(transition.target, byName: byName, start: start, path: &path, done: &done)
        }
    }

    /// One catalog for the bot: products with unique names (case-insensitive), not empty,
    /// and present when a state uses `products:`.
    private mutating func checkCatalog(_ catalogs: [ParsedCatalog], states: [StateDefinition]) -> CatalogDefinition {
        guard let first = catalogs.first else {
            for state in states where state.products != nil {
                diagnostics.emit(.productsWithoutCatalog, at: state.location)
            }
            return CatalogDefinition()
        }
        for again in catalogs.dropFirst() {
            diagnostics.emit(.duplicateCatalog, at: again.location, notes: [.firstDefined(at: first.location)])
        }
        var byName: [String: SourceLocation] = [:]
        let products = first.products.filter { product in
            let key = product.name.lowercased()
            if let earlier = byName[key] {
                diagnostics.emit(.duplicateProduct(product.name), at: product.location,
                                 notes: [Diagnostic.Note(location: earlier, message: "first listed here")])
                return false
            }
            byName[key] = product.location
            return true
        }
        if first.products.isEmpty { diagnostics.emit(.emptyCatalog, at: first.location) }
        return CatalogDefinition(products: products, match: first.match ?? CatalogMatch(), askNeed: first.askNeed,
                                 messages: first.messages, featureWords: first.featureWords,
                                 yearlyDiscount: first.yearlyDiscount, discounts: first.discounts, location: first.location)
    }
}

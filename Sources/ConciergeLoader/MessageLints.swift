import ConciergeBot

/// The engine's own phrases a dialog leaves undefined: the engine says nothing where a
/// phrase is missing (no English fallback lives in Swift), so a bot with a dialog should
/// define every key of `EngineMessage` under `settings: messages:`.
///
///     MessageLints.check(dialog, &diagnostics)
///     // dialogs/main.yml:1:1: warning: 2 engine phrases are undefined, so the bot says nothing
///     //   where it needs them: handback, session_expired; define them under 'settings: messages:' …
///     MessageLints.checkCatalog(dialog.catalog, &diagnostics)   // the same for 'catalog: messages:'
enum MessageLints {
    /// One warning at the dialog's settings (its first state without settings) listing every missing key.
    static func check(_ dialog: DialogDefinition, _ diagnostics: inout DiagnosticCollector) {
        let missing = EngineMessage.allCases.filter { dialog.settings.messages[$0].isEmpty }
        guard !missing.isEmpty,
              let location = dialog.settings.location ?? dialog.states.first?.location else { return }
        diagnostics.emit(.undefinedEngineMessages(missing.map(\.rawValue)), at: location)
    }

    /// One warning at `catalog:` listing the catalog phrases left undefined, when it has products.
    static func checkCatalog(_ catalog: CatalogDefinition, _ diagnostics: inout DiagnosticCollector) {
        // A yearly or a discounted price is worked out only with a yearly discount or
        // discounts: no phrase is needed without them.
        let missing = CatalogMessage.allCases.filter { key in
            guard catalog.messages[key].isEmpty else { return false }
            switch key {
            case .yearlyPrice: return catalog.yearlyDiscount != nil
            case .discountedPrice: return !catalog.discounts.isEmpty
            case .discountedYearlyPrice: return !catalog.discounts.isEmpty && catalog.yearlyDiscount != nil
            default: return true
            }
        }
        guard !catalog.products.isEmpty, !missing.isEmpty,
              let location = catalog.location ?? catalog.products.first?.location else { return }
        diagnostics.emit(.undefinedCatalogMessages(missing.map(\.rawValue)), at: location)
    }
}

extension LoaderMessage {
    static func undefinedEngineMessages(_ keys: [String]) -> LoaderMessage {
        let count = keys.count == 1 ? "1 engine phrase is" : "\(keys.count) engine phrases are"
        return .warning("\(count) undefined, so the bot says nothing where it needs \(keys.count == 1 ? "it" : "them"): "
            + "\(keys.joined(separator: ", ")); define \(keys.count == 1 ? "it" : "them") under 'settings: messages:' "
            + "(docs/dialog-files.md, \"Engine messages\")")
    }

    static func undefinedCatalogMessages(_ keys: [String]) -> LoaderMessage {
        let count = keys.count == 1 ? "1 catalog phrase is" : "\(keys.count) catalog phrases are"
        return .warning("\(count) undefined, so product replies leave \(keys.count == 1 ? "it" : "them") out: "
            + "\(keys.joined(separator: ", ")); define \(keys.count == 1 ? "it" : "them") under 'catalog: messages:' "
            + "(docs/marketing-flows.md, \"Catalog phrases\")")
    }
}

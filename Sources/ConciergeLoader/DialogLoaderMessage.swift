import ConciergeJSON
import ConciergeBot
/// The diagnostics of dialog files (`dialogs/*.yml`), next to the intent files' ones.
///
///     diagnostics.emit(.unknownState("demo_fom", candidates: ["demo_form"]), at: location)
///     // error: unknown state 'demo_fom'; did you mean 'demo_form'?
extension LoaderMessage {
    static func numberOutOfRange(_ found: String, range: ClosedRange<Double>) -> LoaderMessage {
        .error("expected a number between \(LoaderMessage.format(range.lowerBound)) and "
            + "\(LoaderMessage.format(range.upperBound)), found \(found)")
    }
    static func missingKey(_ key: String, in context: String) -> LoaderMessage {
        .error("missing '\(key)' in \(context)")
    }
    static func templateSyntax(_ message: String) -> LoaderMessage { .error(message) }
    static func conditionSyntax(_ message: String) -> LoaderMessage { .error(message) }
    static func invalidRegex(_ pattern: String) -> LoaderMessage {
        .error("invalid regular expression '\(pattern)'")
    }
    static let emptyForm = LoaderMessage.error("a form needs at least one field under 'fields:'")
    static func faqQuestionsAndIntent(_ id: String) -> LoaderMessage {
        .error("FAQ entry '\(id)' has both its own questions or patterns and 'intent'; give its own or reuse an intent, not both")
    }
    static func unknownReference(_ kind: String, _ name: String, candidates: [String], hint: String) -> LoaderMessage {
        if let suggestion = Suggestions.closest(to: name, among: candidates) {
            return .error("unknown \(kind) '\(name)'; did you mean '\(suggestion)'?")
        }
        return .error("unknown \(kind) '\(name)'; \(hint)")
    }
    static func duplicateState(_ name: String) -> LoaderMessage { .error("state '\(name)' is defined twice") }
    static func duplicateFAQ(_ id: String) -> LoaderMessage { .error("FAQ entry '\(id)' is defined twice") }
    static func reservedState(_ name: String) -> LoaderMessage {
        .error("state name '\(name)' is reserved: 'goto: \(name)' clears the conversation and goes to the start state")
    }
    static let duplicateDialogSettings = LoaderMessage.error("dialog settings given twice; a bot has one dialog 'settings' section")
    static let noStates = LoaderMessage.error("the dialog defines no states; add some under 'states:'")
    static func unreachableState(_ name: String) -> LoaderMessage {
        .warning("state '\(name)' is unreachable: no transition, global or form leads to it")
    }
    static func noWayOut(_ name: String) -> LoaderMessage {
        .warning("state '\(name)' has no way out: add 'on:' or 'then:', or mark it 'final: true' if the conversation may end here")
    }
    static func transitionCycle(_ path: [String]) -> LoaderMessage {
        .error("transition cycle that never waits for input: \(path.joined(separator: " → "))")
    }
    static func notHandoffState(_ name: String) -> LoaderMessage {
        .error("handoff_state '\(name)' must be a state with 'handoff: true'")
    }
    static let noHandoffState = LoaderMessage.warning(
        "no state has 'handoff: true', so requests for a human, repeated fallbacks and frustration cannot be handed over")
    static func intentHandledTwice(_ intent: String, state: String) -> LoaderMessage {
        .warning("intent '\(intent)' has an unconditional transition in state '\(state)' before this one, so this one is never taken")
    }
    static func fieldAskedTwice(_ slot: String) -> LoaderMessage { .error("slot '\(slot)' is asked twice in this form") }

    private static func format(_ value: Double) -> String {
        JSONNumber.text(value)
    }
}

/// Diagnostics of lead qualification and the product catalog.
extension LoaderMessage {
    static func unknownProductAction(_ text: String) -> LoaderMessage {
        let actions = ProductAction.allCases.map(\.rawValue)
        if let suggestion = Suggestions.closest(to: text, among: actions) {
            return .error("unknown product action '\(text)'; did you mean '\(suggestion)'?")
        }
        return .error("unknown product action '\(text)'; expected one of: \(actions.joined(separator: ", "))")
    }
    static func duplicateProduct(_ name: String) -> LoaderMessage { .error("product '\(name)' is listed twice") }
    static let emptyCatalog = LoaderMessage.error("the catalog has no products; add some under 'products:'")
    static let duplicateCatalog = LoaderMessage.error("catalog given twice; a bot has one 'catalog' section")
    static let productsWithoutCatalog = LoaderMessage.error("this state uses 'products:' but the bot has no 'catalog:'")
}

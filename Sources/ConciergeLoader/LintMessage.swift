import ConciergeBot
/// The messages of `BotLints`: design problems that do not stop a bot from loading, so
/// `concierge check` reports them but `BotLoader` does not.
///
///     diagnostics.emit(.unhandledIntent("affirm"), at: intent.location)
///     // warning: intent 'affirm' is not handled by any dialog state, global or FAQ entry; …
extension LoaderMessage {
    static func unhandledIntent(_ name: String) -> LoaderMessage {
        .warning("intent '\(name)' is not handled by any state's 'on:', 'globals:' or FAQ entry, "
            + "so recognising it changes nothing; route it somewhere or remove it")
    }
    static func unfillableSlot(_ slot: String) -> LoaderMessage {
        .warning("slot '\(slot)' is free text, but no example annotates it, no form asks for it and it is not "
            + "a profile slot, so nothing can fill it; annotate examples like '[Acme](\(slot))' or ask it in a form")
    }
    static func unreachableFieldValues(_ slot: String, entity: String) -> LoaderMessage {
        .warning("no value allowed for form field '\(slot)' is a value of entity '\(entity)', so no answer can fill it; "
            + "use the entity's values in 'values:'")
    }
    static func emptyFieldRange(_ slot: String) -> LoaderMessage {
        .warning("form field '\(slot)' has 'min' greater than 'max', so no answer can fill it")
    }
    static func synonymAcrossEntities(_ synonym: String, entity: String, other: String) -> LoaderMessage {
        .warning("'\(synonym)' of entity '\(entity)' is also a value or synonym of entity '\(other)'; "
            + "the same words will fill both")
    }
}

extension Diagnostic.Note {
    static func listedHere(_ what: String, at location: SourceLocation) -> Diagnostic.Note {
        Diagnostic.Note(location: location, message: what)
    }
}

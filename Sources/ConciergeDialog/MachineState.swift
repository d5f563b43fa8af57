import ConciergeBot

/// A state of the dialog as the machine looks it up, many times a turn: a reference, so a
/// lookup shares the definition instead of copying its arrays and strings.
///
///     machine.states["ask_email"]?.form?.fields.first?.slot   // "email"
final class MachineState: Sendable {
    let definition: StateDefinition

    init(_ definition: StateDefinition) {
        self.definition = definition
    }

    var say: [Template] { definition.say }
    var buttons: [ButtonDefinition] { definition.buttons }
    var on: [Transition] { definition.on }
    var then: [Transition] { definition.then }
    var form: FormDefinition? { definition.form }
    var handoff: Bool { definition.handoff }
    var lead: LeadDefinition? { definition.lead }
    var products: ProductAction? { definition.products }
    var withdrawConsent: Bool { definition.withdrawConsent }
}

import Testing

/// The loader's diagnostics that need the whole bot's dialog: names used but not defined,
/// duplicates across files, the graph of states, handoff and the catalog. One minimal bot per
/// message (`BotFile.dialogIntents` and one or two dialog files), and the one diagnostic it gives.
@Suite struct DialogCheckDiagnosticTests {
    @Test(arguments: DialogCheckDiagnosticTests.references + DialogCheckDiagnosticTests.graph)
    func givesItsOneDiagnostic(_ row: DiagnosticCase) {
        #expect(row.loaderDiagnostics() == [row.expected])
    }

    /// A row whose bot is the dialog intents and the dialog files given (main.yml, other.yml).
    private static func row(_ message: String, _ dialogs: [String], _ expected: String) -> DiagnosticCase {
        let names = ["main", "other"]
        return DiagnosticCase(message, [.dialogIntents] + dialogs.enumerated().map { .dialog($1, name: names[$0]) }, expected)
    }

    static let references: [DiagnosticCase] = [
        row("unknownReference (an intent, did you mean)", ["globals:\n  talk_to_humn: human\n" + BotFile.handoffOnly],
            "dialogs/main.yml:2:3: error: unknown intent 'talk_to_humn'; did you mean 'talk_to_human'?"),
        row("unknownReference (a slot)", [BotFile.handoffOnly + "    say: Hi {name}.\n"],
            "dialogs/main.yml:4:14: error: unknown slot 'name'; declare it under 'slots:' in an intents file"),
        row("unknownReference (a state)", [BotFile.handoffOnly + "    then: nowhere\n"],
            "dialogs/main.yml:4:11: error: unknown state 'nowhere'; define it under 'states:'"),
        row("unknownReference (an entity)", [BotFile.handoffOnly + """
                form:
                  fields:
                    - slot: company
                      ask: Which company?
                      entity: organisation

            """],
            "dialogs/main.yml:8:19: error: unknown entity 'organisation'; use a built-in entity, a lookup entity or 'text'"),
        row("duplicateState", [BotFile.handoffOnly, BotFile.handoffOnly],
            "dialogs/other.yml:2:3: error: state 'human' is defined twice\n"
                + "dialogs/main.yml:2:3: note: first defined here"),
        row("duplicateFAQ", [
            BotFile.handoffOnly + "faq:\n  hours:\n    questions: [opening hours, when are you open, hours, open now, closing time]\n"
                + "    answer: 9 to 5.\n",
            "faq:\n  hours:\n    intent: book_demo\n    answer: Book one here.\n",
        ],
            "dialogs/other.yml:2:3: error: FAQ entry 'hours' is defined twice\n"
                + "dialogs/main.yml:5:3: note: first defined here"),
        row("reservedState", ["states:\n  restart:\n    final: true\n  human:\n    handoff: true\n"],
            "dialogs/main.yml:2:3: error: state name 'restart' is reserved: "
                + "'goto: restart' clears the conversation and goes to the start state"),
        row("duplicateDialogSettings", ["settings:\n  session_timeout_minutes: 30\n" + BotFile.handoffOnly,
                                        "settings:\n  handoff_after: 3\n"],
            "dialogs/other.yml:1:1: error: dialog settings given twice; a bot has one dialog 'settings' section\n"
                + "dialogs/main.yml:1:1: note: first defined here"),
    ]

    static let graph: [DiagnosticCase] = [
        row("noStates", ["settings:\n  session_timeout_minutes: 30\n"],
            "dialogs/main.yml:1:1: error: the dialog defines no states; add some under 'states:'"),
        row("unreachableState", [BotFile.handoffOnly + "  lost:\n    final: true\n"],
            "dialogs/main.yml:4:3: warning: state 'lost' is unreachable: no transition, global or form leads to it"),
        row("noWayOut", ["settings:\n  handoff_state: human\nstates:\n  start:\n    say: Hi.\n  human:\n    handoff: true\n"],
            "dialogs/main.yml:4:3: warning: state 'start' has no way out: add 'on:' or 'then:', "
                + "or mark it 'final: true' if the conversation may end here"),
        row("transitionCycle", ["""
            settings:
              handoff_state: human
            states:
              a:
                then: b
              b:
                then: a
              human:
                handoff: true
            """],
            "dialogs/main.yml:7:5: error: transition cycle that never waits for input: a → b → a"),
        row("notHandoffState", ["""
            settings:
              handoff_state: start
            globals:
              talk_to_human: human
            states:
              start:
                final: true
              human:
                handoff: true
            """],
            "dialogs/main.yml:6:3: error: handoff_state 'start' must be a state with 'handoff: true'"),
        row("noHandoffState", ["states:\n  start:\n    final: true\n"],
            "dialogs/main.yml:1:1: warning: no state has 'handoff: true', so requests for a human, "
                + "repeated fallbacks and frustration cannot be handed over"),
        row("intentHandledTwice", [BotFile.handoffOnly + "    on:\n      book_demo: [human, human]\n"],
            "dialogs/main.yml:5:26: warning: intent 'book_demo' has an unconditional transition in state 'human' "
                + "before this one, so this one is never taken"),
        row("fieldAskedTwice", [BotFile.handoffOnly + """
                form:
                  fields:
                    - slot: email
                      ask: Your email?
                    - slot: email
                      ask: Your email again?

            """],
            "dialogs/main.yml:8:11: error: slot 'email' is asked twice in this form"),
        row("productsWithoutCatalog", [BotFile.handoffOnly + "    products: suggest\n"],
            "dialogs/main.yml:2:3: error: this state uses 'products:' but the bot has no 'catalog:'"),
        row("emptyCatalog", ["catalog:\n  products: []\n" + BotFile.handoffOnly],
            "dialogs/main.yml:1:1: error: the catalog has no products; add some under 'products:'"),
        row("duplicateCatalog", [
            "catalog:\n  products: [{name: Mail, price: 19, description: Newsletters.}]\n" + BotFile.handoffOnly,
            "catalog:\n  products: [{name: SMS, price: 3, description: Texts.}]\n",
        ],
            "dialogs/other.yml:1:1: error: catalog given twice; a bot has one 'catalog' section\n"
                + "dialogs/main.yml:1:1: note: first defined here"),
        row("duplicateProduct", [
            "catalog:\n  products:\n    - {name: Mail, price: 19, description: Newsletters.}\n"
                + "    - {name: mail, price: 29, description: Again.}\n" + BotFile.handoffOnly,
        ],
            "dialogs/main.yml:4:7: error: product 'mail' is listed twice\n"
                + "dialogs/main.yml:3:7: note: first listed here"),
    ]
}

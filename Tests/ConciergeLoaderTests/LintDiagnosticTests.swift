import ConciergeBot
import Testing

/// The design lints (`BotLints`) and the conversation test files' diagnostics, as
/// `concierge check` reports them: one minimal bot per message, which loads without a
/// diagnostic, and the one diagnostic checking it gives.
@Suite struct LintDiagnosticTests {
    @Test(arguments: LintDiagnosticTests.cases)
    func givesItsOneDiagnostic(_ row: DiagnosticCase) {
        #expect(row.loaderDiagnostics() == [])
        #expect(row.checkDiagnostics() == [row.expected])
    }

    /// A dialog that routes `greet` to its one state, a handoff state.
    private static let greetDialog = "globals:\n  greet: human\n" + BotFile.handoffOnly

    /// `greetDialog` with a one-product catalog whose `messages:` define every phrase but `except`.
    private static func catalogDialog(except: Set<CatalogMessage>) -> String {
        let defined = CatalogMessage.allCases.filter { !except.contains($0) }
        return greetDialog + "catalog:\n  products:\n    - {name: Mail, price: 19, description: Newsletters.}\n"
            + (defined.isEmpty ? "" : "  messages:\n" + defined.map { "    \($0.rawValue): \"Text\"\n" }.joined())
    }

    /// The catalog phrases a catalog without `yearly_discount` and `discounts` needs.
    private static let neededCatalogMessages = CatalogMessage.allCases.filter {
        $0 != .yearlyPrice && $0 != .discountedPrice && $0 != .discountedYearlyPrice
    }

    /// A `discounts:` list of one discount.
    private static let oneDiscount = "  discounts:\n    - {name: the charity discount, percent: 40, words: [charity]}\n"

    static let cases: [DiagnosticCase] = [
        DiagnosticCase(
            "unhandledIntent",
            [.greet, .dialog(BotFile.handoffOnly), .engineMessages],
            "intents/greet.yml:2:3: warning: intent 'greet' is not handled by any state's 'on:', 'globals:' or FAQ entry, "
                + "so recognising it changes nothing; route it somewhere or remove it"),
        DiagnosticCase(
            "unfillableSlot",
            [.intents("slots:\n  company: text\n"), .greet, .dialog(greetDialog + "    say: Hi {company}.\n"), .engineMessages],
            "dialogs/main.yml:6:10: warning: slot 'company' is free text, but no example annotates it, no form asks "
                + "for it and it is not a profile slot, so nothing can fill it; annotate examples like "
                + "'[Acme](company)' or ask it in a form"),
        DiagnosticCase(
            "unreachableFieldValues",
            [.intents("slots:\n  plan: tier\nentities:\n  tier:\n    values: [gold, silver]\n"), .greet, .engineMessages,
             .dialog(greetDialog + """
                    form:
                      fields:
                        - slot: plan
                          ask: Which plan?
                          values: [bronze]

                """)],
            "dialogs/main.yml:8:11: warning: no value allowed for form field 'plan' is a value of entity 'tier', "
                + "so no answer can fill it; use the entity's values in 'values:'\n"
                + "intents/a.yml:4:3: note: entity 'tier' is defined here"),
        DiagnosticCase(
            "emptyFieldRange",
            [.intents("slots:\n  size: number\n"), .greet, .engineMessages,
             .dialog(greetDialog + """
                    form:
                      fields:
                        - slot: size
                          ask: How many?
                          min: 10
                          max: 1

                """)],
            "dialogs/main.yml:8:11: warning: form field 'size' has 'min' greater than 'max', so no answer can fill it"),
        DiagnosticCase(
            "undefinedEngineMessages (several)",
            [.greet, .dialog(greetDialog), .dialog(BotFile.engineMessages(except: [.handback, .sessionExpired]), name: "messages")],
            "dialogs/messages.yml:1:1: warning: 2 engine phrases are undefined, so the bot says nothing where it needs "
                + "them: handback, session_expired; define them under 'settings: messages:' "
                + "(docs/dialog-files.md, \"Engine messages\")"),
        DiagnosticCase(
            "undefinedEngineMessages (one)",
            [.greet, .dialog(greetDialog), .dialog(BotFile.engineMessages(except: [.handback]), name: "messages")],
            "dialogs/messages.yml:1:1: warning: 1 engine phrase is undefined, so the bot says nothing where it needs "
                + "it: handback; define it under 'settings: messages:' (docs/dialog-files.md, \"Engine messages\")"),
        DiagnosticCase(
            "undefinedEngineMessages (all, at the first state without settings)",
            [.greet, .dialog(greetDialog)],
            "dialogs/main.yml:4:3: warning: \(EngineMessage.allCases.count) engine phrases are undefined, so the bot says "
                + "nothing where it needs them: \(EngineMessage.allCases.map(\.rawValue).joined(separator: ", ")); "
                + "define them under 'settings: messages:' (docs/dialog-files.md, \"Engine messages\")"),
        DiagnosticCase(
            "undefinedCatalogMessages (one)",
            [.greet, .dialog(catalogDialog(except: [.price])), .engineMessages],
            "dialogs/main.yml:6:1: warning: 1 catalog phrase is undefined, so product replies leave it out: price; "
                + "define it under 'catalog: messages:' (docs/marketing-flows.md, \"Catalog phrases\")"),
        // Without a yearly_discount no yearly price is worked out, so its phrase is not needed;
        // with one it is.
        DiagnosticCase(
            "undefinedCatalogMessages (yearly price)",
            [.greet, .dialog(catalogDialog(except: [.yearlyPrice]) + "  yearly_discount: 20\n"), .engineMessages],
            "dialogs/main.yml:6:1: warning: 1 catalog phrase is undefined, so product replies leave it out: yearly_price; "
                + "define it under 'catalog: messages:' (docs/marketing-flows.md, \"Catalog phrases\")"),
        // Discounts need their phrase, and with a yearly discount the phrase of both.
        DiagnosticCase(
            "undefinedCatalogMessages (discounted price)",
            [.greet, .dialog(catalogDialog(except: [.discountedPrice, .discountedYearlyPrice]) + oneDiscount), .engineMessages],
            "dialogs/main.yml:6:1: warning: 1 catalog phrase is undefined, so product replies leave it out: discounted_price; "
                + "define it under 'catalog: messages:' (docs/marketing-flows.md, \"Catalog phrases\")"),
        DiagnosticCase(
            "undefinedCatalogMessages (discounted yearly price)",
            [.greet, .dialog(catalogDialog(except: [.discountedYearlyPrice]) + oneDiscount + "  yearly_discount: 20\n"),
             .engineMessages],
            "dialogs/main.yml:6:1: warning: 1 catalog phrase is undefined, so product replies leave it out: "
                + "discounted_yearly_price; define it under 'catalog: messages:' (docs/marketing-flows.md, \"Catalog phrases\")"),
        DiagnosticCase(
            "undefinedCatalogMessages (all)",
            [.greet, .dialog(catalogDialog(except: Set(CatalogMessage.allCases))), .engineMessages],
            "dialogs/main.yml:6:1: warning: \(neededCatalogMessages.count) catalog phrases are undefined, so product "
                + "replies leave them out: \(neededCatalogMessages.map(\.rawValue).joined(separator: ", ")); "
                + "define them under 'catalog: messages:' (docs/marketing-flows.md, \"Catalog phrases\")"),
        DiagnosticCase(
            "synonymAcrossEntities",
            [.intents("entities:\n  tier:\n    values: [gold]\n  colour:\n    values: [Gold]\n"), .greet],
            "intents/a.yml:5:14: warning: 'Gold' of entity 'colour' is also a value or synonym of entity 'tier'; "
                + "the same words will fill both\n"
                + "intents/a.yml:3:14: note: listed in 'tier' here"),
        DiagnosticCase(
            "unknownReference (a test expects an intent)",
            [.greet], transcripts: [("tests/a.yml", "hello:\n  - user: hi\n    intent: gret\n")],
            "tests/a.yml:2:5: error: unknown intent 'gret'; did you mean 'greet'?"),
        DiagnosticCase(
            "unknownReference (a test expects a state)",
            [.greet, .dialog(greetDialog), .engineMessages], transcripts: [("tests/a.yml", "hello:\n  - user: hi\n    state: welcome\n")],
            "tests/a.yml:2:5: error: unknown state 'welcome'; the bot has no such state"),
        DiagnosticCase(
            "missingKey (a test turn's user)",
            [.greet], transcripts: [("tests/a.yml", "hello:\n  - intent: greet\n")],
            "tests/a.yml:2:5: error: missing 'user' in a turn"),
    ]
}

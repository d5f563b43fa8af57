import ConciergeBot
@testable import ConciergeLoader
import Testing

/// The content lints (`ContentLints`): intents that could be offered as buttons without a
/// label, and prices quoted in answers that the catalog does not have. One minimal bot per
/// row, as `concierge check` reports it; then the quiet cases and the price reader.
@Suite struct ContentLintTests {
    @Test(arguments: ContentLintTests.cases)
    func givesItsOneDiagnostic(_ row: DiagnosticCase) {
        #expect(row.loaderDiagnostics() == [])
        #expect(Self.contentDiagnostics(row) == [row.expected])
    }

    /// What `check` says, without the engine-phrase warning (MessageLintTests covers it).
    static func contentDiagnostics(_ row: DiagnosticCase) -> [String] {
        row.checkDiagnostics().filter { !$0.contains("engine phrases are undefined") }
    }

    static let twoIntents = BotFile.intents("""
        intents:
          greet:
            examples: [hi, hello, hey, hiya, good morning]
          bye:
            examples: [bye, goodbye, see you, later, cya]
        """, name: "greet")

    /// Every dialog needs a handoff state (or check warns); nothing leads to this one.
    static let human = "  human:\n    handoff: true\n"

    /// Every engine phrase, on one line of the settings (without them `check` warns about each).
    static let messages = "  messages: {" + EngineMessage.allCases.map { "\($0.rawValue): Text" }.joined(separator: ", ") + "}\n"

    static let catalog = """
        catalog:
          products:
            - {name: Mail, price: 19, description: Newsletters.}
            - {name: SMS, price: 39, description: Texts.}

        """ + "  messages:\n" + CatalogMessage.allCases.map { "    \($0.rawValue): \"Text\"\n" }.joined()

    static let cases: [DiagnosticCase] = [
        DiagnosticCase(
            "unlabeledIntent",
            [twoIntents, .dialog("settings:\n" + messages + "  start: hello\n  handoff_state: human\n  labels:\n    bye: Goodbye\nglobals:\n  greet: hello\n  bye: hello\n"
                                 + "states:\n  hello:\n    say: Hi.\n    final: true\n" + human)],
            "intents/greet.yml:2:3: warning: intent 'greet' can be offered as a button (\"did you mean\", fallback "
                + "suggestions) but has no label under 'settings: labels:' nor an FAQ title, so it is never offered; "
                + "write a label, or 'greet: \"\"' to keep it off buttons on purpose"),
        DiagnosticCase(
            "unlabeledIntent (an FAQ entry without a title)",
            [.greet, .dialog("settings:\n" + messages + "  start: hello\n  handoff_state: human\n  labels:\n    greet: \"\"\nglobals:\n  greet: hello\n"
                             + "states:\n  hello:\n    say: Hi.\n    final: true\n" + human + "faq:\n  why:\n"
                             + "    questions: [why my email, why do you need it, what is it for, why, email why]\n"
                             + "    answer: Only to reply.\n")],
            "dialogs/main.yml:16:3: warning: intent 'faq/why' can be offered as a button (\"did you mean\", fallback "
                + "suggestions) but has no label under 'settings: labels:' nor an FAQ title, so it is never offered; "
                + "write a label, or 'faq/why: \"\"' to keep it off buttons on purpose"),
        DiagnosticCase(
            "unknownPrice",
            [.greet, .dialog("settings:\n" + messages + "  start: hello\n  handoff_state: human\n  labels:\n    greet: \"\"\nglobals:\n  greet: hello\n"
                             + "states:\n  hello:\n    say: SMS starts at $19.50 a month.\n    final: true\n" + human + catalog)],
            "dialogs/main.yml:11:10: warning: this message quotes $19.50, but no product or plan of the catalog costs "
                + "$19.50 a month (or a year); make the message and 'catalog:' agree"),
        DiagnosticCase(
            "unknownPrice (an FAQ answer)",
            [.greet, .dialog("settings:\n" + messages + "  start: hello\n  handoff_state: human\n  labels:\n    greet: Hello\nglobals:\n  greet: hello\n"
                             + "states:\n  hello:\n    say: Hi.\n    final: true\n" + human + "faq:\n  pricing:\n    title: Pricing\n"
                             + "    questions: [how much, price, pricing, cost, what does it cost]\n"
                             + "    answer: \"Mail is $19, SMS is $29.\"\n" + catalog)],
            "dialogs/main.yml:19:14: warning: this message quotes $29, but no product or plan of the catalog costs "
                + "$29 a month (or a year); make the message and 'catalog:' agree"),
        DiagnosticCase(
            "unknownPrice (a follow-up's answer)",
            [.greet, .dialog("settings:\n" + messages + "  start: hello\n  handoff_state: human\n  labels:\n    greet: Hello\nglobals:\n  greet: hello\n"
                             + "states:\n  hello:\n    say: Hi.\n    final: true\n" + human + "faq:\n  pricing:\n    title: Pricing\n"
                             + "    questions: [how much, price, pricing, cost, what does it cost]\n"
                             + "    answer: \"Mail is $19.\"\n    follow_ups:\n      - questions: [and sms]\n"
                             + "        answer: \"SMS is $29.\"\n" + catalog)],
            "dialogs/main.yml:22:18: warning: this message quotes $29, but no product or plan of the catalog costs "
                + "$29 a month (or a year); make the message and 'catalog:' agree"),
    ]

    /// Labels (an empty one too), monthly and yearly catalog prices.
    static let labelledAndPriced = "settings:\n" + messages + "  start: hello\n  handoff_state: human\n  labels:\n    greet: \"\"\n    bye: Bye\n"
        + "globals:\n  greet: hello\n  bye: hello\nstates:\n  hello:\n"
        + "    say: Mail is $19 a month or $228 a year; SMS is $39.\n    final: true\n" + human + catalog
    /// The one intent the dialog handles asks for a person: it has its own button, never a suggestion.
    static let onlyHuman = "settings:\n" + messages + "  start: hello\nglobals:\n  greet: hello\n"
        + "states:\n  hello:\n    handoff: true\n    say: A person will reply.\n"
    /// An FAQ entry with a written title.
    static let titledFAQ = "settings:\n" + messages + "  start: hello\n  handoff_state: human\n  labels:\n    greet: Hello\nglobals:\n  greet: hello\n"
        + "states:\n  hello:\n    say: Hi.\n    final: true\n" + human + "faq:\n  why:\n    title: Why my email?\n"
        + "    questions: [why my email, why do you need it, what is it for, why, email why]\n    answer: Only to reply.\n"

    @Test(arguments: [(twoIntents, labelledAndPriced), (BotFile.greet, onlyHuman), (BotFile.greet, titledFAQ)] as [(BotFile, String)])
    func quietWhenLabelledAndPricesAgree(_ intents: BotFile, _ dialog: String) {
        let row = DiagnosticCase("none", [intents, .dialog(dialog)], "")
        #expect(row.loaderDiagnostics() == [])
        #expect(Self.contentDiagnostics(row) == [])
    }

    @Test(arguments: [
        ("Starter at $29 a month, Growth at $99.", [29.0, 99]),
        ("from $1,299 or $29.50, budgets like $5k or $5-10k", [1299, 29.5, 5000, 5]),
        ("no price here, just 20% and US$", []),
        ("$ 40 is not written as a price", []),
    ])
    func readsDollarAmounts(_ text: String, _ amounts: [Double]) {
        #expect(ContentLints.quotedPrices(in: text) == amounts)
    }
}

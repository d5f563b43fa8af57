import Testing

/// The loader's diagnostics about what one dialog file says (values, templates, conditions,
/// forms, FAQ entries, products): one minimal bot per message, and the one diagnostic it
/// gives. Every bot is `BotFile.dialogIntents` and one dialog file.
@Suite struct DialogFileDiagnosticTests {
    @Test(arguments: DialogFileDiagnosticTests.cases)
    func givesItsOneDiagnostic(_ row: DiagnosticCase) {
        #expect(row.loaderDiagnostics() == [row.expected])
    }

    /// A row whose bot is the dialog intents and `dialogs/main.yml` holding `dialog`.
    private static func row(_ message: String, _ dialog: String, _ expected: String) -> DiagnosticCase {
        DiagnosticCase(message, [.dialogIntents, .dialog(dialog)], expected)
    }

    /// An FAQ entry `hours` whose one follow-up (line 9) asks "and on holidays" and goes on with `rest`.
    private static func followUp(_ rest: String) -> String {
        BotFile.handoffOnly + """
        faq:
          hours:
            questions: [when are you open, opening hours, are you open now, what time do you open, business hours]
            answer: "Monday to Friday, 9 to 5."
            follow_ups:
              - questions: [and on holidays]

        """ + rest
    }

    /// A handoff state with a lead whose only scoring rule (line 10) is `rule`.
    private static func lead(rule: String) -> String {
        BotFile.handoffOnly + """
                lead:
                  consent: email
                  score_slot: size
                  tier_slot: company
                  tiers: {hot: 10}
                  score:
                    - \(rule)

            """
    }

    static let cases: [DiagnosticCase] = [
        row("numberOutOfRange", """
            settings:
              session_timeout_minutes: -5
            states:
              human:
                handoff: true
            """,
            "dialogs/main.yml:2:28: error: expected a number between 1 and 525600, found '-5'"),
        row("missingKey (a transition's goto)", """
            states:
              human:
                handoff: true
                on:
                  book_demo:
                    if: size > 3
            """,
            "dialogs/main.yml:6:9: error: missing 'goto' in a transition"),
        row("missingKey (a form field's ask)", """
            states:
              human:
                handoff: true
                form:
                  fields:
                    - slot: email
            """,
            "dialogs/main.yml:6:11: error: missing 'ask' in form field 'email'"),
        row("missingKey (an FAQ entry's answer)", """
            states:
              human:
                handoff: true
            faq:
              hours:
                questions: [when are you open, opening hours, are you open now, what time do you open, business hours]
            """,
            "dialogs/main.yml:5:3: error: missing 'answer' in FAQ entry 'hours'"),
        row("missingKey (a follow-up's answer)", followUp(""),
            "dialogs/main.yml:9:9: error: missing 'answer' in a follow-up of FAQ entry 'hours'"),
        row("unknownKey (a follow-up's)", followUp("""
                    answer: "Closed on public holidays."
                    intent: hours

            """),
            "dialogs/main.yml:11:9: error: unknown key 'intent' in a follow-up of FAQ entry 'hours'; expected 'questions', 'answer', 'buttons'"),
        row("missingKey (a product's price)", """
            catalog:
              products:
                - name: Mail
                  description: Newsletters.
                - name: SMS
                  price: 3
                  description: Texts.
            states:
              human:
                handoff: true
            """,
            "dialogs/main.yml:3:7: error: missing 'price' in product 'Mail' (US dollars per month)"),
        row("missingKey (a form field's slot)", BotFile.handoffOnly + """
                form:
                  fields:
                    - slot: email
                      ask: Your email?
                    - ask: Your company?

            """,
            "dialogs/main.yml:8:11: error: missing 'slot' in a form field"),
        row("missingKey (an FAQ entry's questions)", BotFile.handoffOnly + "faq:\n  hours:\n    answer: 9 to 5.\n",
            "dialogs/main.yml:5:3: error: missing 'questions' in FAQ entry 'hours'"),
        row("missingKey (a product's name)",
            "catalog:\n  products:\n    - {price: 3, description: Texts.}\n    - {name: Mail, price: 19, description: News.}\n"
                + BotFile.handoffOnly,
            "dialogs/main.yml:3:7: error: missing 'name' in a product"),
        row("missingKey (a product's description)",
            "catalog:\n  products:\n    - {name: Mail, price: 19}\n" + BotFile.handoffOnly,
            "dialogs/main.yml:3:7: error: missing 'description' in product 'Mail'"),
        row("missingKey (a lead's tiers)", BotFile.handoffOnly + "    lead:\n      consent: email\n      score_slot: size\n"
                + "      tier_slot: company\n",
            "dialogs/main.yml:4:5: error: missing 'tiers' in a lead"),
        row("missingKey (a scoring rule's points)", lead(rule: "if: size > 3"),
            "dialogs/main.yml:10:11: error: missing 'points' in a scoring rule"),
        row("missingKey (a scoring rule's if)", lead(rule: "points: 5"),
            "dialogs/main.yml:10:11: error: missing 'if' in a scoring rule (or 'slot' with 'within_days')"),
        row("missingKey (a within_days rule's slot)", lead(rule: "{within_days: 7, points: 5}"),
            "dialogs/main.yml:10:11: error: missing 'slot' in a 'within_days' rule"),
        row("templateSyntax", """
            states:
              human:
                handoff: true
                say: Hi {company
            """,
            "dialogs/main.yml:4:13: error: unterminated placeholder: '{' has no closing '}'"),
        row("templateSyntax (an unmatched '}')", BotFile.handoffOnly + "    say: Hi company}\n",
            "dialogs/main.yml:4:20: error: unmatched '}' in template; write '}}' for a literal brace"),
        row("templateSyntax (an invalid placeholder)", BotFile.handoffOnly + "    say: Hi {my company}\n",
            "dialogs/main.yml:4:13: error: invalid placeholder '{my company}': expected '{slot}' or '{slot|default}'"),
        row("conditionSyntax", """
            states:
              human:
                handoff: true
                on:
                  book_demo:
                    - if: size is big
                      goto: human
            """,
            "dialogs/main.yml:6:15: error: invalid condition 'size is big': expected 'slot OP value' "
                + "(OP is ==, !=, <, <=, >, >=), 'slot is set' or 'slot is not set'"),
        row("invalidRegex", """
            states:
              human:
                handoff: true
                form:
                  fields:
                    - slot: email
                      ask: Your email?
                      pattern: "[a-"
            """,
            "dialogs/main.yml:8:20: error: invalid regular expression '[a-'"),
        row("emptyForm", """
            states:
              human:
                handoff: true
                form:
                  fields: []
            """,
            "dialogs/main.yml:4:5: error: a form needs at least one field under 'fields:'"),
        row("faqQuestionsAndIntent", """
            states:
              human:
                handoff: true
            faq:
              demo:
                questions: [what is a demo]
                intent: book_demo
                answer: A short call.
            """,
            "dialogs/main.yml:5:3: error: FAQ entry 'demo' has both its own questions or patterns and 'intent'; "
                + "give its own or reuse an intent, not both"),
        row("patternSyntax (an FAQ entry's pattern)", """
            states:
              human:
                handoff: true
            faq:
              hours:
                patterns: ["(when|what time) are you open *", "open (on|at *"]
                answer: "Monday to Friday, 9 to 5."
            """,
            "dialogs/main.yml:6:57: error: invalid pattern: unbalanced '(': no ')' closes it"),
        row("unknownProductAction (did you mean)", """
            states:
              human:
                handoff: true
                products: sugest
            """,
            "dialogs/main.yml:4:15: error: unknown product action 'sugest'; did you mean 'suggest'?"),
        row("unknownProductAction (the actions)", """
            states:
              human:
                handoff: true
                products: recommend
            """,
            "dialogs/main.yml:4:15: error: unknown product action 'recommend'; expected one of: "
                + "suggest, details, compare, cheaper"),
    ]
}

import Testing

/// The loader's diagnostics about what intent files declare (settings, slots, entities,
/// intents, examples, patterns): one minimal bot per message, and the one diagnostic it gives.
@Suite struct IntentFileDiagnosticTests {
    @Test(arguments: IntentFileDiagnosticTests.settingsAndEntities + IntentFileDiagnosticTests.intents)
    func givesItsOneDiagnostic(_ row: DiagnosticCase) {
        #expect(row.loaderDiagnostics() == [row.expected])
    }

    /// Each other intent is reported once per example, at its first pattern that matches,
    /// whether its patterns are found by their required words or, needing none, always tried.
    @Test func anExampleCapturedByTwoIntentsNamesBoth() {
        let row = DiagnosticCase("exampleCapturedByPattern", [.intents("""
            intents:
              human:
                patterns: ["* (person|human) *", "talk to *", "* me"]
              anything:
                patterns: ["(talk|) (to|) (me|)"]
              talk:
                examples: [talk to me, chat, speak, converse, discuss]
            """)], "")
        let captured = "warning: example 'talk to me' of intent 'talk' matches a pattern of intent"
        #expect(row.loaderDiagnostics() == [
            "intents/a.yml:7:16: \(captured) 'human', so it will never reach 'talk'\n"
                + "intents/a.yml:3:39: note: the pattern is here",
            "intents/a.yml:7:16: \(captured) 'anything', so it will never reach 'talk'\n"
                + "intents/a.yml:5:17: note: the pattern is here",
        ])
    }

    static let settingsAndEntities: [DiagnosticCase] = [
        DiagnosticCase(
            "duplicateSettings",
            [.intents("settings:\n  name: a\n"), .intents("settings:\n  name: b\n", name: "b"), .greet],
            "intents/b.yml:1:1: error: settings given twice; a bot has one 'settings' section\n"
                + "intents/a.yml:1:1: note: first defined here"),
        DiagnosticCase(
            "invalidFallbackThreshold",
            [.intents("settings:\n  fallback_threshold: 1.5\n")],
            "intents/a.yml:2:23: error: fallback_threshold must be a number between 0 and 1, found '1.5'"),
        DiagnosticCase(
            "invalidCountryCode",
            [.intents("settings:\n  default_country_code: USA\n")],
            "intents/a.yml:2:25: error: default_country_code must be 1 to 3 digits (like \"1\" or \"44\"), found 'USA'"),
        DiagnosticCase(
            "emptyBotName",
            [.intents("settings:\n  name: \"\"\n")],
            "intents/a.yml:2:9: error: the bot name must not be empty"),
        DiagnosticCase(
            "duplicateSlot",
            [.intents("slots:\n  size: number\n"), .intents("slots:\n  size: number\n", name: "b"), .greet],
            "intents/b.yml:2:3: error: slot 'size' is declared twice\n"
                + "intents/a.yml:2:3: note: first defined here"),
        DiagnosticCase(
            "unknownEntity (did you mean)",
            [.intents("slots:\n  size: numbr\n"), .greet],
            "intents/a.yml:2:9: error: slot 'size' is filled by unknown entity 'numbr'; did you mean 'number'?"),
        DiagnosticCase(
            "unknownEntity (nothing near)",
            [.intents("slots:\n  size: headcount\n"), .greet],
            "intents/a.yml:2:9: error: slot 'size' is filled by unknown entity 'headcount'"),
        DiagnosticCase(
            "duplicateEntity",
            [.intents("entities:\n  tier:\n    values: [gold]\n"),
             .intents("entities:\n  tier:\n    values: [silver]\n", name: "b"), .greet],
            "intents/b.yml:2:3: error: entity 'tier' is declared twice\n"
                + "intents/a.yml:2:3: note: first defined here"),
        DiagnosticCase(
            "entityShadowsBuiltin",
            [.intents("entities:\n  number:\n    values: [one]\n"), .greet],
            "intents/a.yml:2:3: error: entity 'number' has the name of a built-in entity; choose another name"),
        DiagnosticCase(
            "duplicateEntityValue",
            [.intents("entities:\n  tier:\n    values: [gold, Gold]\n"), .greet],
            "intents/a.yml:3:20: error: value 'Gold' is listed twice in entity 'tier'\n"
                + "intents/a.yml:3:14: note: first defined here"),
        DiagnosticCase(
            "conflictingSynonym",
            [.intents("entities:\n  tier:\n    values:\n      - gold: [top]\n      - silver: [top]\n"), .greet],
            "intents/a.yml:5:18: error: synonym 'top' maps to 'silver' but already maps to 'gold'\n"
                + "intents/a.yml:4:16: note: first maps to 'gold' here"),
        DiagnosticCase(
            "redundantSynonym",
            [.intents("entities:\n  tier:\n    values:\n      - gold: [Gold]\n"), .greet],
            "intents/a.yml:4:16: warning: synonym 'Gold' of 'gold' is listed twice or repeats the value"),
        DiagnosticCase(
            "emptyEntityValue",
            [.intents("entities:\n  tier:\n    values: [gold, '']\n")],
            "intents/a.yml:3:20: error: empty entity value"),
        DiagnosticCase(
            "entityWithoutValues",
            [.intents("entities:\n  tier:\n    values: []\n"), .greet],
            "intents/a.yml:2:3: error: entity 'tier' has no values"),
        DiagnosticCase(
            "entityValueShape",
            [.intents("entities:\n  tier:\n    values: [gold, {a: x, b: y}]\n")],
            "intents/a.yml:3:20: error: expected an entity value: 'value' or 'value: [synonym, …]'"),
        DiagnosticCase(
            "unknownSlotKind (did you mean)",
            [.intents("slots:\n  size:\n    entity: number\n    kind: headcount\n"), .greet],
            "intents/a.yml:4:11: error: unknown kind 'headcount' of slot 'size'; did you mean 'head_count'?"),
        DiagnosticCase(
            "unknownSlotKind (the kinds)",
            [.intents("slots:\n  size: {entity: number, kind: email}\n"), .greet],
            "intents/a.yml:2:32: error: unknown kind 'email' of slot 'size'; expected one of: "
                + "value, head_count, budget, person_name, company, need, yes_no, decision_maker, start_date"),
        DiagnosticCase(
            "unknownKey (in a slot)",
            [.intents("slots:\n  name:\n    entity: text\n    personl: true\n"), .greet],
            "intents/a.yml:4:5: error: unknown key 'personl' in slot 'name'; did you mean 'personal'?"),
        DiagnosticCase(
            "missingKey (a slot's entity)",
            [.intents("slots:\n  name:\n    kind: person_name\n"), .greet],
            "intents/a.yml:2:3: error: missing 'entity' in slot 'name'"),
        DiagnosticCase(
            "wrongType (a slot's personal flag)",
            [.intents("slots:\n  name:\n    entity: text\n    personal: \"yes\"\n"), .greet],
            "intents/a.yml:4:15: error: expected true or false for 'personal', found 'yes'"),
    ]

    static let intents: [DiagnosticCase] = [
        DiagnosticCase(
            "duplicateIntent",
            [.greet, .intents("intents:\n  greet:\n    examples: [yo, howdy, greetings, hallo, good day]\n")],
            "intents/a.yml:2:3: error: intent 'greet' is defined twice\n"
                + "intents/greet.yml:2:3: note: first defined here"),
        DiagnosticCase(
            "reservedIntent",
            [.intents("intents:\n  oos:\n    examples: [weather, sports, recipes, news, music]\n")],
            "intents/a.yml:2:3: error: intent name 'oos' is reserved for the fallback intent"),
        DiagnosticCase(
            "emptyIntent",
            [.intents("intents:\n  bye: {}\n"), .greet],
            "intents/a.yml:2:3: error: intent 'bye' has no examples and no patterns"),
        DiagnosticCase(
            "fewExamples",
            [.intents("intents:\n  greet:\n    examples: [hi, hello]\n")],
            "intents/a.yml:2:3: warning: intent 'greet' has only 2 examples; give at least 5 for good recognition"),
        DiagnosticCase(
            "fewExamples (one)",
            [.intents("intents:\n  greet:\n    examples: [hi]\n")],
            "intents/a.yml:2:3: warning: intent 'greet' has only 1 example; give at least 5 for good recognition"),
        DiagnosticCase(
            "exampleNotString",
            [.intents("intents:\n  greet:\n    examples:\n      - what: is this\n")],
            "intents/a.yml:4:9: error: expected an example (a string); quote examples that contain ': ' or start with '['"),
        DiagnosticCase(
            "emptyExample",
            [.intents("intents:\n  greet:\n    examples: [hi, '']\n")],
            "intents/a.yml:3:21: error: empty example"),
        DiagnosticCase(
            "blockLineWithoutDash",
            [.intents("intents:\n  greet:\n    examples: |\n      - hi\n      hello\n")],
            "intents/a.yml:5:7: error: in an examples block ('|'), each line must be an example starting with '- '"),
        DiagnosticCase(
            "annotation",
            [.intents("intents:\n  pricing:\n    examples:\n      - what is [the price\n")],
            "intents/a.yml:4:17: error: unterminated annotation: '[' has no closing ']'"),
        DiagnosticCase(
            "unknownSlot (did you mean)",
            [.intents("""
                slots:
                  size: number
                intents:
                  order:
                    examples:
                      - for [4](sise) people
                      - for two
                      - three of us
                      - a table for four
                      - just me
                """)],
            "intents/a.yml:6:17: error: unknown slot 'sise'; did you mean 'size'?"),
        DiagnosticCase(
            "unknownSlot (none declared)",
            [.intents("intents:\n  order:\n    examples: [for two, three of us, a table for four, just me, \"for [4](size)\"]\n")],
            "intents/a.yml:3:74: error: unknown slot 'size'; declare it under 'slots:'"),
        DiagnosticCase(
            "duplicateExampleAcrossIntents",
            [.greet, .intents("intents:\n  bye:\n    examples: [bye, goodbye, see you, later, hi]\n")],
            "intents/a.yml:3:46: error: example 'hi' of intent 'bye' is also an example of intent 'greet'\n"
                + "intents/greet.yml:3:16: note: first listed here"),
        DiagnosticCase(
            "duplicateExample",
            [.intents("intents:\n  greet:\n    examples: [hi, hello, hey, hiya, howdy, Hi]\n")],
            "intents/a.yml:3:45: warning: example 'Hi' is listed twice in intent 'greet'\n"
                + "intents/a.yml:3:16: note: first listed here"),
        DiagnosticCase(
            "duplicateExample (case and whitespace folded)",
            [.intents("intents:\n  greet:\n    examples: [good morning, hello, hey, hiya, \"Good \\t Morning \"]\n")],
            "intents/a.yml:3:48: warning: example 'Good \t Morning' is listed twice in intent 'greet'\n"
                + "intents/a.yml:3:16: note: first listed here"),
        DiagnosticCase(
            "exampleCapturedByPattern",
            [.intents("""
                intents:
                  human:
                    patterns: ["talk to *"]
                  talk:
                    examples: [talk to me, chat, speak, converse, discuss]
                """)],
            "intents/a.yml:5:16: warning: example 'talk to me' of intent 'talk' matches a pattern of intent 'human', "
                + "so it will never reach 'talk'\n"
                + "intents/a.yml:3:17: note: the pattern is here"),
        DiagnosticCase(
            "patternNotString",
            [.intents("intents:\n  human:\n    patterns: [[talk, human]]\n")],
            "intents/a.yml:3:16: error: expected a pattern (a string)"),
        DiagnosticCase(
            "patternSyntax",
            [.intents("intents:\n  human:\n    patterns: [\"(talk|speak\"]\n")],
            "intents/a.yml:3:17: error: invalid pattern: unbalanced '(': no ')' closes it"),
    ]
}

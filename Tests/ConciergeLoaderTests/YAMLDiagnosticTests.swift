import Testing

/// The loader's diagnostics about reading a bot file at all and about its YAML shapes (shared
/// by intent and dialog files): one minimal bot per message, and the one diagnostic it gives.
@Suite struct YAMLDiagnosticTests {
    @Test(arguments: YAMLDiagnosticTests.cases)
    func givesItsOneDiagnostic(_ row: DiagnosticCase) {
        #expect(row.loaderDiagnostics() == [row.expected])
    }

    static let cases: [DiagnosticCase] = [
        DiagnosticCase(
            "unreadableFile",
            [BotFile(path: "intents/a.yml", contents: .unreadable)],
            "intents/a.yml:1:1: error: cannot read file: no such file or not readable"),
        DiagnosticCase(
            "invalidUTF8",
            [BotFile(path: "intents/a.yml", contents: .bytes(Array("intents:\n  greet: [h".utf8) + [0xFF, 0xFE]))],
            "intents/a.yml:2:12: error: file is not valid UTF-8 text"),
        DiagnosticCase(
            "yamlSyntax",
            [.intents("intents:\n\tgreet: {}\n")],
            "intents/a.yml:2:1: error: YAML syntax error: found character that cannot start any token"
                + " while scanning for the next token"),
        DiagnosticCase(
            "yamlSyntax (with the place of its context)",
            [.intents("intents:\n  greet:\n    examples: [hi, hello\n  bye: {}\n")],
            "intents/a.yml:4:6: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence\n"
                + "intents/a.yml:3:15: note: while parsing a flow sequence here"),
        DiagnosticCase(
            "duplicateKey",
            [.intents("intents:\n  greet: {examples: [hi, hello, hey, hiya, howdy]}\n  greet: {}\n")],
            "intents/a.yml:2:3: error: duplicate key 'greet' in the same mapping"),
        DiagnosticCase(
            "aliasNotSupported",
            [.intents("intents:\n  a: &x {examples: [hi, hello, hey, hiya, howdy]}\n  b: *x\n")],
            "intents/a.yml:2:6: error: YAML aliases of lists or mappings are not supported in intent files"),
        DiagnosticCase(
            "multipleDocuments",
            [.intents("intents: {}\n---\nintents: {}\n")],
            "intents/a.yml:2:1: error: an intents file holds one YAML document; remove the '---' separator"),
        DiagnosticCase(
            "wrongType (the file is not a mapping)",
            [.intents("- hi\n- hello\n")],
            "intents/a.yml:1:1: error: expected a mapping with 'settings', 'slots', 'entities' or 'intents', found a list"),
        DiagnosticCase(
            "wrongType (settings)",
            [.intents("settings: [a]\n")],
            "intents/a.yml:1:11: error: expected a mapping of settings, found a list"),
        DiagnosticCase(
            "wrongType (examples)",
            [.intents("intents:\n  greet:\n    examples: hi\n")],
            "intents/a.yml:3:15: error: expected a list of examples, found 'hi'"),
        DiagnosticCase(
            "wrongType (a flag)",
            [.intents("entities:\n  tier:\n    fuzzy: maybe\n    values: [gold]\n"), .greet],
            "intents/a.yml:3:12: error: expected true or false, found 'maybe'"),
        DiagnosticCase(
            "wrongType (mask_personal_data)",
            [.intents("settings:\n  mask_personal_data:\n"), .greet],
            "intents/a.yml:2:22: error: expected true or false for 'mask_personal_data', found nothing"),
        DiagnosticCase(
            "wrongType (dialog file)",
            [.dialogIntents, .dialog("states:\n  human:\n    handoff: true\n    final: maybe\n")],
            "dialogs/main.yml:4:12: error: expected true or false, found 'maybe'"),
        DiagnosticCase(
            "unknownKey (did you mean)",
            [.intents("intnets: {}\n")],
            "intents/a.yml:1:1: error: unknown key 'intnets' in an intents file; did you mean 'intents'?"),
        DiagnosticCase(
            "unknownKey (the keys expected)",
            [.intents("settings:\n  colour: blue\n")],
            "intents/a.yml:2:3: error: unknown key 'colour' in settings; "
                + "expected 'name', 'fallback_threshold', 'default_country_code', 'mask_personal_data'"),
        DiagnosticCase(
            "unknownKey (dialog file)",
            [.dialogIntents, .dialog("states:\n  human:\n    handoff: true\n    sya: Hi.\n")],
            "dialogs/main.yml:4:5: error: unknown key 'sya' in state 'human'; did you mean 'say'?"),
        DiagnosticCase(
            "invalidKey",
            [.intents("intents:\n  ~: {examples: [hi, hello, hey, hiya, howdy]}\n")],
            "intents/a.yml:2:3: error: expected a name (a plain string) as key"),
        DiagnosticCase(
            "noIntents",
            [.intents("settings:\n  name: demo\n")],
            "intents/a.yml:1:1: error: the bot defines no intents; add some under 'intents:' in an intents file"),
    ]
}

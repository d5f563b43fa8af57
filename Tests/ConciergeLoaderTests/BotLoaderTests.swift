@testable import ConciergeLoader
import ConciergeBot
import Foundation
import Testing

/// Six examples, enough to avoid the "few examples" warning.
private func examples(_ stem: String) -> String {
    (1...6).map { "      - \(stem) \($0)" }.joined(separator: "\n")
}

private let validSettings = """
    settings:
      name: acme-assistant
      fallback_threshold: 0.4
      default_country_code: "44"

    slots:
      team_size: number
      plan: plan
      company: text

    entities:
      plan:
        fuzzy: false
        values:
          - starter: [basic, entry level]
          - growth: [pro, professional]
          - enterprise
    """

private let validIntents = """
    intents:
      pricing:
        examples:
          - how much does it cost
          - "what's the price for [40](team_size) people"
          - is the [pro](plan) plan expensive
          - price list please
          - do you offer discounts
        patterns:
          - how much (is|does) * cost *
      greet:
        examples: |
          - hi
          - hello there
          - good morning [Acme](company) here
          - hey
          - hiya
    """

private func load(_ files: [(String, String)]) -> BotLoadResult {
    BotLoader().load(files: files.map { (path: $0.0, contents: $0.1) })
}

/// `file:line:col: severity: message` of each diagnostic, notes left out.
private func rendered(_ result: BotLoadResult) -> [String] {
    result.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
}

@Test func validBotGivesDefinition() throws {
    let result = load([("intents/a.yml", validSettings), ("intents/b.yml", validIntents)])
    #expect(result.diagnostics == [])
    let bot = try #require(result.definition)
    #expect(bot.settings == BotSettings(
        name: "acme-assistant", fallbackThreshold: 0.4, defaultCountryCode: "44",
        location: SourceLocation(file: "intents/a.yml", line: 1, column: 1)))
    #expect(!bot.settings.maskPersonalData)
    #expect(bot.slots.map(\.name) == ["team_size", "plan", "company"])
    #expect(bot.slots.map(\.entity) == ["number", "plan", nil])
    let plan = try #require(bot.entities.first)
    #expect(!plan.fuzzy)
    #expect(plan.values.map(\.value) == ["starter", "growth", "enterprise"])
    #expect(plan.values[0].synonyms == ["basic", "entry level"])
    #expect(plan.values[2].location == SourceLocation(file: "intents/a.yml", line: 17, column: 9))

    let pricing = try #require(bot.intents.first)
    #expect(pricing.name == "pricing")
    #expect(pricing.location == SourceLocation(file: "intents/b.yml", line: 2, column: 3))
    #expect(pricing.examples[1].text == "what's the price for 40 people")
    #expect(pricing.examples[1].annotations == [SlotAnnotation(slot: "team_size", value: "40", start: 21, end: 23)])
    #expect(pricing.examples[1].location == SourceLocation(file: "intents/b.yml", line: 5, column: 10))
    #expect(pricing.patterns.count == 1)
    #expect(pricing.patterns[0].matches(["how", "much", "does", "it", "cost"]))

    let greet = try #require(bot.intents.last)
    #expect(greet.examples.map(\.text) == ["hi", "hello there", "good morning Acme here", "hey", "hiya"])
    #expect(greet.examples[2].annotations == [SlotAnnotation(slot: "company", value: "Acme", start: 13, end: 17)])
    #expect(greet.examples[2].location == SourceLocation(file: "intents/b.yml", line: 15, column: 9))
}

@Test func everyProblemIsReportedAndLocated() throws {
    let first = """
        settings:
          name: demo
          fallback_threshold: 1.5
        slots:
          team_size: numbr
          plan: plan
        entities:
          plan:
            values:
              - starter: [basic, pro]
              - growth: [pro]
              - starter
        intents:
          pricing:
            exmaples:
              - how much
            examples:
              - how much is it for [40](team_sise) people
              - what is [the price
              - hello there
          greet:
            examples:
              - hello there
              - hi
              - hi
          empty: {}
        """
    let second = """
        settings:
          name: other
        intnets: {}
        intents:
          pricing:
            examples: a single string
          human:
            patterns: [talk to (a|) human *, "(hi|hey"]
            examples: [talk to a human please, get me a person, someone real, a real human, agent please]
          talk:
            examples: [talk to a human now, let me talk, talk please, can we talk, i want to talk]
        """
    let result = load([("intents/a.yml", first), ("intents/b.yml", second)])
    #expect(result.definition == nil)
    #expect(rendered(result) == [
        "intents/a.yml:3:23: error: fallback_threshold must be a number between 0 and 1, found '1.5'",
        "intents/a.yml:5:14: error: slot 'team_size' is filled by unknown entity 'numbr'; did you mean 'number'?",
        "intents/a.yml:11:18: error: synonym 'pro' maps to 'growth' but already maps to 'starter'",
        "intents/a.yml:12:9: error: value 'starter' is listed twice in entity 'plan'",
        "intents/a.yml:15:5: error: unknown key 'exmaples' in intent 'pricing'; did you mean 'examples'?",
        "intents/a.yml:18:33: error: unknown slot 'team_sise'; did you mean 'team_size'?",
        "intents/a.yml:19:17: error: unterminated annotation: '[' has no closing ']'",
        "intents/a.yml:21:3: warning: intent 'greet' has only 3 examples; give at least 5 for good recognition",
        "intents/a.yml:23:9: error: example 'hello there' of intent 'greet' is also an example of intent 'pricing'",
        "intents/a.yml:25:9: warning: example 'hi' is listed twice in intent 'greet'",
        "intents/a.yml:26:3: error: intent 'empty' has no examples and no patterns",
        "intents/b.yml:1:1: error: settings given twice; a bot has one 'settings' section",
        "intents/b.yml:3:1: error: unknown key 'intnets' in an intents file; did you mean 'intents'?",
        "intents/b.yml:5:3: error: intent 'pricing' is defined twice",
        "intents/b.yml:6:15: error: expected a list of examples, found 'a single string'",
        "intents/b.yml:8:39: error: invalid pattern: unbalanced '(': no ')' closes it",
        "intents/b.yml:11:16: warning: example 'talk to a human now' of intent 'talk' matches a pattern of intent 'human', "
            + "so it will never reach 'talk'",
    ])
    let notes = result.diagnostics.flatMap(\.notes).map { "\($0.location): \($0.message)" }
    #expect(notes == [
        "intents/a.yml:10:26: first maps to 'starter' here",
        "intents/a.yml:10:9: first defined here",
        "intents/a.yml:20:9: first listed here",
        "intents/a.yml:24:9: first listed here",
        "intents/a.yml:1:1: first defined here",
        "intents/a.yml:14:3: first defined here",
        "intents/b.yml:8:16: the pattern is here",
    ])
}

@Test func yamlSyntaxErrorIsLocatedOncePerFile() {
    let result = load([
        ("intents/a.yml", "intents:\n  greet:\n    examples: [hi, hello\n  bye:\n"),
        ("intents/b.yml", "intents:\n\tgreet: {}\n"),
        ("intents/c.yml", "intents:\n  greet:\n  greet:\n"),
    ])
    let lines = rendered(result)
    #expect(lines.count == 3, "\(lines)")
    #expect(lines.allSatisfy { $0.contains("error:") })
    #expect(lines[0].hasPrefix("intents/a.yml:4:"))
    #expect(lines[1].hasPrefix("intents/b.yml:2:1: error: YAML syntax error"))
    #expect(lines[2] == "intents/c.yml:2:3: error: duplicate key 'greet' in the same mapping")
    #expect(result.definition == nil)
}

@Test func wrongShapesAreReported() {
    let result = load([("intents/a.yml", """
        settings: [a]
        slots:
          plan: [x]
        intents:
          greet: [hi, hello]
          bye:
            examples:
              - what: is this
              - [a, b]
        """)])
    #expect(rendered(result) == [
        "intents/a.yml:1:11: error: expected a mapping of settings, found a list",
        "intents/a.yml:3:9: error: expected the name of the entity that fills slot 'plan', found a list",
        "intents/a.yml:5:10: error: expected a mapping with 'examples' and 'patterns', found a list",
        "intents/a.yml:8:9: error: expected an example (a string); quote examples that contain ': ' or start with '['",
        "intents/a.yml:9:9: error: expected an example (a string); quote examples that contain ': ' or start with '['",
    ])
}

@Test func emptyFileAloneMeansNoIntents() {
    let result = load([("intents/a.yml", "")])
    #expect(rendered(result) == [
        "intents/a.yml:1:1: error: the bot defines no intents; add some under 'intents:' in an intents file",
    ])
    #expect(result.definition == nil)
}

@Test func emptyFileBesideOthersIsFine() {
    let result = load([("intents/a.yml", validSettings), ("intents/b.yml", validIntents), ("intents/c.yml", "# nothing yet\n")])
    #expect(result.diagnostics == [])
    #expect(result.definition != nil)
}

@Test func invalidUTF8IsLocatedAtItsLine() {
    var bytes = Array("intents:\n  greet:\n    examples: [h".utf8)
    bytes += [0xFF, 0xFE]
    bytes += Array("i]\n".utf8)
    let result = BotLoader().load(data: [(path: "intents/a.yml", data: Data(bytes))])
    #expect(rendered(result).first == "intents/a.yml:3:17: error: file is not valid UTF-8 text")
    #expect(result.definition == nil)
}

@Test func garbageNeverCrashes() {
    var generator = SystemRandomNumberGenerator()
    let samples: [String] = [
        "\u{0}\u{1}\u{7F}", "- - - :", "{{{{", "intents: &a [*a]", "]]]", "intents:\n  x: *undefined",
        "intents:\n  a: &x {examples: [hi]}\n  b: *x", "%YAML 9.9\n---\n", "---\na: 1\n---\nb: 2\n",
        String(repeating: "[", count: 5000), "intents:\n  a:\n    examples: |\n      hi\n      - [x](y\n",
        String(validSettings.prefix(57)), String(validIntents.prefix(120)),
    ]
    for sample in samples {
        _ = load([("intents/a.yml", sample)])
    }
    for _ in 0..<200 {
        let bytes = (0..<Int.random(in: 0..<80, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        _ = BotLoader().load(data: [(path: "intents/a.yml", data: Data(bytes))])
    }
}

@Test func aliasesOfContainersAreRejected() {
    let result = load([("intents/a.yml", "intents:\n  a: &x {examples: [hi]}\n  b: *x\n")])
    #expect(rendered(result).contains("intents/a.yml:2:6: error: YAML aliases of lists or mappings are not supported in intent files"))
}

@Test func missingIntentsFolderIsNamed() {
    let directory = NSTemporaryDirectory() + "concierge-no-bot-\(UUID().uuidString)"
    let result = BotLoader().load(directory: directory)
    #expect(rendered(result) == [
        "\(directory)/intents:1:1: error: no intents folder: '\(directory)/intents' does not exist or is not a folder",
    ])
}

@Test func directoryLoadingReadsSortedYamlFiles() throws {
    let directory = NSTemporaryDirectory() + "concierge-bot-\(UUID().uuidString)"
    let intents = directory + "/intents"
    try FileManager.default.createDirectory(atPath: intents, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try validIntents.write(toFile: intents + "/b.yaml", atomically: true, encoding: .utf8)
    try validSettings.write(toFile: intents + "/a.yml", atomically: true, encoding: .utf8)
    try "not: yaml: at all".write(toFile: intents + "/notes.txt", atomically: true, encoding: .utf8)
    let result = BotLoader().load(directory: directory + "/")
    #expect(result.diagnostics == [])
    let bot = try #require(result.definition)
    #expect(bot.settings.location?.file == "\(directory)/intents/a.yml")
    #expect(bot.intents.first?.location.file == "\(directory)/intents/b.yaml")
}

@Test func noIntentsInAnEmptyFolder() throws {
    let directory = NSTemporaryDirectory() + "concierge-empty-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory + "/intents", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let result = BotLoader().load(directory: directory)
    #expect(rendered(result) == [
        "\(directory)/intents:1:1: error: the bot defines no intents; add some under 'intents:' in an intents file",
    ])
}

@Test func settingsAndEntityChecks() {
    let result = load([("intents/a.yml", """
        settings:
          name: ""
          fallback_threshold: high
          default_country_code: USA
          colour: blue
        slots:
          size: number
        entities:
          number:
            values: [one]
          tier:
            fuzzy: maybe
            values:
              - gold: [premium, premium]
        intents:
          greet:
            examples: [hi, hello, hey, hiya, howdy]
            patterns: ["*"]
          oos:
            examples: [a, b, c, d, e]
        """)])
    #expect(rendered(result) == [
        "intents/a.yml:2:9: error: the bot name must not be empty",
        "intents/a.yml:3:23: error: fallback_threshold must be a number between 0 and 1, found 'high'",
        "intents/a.yml:4:25: error: default_country_code must be 1 to 3 digits (like \"1\" or \"44\"), found 'USA'",
        "intents/a.yml:5:3: error: unknown key 'colour' in settings; expected 'name', 'fallback_threshold', 'default_country_code', 'mask_personal_data'",
        "intents/a.yml:9:3: error: entity 'number' has the name of a built-in entity; choose another name",
        "intents/a.yml:12:12: error: expected true or false, found 'maybe'",
        "intents/a.yml:14:25: warning: synonym 'premium' of 'gold' is listed twice or repeats the value",
        "intents/a.yml:18:17: error: invalid pattern: a pattern needs at least one word; this one would match every message",
        "intents/a.yml:19:3: error: intent name 'oos' is reserved for the fallback intent",
    ])
}

/// The valid settings with `mask_personal_data: <value>` on line 5.
private func settings(masking value: String) -> String {
    validSettings.replacingOccurrences(of: "default_country_code: \"44\"\n",
                                       with: "default_country_code: \"44\"\n  mask_personal_data: \(value)\n")
}

@Test func maskPersonalDataSetting() throws {
    let on = load([("intents/a.yml", settings(masking: "true")), ("intents/b.yml", validIntents)])
    #expect(on.diagnostics == [])
    #expect(try #require(on.definition).settings.maskPersonalData)
    let off = load([("intents/a.yml", settings(masking: "false")), ("intents/b.yml", validIntents)])
    #expect(off.diagnostics == [])
    #expect(try #require(off.definition).settings.maskPersonalData == false)
}

@Test func maskPersonalDataMustBeAFlag() {
    let cases = [("maybe", "23: error: expected true or false for 'mask_personal_data', found 'maybe'"),
                 ("\"true\"", "23: error: expected true or false for 'mask_personal_data', found 'true'"),
                 ("[true]", "23: error: expected true or false for 'mask_personal_data', found a list"),
                 ("", "22: error: expected true or false for 'mask_personal_data', found nothing")]
    for (value, message) in cases {
        let result = load([("intents/a.yml", settings(masking: value)), ("intents/b.yml", validIntents)])
        #expect(result.definition == nil)
        #expect(rendered(result) == ["intents/a.yml:5:" + message], "value \(value)")
    }
    let typo = load([("intents/a.yml", validSettings.replacingOccurrences(of: "  name: acme-assistant\n",
                                                                          with: "  name: acme-assistant\n  mask_personal_datas: true\n")),
                     ("intents/b.yml", validIntents)])
    #expect(rendered(typo) == [
        "intents/a.yml:3:3: error: unknown key 'mask_personal_datas' in settings; did you mean 'mask_personal_data'?",
    ])
}

@testable import ConciergeLoader
import ConciergeBot
import Foundation
import Testing

/// A small valid bot: two intents with six examples each and two slots.
private let intents = """
    slots:
      team_size: number
      email: email
      company: text
    intents:
      book_demo:
        examples: [book a demo, I want a demo, show me a demo, demo please, schedule a demo, live demo]
      talk_to_human:
        examples: [a human please, talk to a person, real person, get me an agent, human, someone real]
    """

private func load(_ dialog: String) -> BotLoadResult {
    BotLoader().load(files: [(path: "intents/bot.yml", contents: intents), (path: "dialogs/main.yml", contents: dialog)])
}

@Test func validDialogLoadsWithFormFAQAndConditions() throws {
    let result = load("""
        settings:
          start: welcome
          profile_slots: [email]
        globals:
          talk_to_human: human
        states:
          welcome:
            say: ["Hi {company|there}!", "Hello!"]
            buttons:
              - Book a demo: book_demo
            on:
              book_demo:
                - if: team_size >= 50
                  goto: big
                - goto: form
          form:
            form:
              fields:
                - slot: email
                  ask: Your email?
                - slot: team_size
                  ask: How many?
                  min: 1
              give_up: human
              done: big
          big:
            say: Thanks, {email}.
            final: true
          human:
            handoff: true
            say: A person will reply.
        faq:
          hours:
            questions: [when are you open, opening hours, are you open now, what time do you open, business hours]
            answer: 9 to 5.
        """)
    #expect(result.diagnostics.map(\.description) == [])
    let bot = try #require(result.definition)
    let dialog = try #require(bot.dialog)
    #expect(dialog.settings.start == "welcome")
    #expect(dialog.state(named: "welcome")?.say.count == 2)
    #expect(dialog.state(named: "welcome")?.on.first?.condition?.source == "team_size >= 50")
    #expect(dialog.state(named: "form")?.form?.fields.map(\.slot) == ["email", "team_size"])
    #expect(dialog.faq.first?.intent == "faq/hours")
    #expect(bot.intents.contains { $0.name == "faq/hours" && $0.examples.count == 5 })
}

@Test func everyDialogProblemIsReportedWithItsPlace() {
    let result = load("""
        settings:
          start: welcom
          session_timeout_minutes: -5
        globals:
          talk_to_humn: human
        states:
          welcome:
            say: "Hi {nam|there}!"
            on:
              book_demo:
                if: team_sise > 3
                goto: form
          form:
            form:
              fields:
                - slot: emial
                  ask: Email?
                  pattern: "[a-"
              done: loop_a
          loop_a:
            then: loop_b
          loop_b:
            then: loop_a
          orphan:
            say: Nobody comes here {company
          human:
            handoff: true
            say: A person will reply.
        """)
    #expect(result.definition == nil)
    // With the start state misspelled, nothing is reachable: each state says so.
    #expect(result.diagnostics.map(\.description) == [
        "dialogs/main.yml:2:10: error: unknown state 'welcom'; did you mean 'welcome'?",
        "dialogs/main.yml:3:28: error: expected a number between 1 and 525600, found '-5'",
        "dialogs/main.yml:5:3: error: unknown intent 'talk_to_humn'; did you mean 'talk_to_human'?",
        "dialogs/main.yml:7:3: warning: state 'welcome' is unreachable: no transition, global or form leads to it",
        "dialogs/main.yml:8:15: error: unknown slot 'nam'; declare it under 'slots:' in an intents file",
        "dialogs/main.yml:11:13: error: unknown slot 'team_sise'; did you mean 'team_size'?",
        "dialogs/main.yml:13:3: warning: state 'form' is unreachable: no transition, global or form leads to it",
        "dialogs/main.yml:16:17: error: unknown slot 'emial'; did you mean 'email'?",
        "dialogs/main.yml:18:20: error: invalid regular expression '[a-'",
        "dialogs/main.yml:20:3: warning: state 'loop_a' is unreachable: no transition, global or form leads to it",
        "dialogs/main.yml:22:3: warning: state 'loop_b' is unreachable: no transition, global or form leads to it",
        "dialogs/main.yml:23:5: error: transition cycle that never waits for input: loop_a → loop_b → loop_a",
        "dialogs/main.yml:24:3: warning: state 'orphan' is unreachable: no transition, global or form leads to it",
        "dialogs/main.yml:24:3: warning: state 'orphan' has no way out: add 'on:' or 'then:', "
            + "or mark it 'final: true' if the conversation may end here",
        "dialogs/main.yml:25:28: error: unterminated placeholder: '{' has no closing '}'",
    ])
}

@Test func botWithoutDialogsFolderHasNoDialog() throws {
    let result = BotLoader().load(files: [(path: "intents/bot.yml", contents: intents)])
    #expect(result.diagnostics.isEmpty)
    #expect(try #require(result.definition).dialog == nil)
}

@Test func conditionsAndTemplatesParse() throws {
    let condition = try Condition.parse("team_size >= 50 and plan == 'growth plan' and email is set").get()
    #expect(condition.clauses.map(\.slot) == ["team_size", "plan", "email"])
    #expect(condition.clauses[1].test == .compare(.equal, .string("growth plan")))
    #expect(condition.clauses[2].test == .isSet)
    let template = try Template.parse("Hi {name|there}, {{literal}}").get().template
    #expect(template.segments == [.text("Hi "), .slot("name", fallback: "there"), .text(", {literal}")])
}

@Test func documentedCompleteDialogExampleLoads() throws {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    let docs = try String(contentsOfFile: url.path + "/docs/dialog-files.md", encoding: .utf8)
    // The first two YAML blocks are the example's dialogs/main.yml and dialogs/faq.yml.
    let blocks = docs.components(separatedBy: "```yaml\n").dropFirst().prefix(2).map {
        $0.components(separatedBy: "```").first ?? ""
    }
    let examples = { (stem: String) in "[\((1...5).map { "\(stem) \($0)" }.joined(separator: ", "))]" }
    let intents = """
        slots: {name: text, email: email, team_size: number, plan: text, phone: phone}
        intents:
        \(["book_demo", "help", "restart", "talk_to_human", "goodbye", "pricing"].map {
            "  \($0):\n    examples: \(examples($0))" }.joined(separator: "\n"))
        """
    let result = BotLoader().load(files: [
        (path: "intents/bot.yml", contents: intents),
        (path: "dialogs/main.yml", contents: blocks[0]), (path: "dialogs/faq.yml", contents: blocks[1]),
    ])
    #expect(result.diagnostics.map(\.description) == [])
    #expect(result.definition?.dialog?.states.count == 8)
}

@Test func catalogProblemsAreLocated() {
    let intents = "intents:\n  greet:\n    examples: [hi, hello, hey, good morning, hiya]\n"
    let catalog = """
    catalog:
      products:
        - name: Mail
          price: 19
          description: Newsletters.
        - name: mail
          price: 29
          description: Again.
        - name: SMS
          description: Texts.
          prise: 3
    states:
      start:
        products: sugest
        final: true
      human:
        handoff: true
    """
    let result = BotLoader().load(files: [("intents/a.yml", intents), ("dialogs/catalog.yml", catalog)])
    let lines = result.diagnostics.map(\.description)
    #expect(lines.contains("dialogs/catalog.yml:6:7: error: product 'mail' is listed twice\ndialogs/catalog.yml:3:7: note: first listed here"))
    #expect(lines.contains("dialogs/catalog.yml:9:7: error: missing 'price' in product 'SMS' (US dollars per month)"))
    #expect(lines.contains { $0.hasPrefix("dialogs/catalog.yml:11:7: error: unknown key 'prise'") })
    #expect(lines.contains("dialogs/catalog.yml:14:15: error: unknown product action 'sugest'; did you mean 'suggest'?"))
    let empty = BotLoader().load(files: [("intents/a.yml", intents),
                                         ("dialogs/c.yml", "catalog:\n  products: []\nstates:\n  h:\n    handoff: true\n")])
    #expect(empty.diagnostics.map(\.description).contains("dialogs/c.yml:1:1: error: the catalog has no products; add some under 'products:'"))
}

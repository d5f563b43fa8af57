import ArgumentParser

@main
struct Concierge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concierge",
        abstract: "A rule-and-intent chatbot engine: FAQs, lead qualification, product suggestions, handoff.",
        // Every subcommand spells out its `commandName`: otherwise the parser derives it from
        // the type's description, a runtime conformance lookup per command at every start.
        subcommands: [
            Chat.self, Serve.self, Parse.self, Train.self, Check.self, Test.self, Eval.self, CrossValidate.self, Leads.self,
            Forget.self, Report.self, BenchTurns.self, Simulate.self,
        ],
        defaultSubcommand: Chat.self
    )
}

import ArgumentParser

@main
struct Concierge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concierge",
        abstract: "A rule-and-intent chatbot engine: FAQs, lead qualification, product suggestions, handoff.",
        subcommands: [Parse.self, Check.self, Test.self, Eval.self, CrossValidate.self, Leads.self, Forget.self, Report.self]
    )
}

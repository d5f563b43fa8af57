import ArgumentParser

@main
struct Concierge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concierge",
        abstract: "A rule-and-intent chatbot engine."
    )
}

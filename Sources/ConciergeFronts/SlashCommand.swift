import Foundation

/// A REPL command: a line starting with `/`.
///
///     SlashCommand.parse("/debug")    // .command(.debug)
///     SlashCommand.parse(" /QUIT ")   // .command(.quit)
///     SlashCommand.parse("/dance")    // .unknown("/dance")
///     SlashCommand.parse("hello")     // nil: a message for the bot
enum SlashCommand: String, CaseIterable, Sendable {
    case help, reset, forget, debug, slots, state, why, reload, quit

    /// What parsing a line found.
    enum Parsed: Equatable, Sendable {
        case command(SlashCommand)
        case unknown(String)
    }

    /// The command of `line`, nil when it is not a command (so it goes to the bot).
    static func parse(_ line: String) -> Parsed? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("/") else { return nil }
        let name = trimmed.dropFirst().lowercased()
        if let command = SlashCommand(rawValue: name) { return .command(command) }
        if name == "exit" { return .command(.quit) }
        return .unknown(trimmed)
    }

    /// How it is typed: `/debug`.
    var typed: String { "/" + rawValue }

    /// One line for `/help`.
    var summary: String {
        switch self {
        case .help: "list these commands"
        case .reset: "start the conversation over (same session)"
        case .forget: "delete this session from the store (transcript, leads) and start a new one"
        case .debug: "toggle details after each reply: intent ranking, entities, slots, state, events"
        case .slots: "show the filled slots"
        case .state: "show the current dialog state"
        case .why: "explain the last decision: which NLU stage decided, which transition fired"
        case .reload: "reload the bot files (the old bot stays if they have errors)"
        case .quit: "leave (Ctrl-D does too)"
        }
    }
}

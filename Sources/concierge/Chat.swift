import ArgumentParser
import ConciergeEngine
import ConciergeFronts
import Foundation

/// `concierge chat` (the default command): talk to the bot in the terminal. The logic is
/// `ChatSession` and `ChatRenderer` in ConciergeFronts; this only reads and prints lines.
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chat with the bot in the terminal (the default command).",
        discussion: """
            Type a message, a button number, or a command: /help, /reset, /debug, /slots, /state, \
            /why, /reload, /quit. Ctrl-C clears the line, Ctrl-D leaves. History is kept in \
            $XDG_STATE_HOME/concierge/history (default ~/.local/state/concierge/history).
            When standard input is not a terminal, lines are read plainly and the output is for \
            scripts: one bot message per line, buttons as "[1] Pricing  [2] Book a demo".
            """
    )

    @OptionGroup var botOptions: BotOptions
    @OptionGroup var clockOptions: ClockOptions

    func run() throws {
        let bot = Bot(definition: try botOptions.loadDefinition())
        let interactive = isatty(STDIN_FILENO) == 1
        let colour = ChatRenderer.colourAllowed(isTerminal: isatty(STDOUT_FILENO) == 1,
                                                environment: ProcessInfo.processInfo.environment)
        let renderer = ChatRenderer(style: interactive ? .terminal(colour: colour) : .plain)
        var editor: any LineEditor = interactive ? ReadlineEditor(historyPath: historyFilePath()) : PlainLineReader()
        let clock = clockOptions.clock
        // A fixed `--now` makes the conversation reproducible; otherwise the real clock runs.
        let now = { clockOptions.now == nil ? Date() : clock.date }
        var chat = ChatSession(bot: bot, seed: 42, timeZone: clock.timeZone)
        show(chat.start(now: now()), renderer)
        while true {
            editor.setCompletions(chat.completions(for: ""))
            guard let line = editor.readLine(prompt: renderer.prompt) else {
                if interactive { show([], renderer, trailingNewline: true) }
                return
            }
            let response = chat.handle(line, now: now())
            show(response.lines, renderer)
            switch response.action {
            case .none: break
            case .quit: return
            case .reload:
                show(chat.reload(directory: botOptions.bot), renderer)
            }
        }
    }

    private func show(_ lines: [ChatLine], _ renderer: ChatRenderer, trailingNewline: Bool = false) {
        var text = lines.map { renderer.render($0) + "\n" }.joined()
        if trailingNewline { text += "\n" }
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

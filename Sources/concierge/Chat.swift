import ArgumentParser
import ConciergeEngine
import ConciergeFronts
import Foundation

/// `concierge chat` (the default command): talk to the bot in the terminal. The logic is
/// `ChatSession` and `ChatRenderer` in ConciergeFronts (pure); `ChatDriver` performs what the
/// chat asks of the store and the bot files; this only reads and prints lines.
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat with the bot in the terminal (the default command).",
        discussion: """
            Type a message, a button number, or a command: /help, /reset, /forget, /debug, /slots, \
            /state, /why, /reload, /quit. Ctrl-C clears the line, Ctrl-D leaves. History is kept in \
            $XDG_STATE_HOME/concierge/history (default ~/.local/state/concierge/history).
            Every turn is stored like serve's (see --store); --session NAME resumes a stored \
            conversation where it stopped, and /forget deletes the current one from the store.
            When standard input is not a terminal, lines are read plainly and the output is for \
            scripts: one bot message per line, buttons as "[1] Pricing  [2] Book a demo".
            """
    )

    @OptionGroup var botOptions: BotOptions
    @OptionGroup var clockOptions: ClockOptions
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp("The conversation's session id: a stored one resumes (default: a new repl-<time>-<random> id).",
                               valueName: "name"))
    var session: String?

    func validate() throws {
        if let session, session.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--session needs a name")
        }
    }

    func run() throws {
        let bot = try botOptions.loadBot()
        let settings = bot.definition.settings
        // As serve: the conversation is stored (and resumable) unless --no-store.
        let store = storeOptions.noStore ? nil
            : try storeOptions.open(botName: settings.name, maskPersonalData: settings.maskPersonalData, sealsPending: true)
        defer { try? store?.close() }
        let interactive = isatty(STDIN_FILENO) == 1
        let colour = ChatRenderer.colourAllowed(isTerminal: isatty(STDOUT_FILENO) == 1,
                                                environment: ProcessInfo.processInfo.environment)
        let renderer = ChatRenderer(style: interactive ? .terminal(colour: colour) : .plain)
        var editor: any LineEditor = interactive ? ReadlineEditor(historyPath: historyFilePath()) : PlainLineReader()
        let clock = clockOptions.clock
        // A fixed `--now` makes the conversation reproducible; otherwise the real clock runs.
        let now = { clockOptions.now == nil ? Date() : clock.date }
        var chat = ChatDriver(bot: bot, seed: 42, timeZone: clock.timeZone, store: store,
                              sessionID: session ?? ChatSession.generatedSessionID(now: Date()), models: botOptions.models)
        show(chat.start(now: now()), renderer)
        while true {
            editor.setCompletions(chat.chat.completions(for: ""))
            guard let line = editor.readLine(prompt: renderer.prompt) else {
                if interactive { show([], renderer, trailingNewline: true) }
                show(chat.close(now: now()), renderer)
                return
            }
            let response = chat.handle(line, now: now())
            show(response.lines, renderer)
            if response.action == .quit {
                show(chat.close(now: now()), renderer)
                return
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

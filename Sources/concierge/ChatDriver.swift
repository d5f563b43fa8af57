import ConciergeDialog
import ConciergeEngine
import ConciergeFronts
import ConciergeLoader
import ConciergeStore
import Foundation

/// Performs what the REPL's `ChatSession` asks for: resuming the stored session, committing
/// each turn before its lines are shown, forgetting, reloading the bot files. The terminal
/// loop (`Chat`) only reads lines and prints what this returns.
///
///     var driver = ChatDriver(bot: bot, store: store, sessionID: "s1", models: botOptions.models)
///     driver.start(now: date)                   // resumed lines, or the greeting
///     driver.handle("ana@acme.com", now: date)  // stored, then shown
struct ChatDriver {
    private(set) var chat: ChatSession
    let store: (any ConversationStore)?
    /// Where `/reload` reads the bot files and finds their model.
    let models: BotModels

    init(bot: Bot, seed: UInt64 = 42, timeZone: TimeZone = Bot.utc, store: (any ConversationStore)?,
         sessionID: String = "repl", models: BotModels = BotModels(directory: ".", modelFile: nil, modelInfo: false),
         newSessionID: @escaping @Sendable (Date) -> String = { ChatSession.generatedSessionID(now: $0) }) {
        chat = ChatSession(bot: bot, seed: seed, timeZone: timeZone, storesTurns: store != nil, sessionID: sessionID,
                           newSessionID: newSessionID)
        self.store = store
        self.models = models
    }

    /// The conversation as it stands, and its id in the store.
    var session: DialogSession { chat.session }
    var sessionID: String { chat.sessionID }

    /// The conversation's opening: the stored session resumed, or the bot's greeting.
    mutating func start(now: Date) -> [ChatLine] {
        guard let store else { return chat.start(now: now) }
        return chat.resume(store.storedSession(id: chat.sessionID), now: now)
    }

    /// One typed line: its output, with the action the chat asked for performed (`quit` is
    /// left to the terminal loop).
    mutating func handle(_ line: String, now: Date) -> ChatSession.Response {
        let response = chat.handle(line, now: now)
        switch response.action {
        case .none, .quit:
            return response
        case .reload:
            let models = self.models
            let files = models.reloadFiles()
            let lines = chat.reloaded(files.definition, files.diagnostics) { models.bot(for: $0, from: files) }
            return ChatSession.Response(lines: response.lines + lines)
        case .commit(let turn):
            return ChatSession.Response(lines: response.lines + chat.committed(failure: commit(turn)))
        case .forget(let sessionID):
            return ChatSession.Response(lines: response.lines + chat.forgotten(forget(sessionID), now: now))
        }
    }

    /// The person at the terminal left: a lead form left halfway is stored as a lead (see
    /// `ChatSession.close`); the lines to show, an error when the store refused it.
    mutating func close(now: Date) -> [ChatLine] {
        let response = chat.close(now: now)
        guard case .commit(let turn) = response.action else { return response.lines }
        return response.lines + chat.committed(failure: commit(turn))
    }

    /// Stores one turn; why not, when the store refused it.
    private func commit(_ turn: TurnCommit) -> String? {
        guard let store else { return nil }
        do {
            try store.commit(turn)
            return nil
        } catch {
            return "\(error)"
        }
    }

    private func forget(_ sessionID: String) -> Result<ForgetResult, StoreFailure> {
        guard let store else { return .failure(StoreFailure("this chat runs without a store")) }
        return store.forgetting(.session(sessionID))
    }
}

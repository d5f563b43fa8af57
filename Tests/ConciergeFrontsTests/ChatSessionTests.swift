import ConciergeDialog
import ConciergeLoader
import ConciergeTestSupport
import ConciergeEngine
@testable import ConciergeFronts
import Foundation
import Testing

@Suite struct ChatSessionTests {
    func chat() throws -> ChatSession {
        ChatSession(bot: try DemoBot.bot(), seed: 42)
    }

    @Test func parsesSlashCommands() {
        #expect(SlashCommand.parse("/debug") == .command(.debug))
        #expect(SlashCommand.parse("  /Quit ") == .command(.quit))
        #expect(SlashCommand.parse("/exit") == .command(.quit))
        #expect(SlashCommand.parse("/dance") == .unknown("/dance"))
        #expect(SlashCommand.parse("hello /debug") == nil)
        #expect(SlashCommand.allCases.count == 9)
    }

    @Test func theBotSpeaksFirstWithNumberedButtons() throws {
        var chat = try chat()
        let lines = chat.start(now: DemoBot.now)
        guard case .bot(let greeting)? = lines.first else { Issue.record("\(lines)"); return }
        #expect(greeting.contains("bot"))
        #expect(lines.last == .buttons(["Book a demo", "Pricing", "Free trial", "Talk to a human"]))
    }

    @Test func aNumberPicksAButton() throws {
        var chat = try chat()
        _ = chat.start(now: DemoBot.now)
        let response = chat.handle("2", now: DemoBot.now)
        #expect(response.lines.first == .picked("Pricing"))
        #expect(response.lines.contains { if case .bot(let text) = $0 { text.contains("$29") } else { false } })
        // Out of range: sent to the bot as text.
        #expect(chat.handle("9", now: DemoBot.now).lines.first != .picked("9"))
    }

    @Test func debugShowsTheTurnAndWhyExplainsIt() throws {
        var chat = try chat()
        _ = chat.start(now: DemoBot.now)
        #expect(chat.handle("/why", now: DemoBot.now).lines == [.notice("nothing to explain yet: send a message first")])
        #expect(chat.handle("/debug", now: DemoBot.now).lines == [.notice("debug on")])
        let lines = chat.handle("I'd like to book a demo", now: DemoBot.now).lines
        let labels = lines.compactMap { if case .detail(let label, _) = $0 { label } else { nil } }
        #expect(labels == ["intent", "ranking", "entities", "slots", "state", "events"])
        #expect(lines.contains(.detail("state", "welcome → demo_form")))
        let why = chat.handle("/why", now: DemoBot.now).lines
        #expect(why.count == 2)
        #expect(why.last == .detail("transition", "welcome → demo_form on `book_demo` (now in demo_form)"))
        #expect(chat.handle("/debug", now: DemoBot.now).lines == [.notice("debug off")])
    }

    @Test func slotsStateResetQuitAndUnknownCommands() throws {
        var chat = try chat()
        _ = chat.start(now: DemoBot.now)
        #expect(chat.handle("/slots", now: DemoBot.now).lines == [.notice("no slots filled")])
        _ = chat.handle("book a demo", now: DemoBot.now)
        _ = chat.handle("we're 12 people", now: DemoBot.now)
        #expect(chat.handle("/slots", now: DemoBot.now).lines.contains(.detail("team_size", "12")))
        #expect(chat.handle("/state", now: DemoBot.now).lines.first == .detail("state", "demo_form"))
        let reset = chat.handle("/reset", now: DemoBot.now)
        #expect(reset.lines.first == .notice("conversation reset"))
        #expect(chat.session.slots.isEmpty)
        #expect(chat.handle("/quit", now: DemoBot.now).action == .quit)
        #expect(chat.handle("/reload", now: DemoBot.now).action == .reload)
        guard case .error(let message)? = chat.handle("/nope", now: DemoBot.now).lines.first else {
            Issue.record("no error"); return
        }
        #expect(message.contains("/help"))
        #expect(chat.handle("/help", now: DemoBot.now).lines.count == SlashCommand.allCases.count + 1)
    }

    /// What the REPL's driver does on `/reload`: load the files, hand the result to the chat.
    func reload(_ chat: inout ChatSession, directory: String) -> [ChatLine] {
        let loaded = BotLoader().load(directory: directory)
        return chat.reloaded(loaded.definition, loaded.diagnostics)
    }

    @Test func reloadKeepsTheOldBotOnErrors() throws {
        var chat = try chat()
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("concierge-reload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: broken.appendingPathComponent("intents"), withIntermediateDirectories: true)
        try Data("intents:\n  greet:\n    examples: [hi, hello\n".utf8).write(to: broken.appendingPathComponent("intents/a.yml"))
        defer { try? FileManager.default.removeItem(at: broken) }
        let lines = reload(&chat, directory: broken.path)
        #expect(lines.last == .error("the bot has errors; still running the previous version"))
        #expect(lines.contains { if case .error(let text) = $0 { text.contains("intents/a.yml:") } else { false } })
        #expect(chat.start(now: DemoBot.now).first != nil)
        let reloaded = reload(&chat, directory: DemoBot.root)
        #expect(reloaded.last == .notice("reloaded: \(chat.bot.definition.intents.count) intents"))
    }

    @Test func completesCommandsAndButtons() throws {
        var chat = try chat()
        _ = chat.start(now: DemoBot.now)
        #expect(chat.completions(for: "/de") == ["/debug"])
        #expect(chat.completions(for: "/re") == ["/reset", "/reload"])
        #expect(chat.completions(for: "bo") == ["Book a demo"])
    }
}

/// With a store, a turn's lines wait for the driver's report of its commit.
@Suite struct ChatSessionCommitTests {
    func chat() throws -> ChatSession {
        ChatSession(bot: try DemoBot.bot(), seed: 42, storesTurns: true, sessionID: "s1")
    }

    @Test func aTurnIsShownOnlyOnceItIsStored() throws {
        var chat = try chat()
        _ = chat.start(now: DemoBot.now)
        let response = chat.handle("I'd like to book a demo", now: DemoBot.now)
        #expect(response.lines.isEmpty)
        guard case .commit(let turn) = response.action else { Issue.record("\(response.action)"); return }
        #expect(turn.sessionID == "s1")
        #expect(turn.turn?.text == "I'd like to book a demo")
        #expect(chat.session.state == "welcome")
        let lines = chat.committed(failure: nil)
        #expect(lines.contains { if case .bot = $0 { true } else { false } })
        #expect(chat.session.state == "demo_form")
    }

    @Test func aRefusedTurnLeavesTheConversationAsItWas() throws {
        var chat = try chat()
        _ = chat.start(now: DemoBot.now)
        let before = chat.session
        _ = chat.handle("I'd like to book a demo", now: DemoBot.now)
        #expect(chat.committed(failure: "disk full") == [.error("the store could not save this turn, so nothing changed: disk full")])
        #expect(chat.session == before)
        // The same line typed again is the same turn.
        guard case .commit(let again) = chat.handle("I'd like to book a demo", now: DemoBot.now).action else {
            Issue.record("no commit"); return
        }
        #expect(again.session?.state == "demo_form")
    }

    @Test func aStoredSessionResumesWithItsLastQuestionAndAnUnreadableOneSaysSo() throws {
        var chat = try chat()
        let stored = DialogSession(state: "demo_form", transcript: [TranscriptTurn(user: "ana@acme.com", bot: ["How many people?"])],
                                   turns: 2)
        #expect(chat.resume(.found(stored), now: DemoBot.now) == [.notice("resumed session s1 (2 turns)"), .bot("How many people?")])
        var broken = try self.chat()
        let lines = broken.resume(.failed("locked"), now: DemoBot.now)
        #expect(lines.first == .error("could not resume session s1: locked; starting over"))
        #expect(lines.count > 1)
    }
}

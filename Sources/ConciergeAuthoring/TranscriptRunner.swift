import ConciergeEngine
import ConciergeLoader
import ConciergeBot
import ConciergeDialog
import ConciergeEntities
import ConciergeNLU
import Foundation
import ConciergeJSON

/// A transcript expectation the bot did not meet, at the turn's `file:line:col`.
public struct TranscriptFailure: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var conversation: String
    public var message: String

    public var description: String { "\(location): error: [\(conversation)] \(message)" }
}

/// Plays conversation test files against a bot with a fixed clock and random seed, and
/// reports every unmet expectation.
///
///     let runner = TranscriptRunner(bot: bot)
///     let (files, _) = TranscriptLoader.load(directory: ".")
///     for failure in files.flatMap(runner.run) { print(failure) }
public struct TranscriptRunner: Sendable {
    public let bot: Bot
    /// When every conversation starts: Monday 2025-01-06 09:00 UTC.
    public var startDate = Date(timeIntervalSince1970: 1_736_154_000)
    public var seed: UInt64 = 42

    public init(bot: Bot) {
        self.bot = bot
    }

    public func run(_ file: TranscriptFile) -> [TranscriptFailure] {
        file.conversations.flatMap { run($0).failures }
    }

    /// Plays one conversation from a fresh session; the clock moves a minute per turn plus `after_minutes`.
    public func run(_ conversation: TranscriptConversation) -> (failures: [TranscriptFailure], replies: [Reply]) {
        var random = SplitMix64(seed: seed)
        var session = DialogSession()
        var now = startDate
        var failures: [TranscriptFailure] = []
        var replies: [Reply] = []
        for step in conversation.turns {
            now += 60 + step.afterMinutes * 60
            let message = UserMessage(text: step.user, context: step.context.isEmpty ? nil : step.context)
            let reply = bot.step(session: &session, message: message, now: now, random: &random)
            replies.append(reply)
            failures += TranscriptRunner.check(step, reply, words: bot.definition.dialog?.settings.messages ?? DialogMessages()).map {
                TranscriptFailure(location: step.location, conversation: conversation.name,
                                  message: "after '\(step.user)': \($0)")
            }
        }
        return (failures, replies)
    }

    /// What is wrong with `reply` for `step`, one line per unmet expectation.
    /// `words`: the bot's phrases, so an expected amount reads as the bot says it ("$500 a month").
    static func check(_ step: TranscriptStep, _ reply: Reply, words: DialogMessages = DialogMessages()) -> [String] {
        var problems: [String] = []
        if let intent = step.intent, intent != reply.intent {
            problems.append("expected intent '\(intent)', got '\(reply.intent)' (NLU: \(reply.nlu.intent.name) "
                + "\(String(format: "%.2f", reply.nlu.intent.confidence)), \(reply.nlu.decision.rawValue))")
        }
        if let state = step.state, state != reply.state {
            problems.append("expected state '\(state)', got '\(reply.state)'")
        }
        let text = reply.text.lowercased()
        for fragment in step.reply where !text.contains(fragment.lowercased()) {
            problems.append("reply does not contain '\(fragment)'; it was: \(quoted(reply.text))")
        }
        for fragment in step.notReply where text.contains(fragment.lowercased()) {
            problems.append("reply contains '\(fragment)', which it must not; it was: \(quoted(reply.text))")
        }
        for (slot, expected) in step.slots.sorted(by: { $0.key < $1.key }) {
            let actual = reply.slots[slot]
            let matches = expected == .null ? actual == nil : actual.map { same($0, expected, words: words) } ?? false
            if !matches {
                problems.append("expected slot \(slot) = \(expected == .null ? "unset" : expected.displayText(words: words)), "
                    + "got \(actual.map { $0.displayText(words: words) } ?? "unset")")
            }
        }
        let labels = reply.messages.flatMap(\.buttons).map(\.label)
        for label in step.buttons where !labels.contains(label) {
            problems.append("expected a button '\(label)', got \(labels.isEmpty ? "no buttons" : labels.map { "'\($0)'" }.joined(separator: ", "))")
        }
        if let expected = step.events, let problem = checkEvents(expected, reply.events) {
            problems.append(problem)
        }
        return problems
    }

    static func same(_ actual: JSONValue, _ expected: JSONValue, words: DialogMessages = DialogMessages()) -> Bool {
        if actual == expected { return true }
        if case .number(let left) = actual, case .number(let right) = expected { return left == right }
        return actual.displayText(words: words) == expected.displayText(words: words)
    }

    static func checkEvents(_ expected: [ExpectedEvent], _ actual: [DialogEvent]) -> String? {
        let shown = actual.map(describe).joined(separator: ", ")
        guard expected.count == actual.count else {
            return "expected events [\(expected.map(\.type).joined(separator: ", "))], got [\(shown)]"
        }
        for (want, got) in zip(expected, actual) {
            var fields = ["type": got.type]
            switch got {
            case .faqAnswered(let id): fields["id"] = id
            case .handoff(let reason, _): fields["reason"] = reason.rawValue
            case .sessionExpired, .handoffCancelled: break
            case .leadUpdated(let changes):
                fields["changes"] = changes.keys.sorted().joined(separator: ", ")
                for (key, value) in changes { fields["changes." + key] = value.displayText }
            case .leadCaptured(let lead, let score, let tier, let consent):
                fields["score"] = JSONValue.number(score).displayText
                fields["tier"] = tier
                fields["consent"] = consent ? "true" : "false"
                // `lead: "email, phone"` checks which fields the lead carries.
                fields["lead"] = lead.keys.sorted().joined(separator: ", ")
                for (key, value) in lead { fields["lead." + key] = value.displayText }
            case .productsSuggested(let products): fields["products"] = products.joined(separator: ", ")
            }
            let wanted = want.fields.merging(["type": want.type]) { first, _ in first }
            if wanted.contains(where: { fields[$0.key] != $0.value }) {
                return "expected event \(wanted.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")), got [\(shown)]"
            }
        }
        return nil
    }

    static func describe(_ event: DialogEvent) -> String {
        switch event {
        case .faqAnswered(let id): "faq_answered(\(id))"
        case .handoff(let reason, _): "handoff(\(reason.rawValue))"
        case .sessionExpired: "session_expired"
        case .handoffCancelled: "handoff_cancelled"
        case .leadUpdated(let changes): "lead_updated(\(changes.keys.sorted().joined(separator: ", ")))"
        case .leadCaptured(_, let score, let tier, _): "lead_captured(\(tier), \(JSONValue.number(score).displayText))"
        case .productsSuggested(let products): "products_suggested(\(products.joined(separator: ", ")))"
        }
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\n", with: " / ") + "'"
    }
}

import ConciergeJSON
import ArgumentParser
import ConciergeBot
import ConciergeStore
import Foundation

/// `concierge report`: how the bot is doing, from its store.
///
///     concierge report --bot brightwave --since 2026-11-01
///     // conversations   120
///     // messages        843
///     // fallback rate   6.2% (52 messages)
///     // …
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Conversations, fallback rate, top intents and fallbacks, the lead funnel and handoffs.",
        discussion: """
            Funnel: "started" counts sessions with a turn in a form state, "completed" those with a \
            later turn in a state the form's done leads to (following then: steps), "captured" \
            those with a stored lead, by tier. See docs/store.md.
            """
    )

    @OptionGroup var botOptions: BotOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var sinceOptions: SinceOptions
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func run() throws {
        let definition = try botOptions.loadDefinition()
        let store = try storeOptions.open(botName: definition.settings.name, mustExist: true)
        let report = try withStore { try store.report(since: sinceOptions.date, funnel: Self.funnel(definition.dialog)) }
        if json {
            writeLine(report.jsonText)
        } else {
            print(Self.text(report))
        }
    }

    /// Form states, and the states their `done` reaches without user input (`then:` steps).
    static func funnel(_ dialog: DialogDefinition?) -> FunnelStates {
        guard let dialog else { return FunnelStates() }
        let states = Dictionary(dialog.states.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let forms = dialog.states.filter { $0.form != nil }
        var completions = Set<String>()
        var pending = forms.compactMap { $0.form?.done }
        while let name = pending.popLast() {
            guard completions.insert(name).inserted else { continue }
            pending += states[name]?.then.map(\.target) ?? []
        }
        return FunnelStates(formStates: Set(forms.map(\.name)), completionStates: completions)
    }

    static func text(_ report: StoreReport) -> String {
        let rate = String(format: "%.1f%%", report.fallbackRate * 100)
        var lines = [
            "conversations   \(report.conversations)",
            "messages        \(report.messages)",
            "fallback rate   \(rate) (\(report.fallbacks) message\(report.fallbacks == 1 ? "" : "s"))",
        ]
        section("top intents", report.topIntents, into: &lines)
        section("top fallbacks (add these as examples or FAQ entries)", report.topFallbacks, into: &lines)
        let funnel = report.funnel
        lines += ["", "lead funnel",
                  "  qualification started    \(funnel.started)",
                  "  qualification completed  \(funnel.completed)",
                  "  lead captured            \(funnel.captured)"]
        lines += funnel.capturedByTier.map { "    \($0.name): \($0.count)" }
        section("handoffs by reason", report.handoffsByReason, into: &lines)
        return lines.joined(separator: "\n")
    }

    private static func section(_ title: String, _ counts: [StoreReport.Count], into lines: inout [String]) {
        lines += ["", title]
        lines += counts.isEmpty ? ["  (none)"] : counts.map { "  \(String(format: "%5d", $0.count))  \($0.name)" }
    }
}

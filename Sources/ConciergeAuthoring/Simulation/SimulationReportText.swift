import ConciergeJSON
import Foundation

/// The terminal report of `concierge simulate`: a row per persona, the problems of the
/// personas that failed (a few each), an overall line; with `verbose`, the transcript of
/// every conversation that went wrong (a failure, a re-ask or a fallback).
///
///     print(SimulationReportText(run: run).text)
///     // PASS  pricing-straight          faq      10/10  3.0 turns  0 re-asks  0 wrong  0 consent  0 fallbacks
///     // FAIL  bookstore-chain           lead      3/10  …
///     // 320 conversations with 32 personas × 10 seeds: 61.3% succeeded, 14 consent violations, …
public struct SimulationReportText: Sendable {
    public var run: SimulationRun
    public var verbose: Bool
    /// Problems listed per failing persona (all of them with `--json`).
    public var problemLimit: Int

    public init(run: SimulationRun, verbose: Bool = false, problemLimit: Int = 4) {
        self.run = run
        self.verbose = verbose
        self.problemLimit = problemLimit
    }

    public var text: String {
        var lines = run.personas.map(row)
        let failing = run.personas.filter { !$0.passed }
        if !failing.isEmpty { lines.append("") }
        for result in failing {
            lines.append("\(result.persona.location.file): \(result.persona.name): " + failureSummary(result))
            let problems = result.verdicts.flatMap { verdict in
                (verdict.problems + verdict.wrongValues + verdict.consentViolations).map { "seed \(verdict.seed), \($0)" }
            }
            lines += problems.prefix(problemLimit).map { "    " + $0 }
            if problems.count > problemLimit { lines.append("    … and \(problems.count - problemLimit) more (see --json)") }
        }
        if verbose { lines += transcripts }
        lines += ["", summary]
        return lines.joined(separator: "\n")
    }

    /// The overall line.
    public var summary: String {
        let personaCount = run.personas.count
        let failed = run.personas.filter { !$0.passed }.count
        return "\(run.conversations) conversations with \(personaCount) persona\(personaCount == 1 ? "" : "s") × "
            + "\(run.seeds.count) seed\(run.seeds.count == 1 ? "" : "s"): \(percent(run.successRate)) succeeded, "
            + "\(run.consentViolations) consent violations, \(run.wrongValues) wrong slot values, "
            + "\(run.reasks) re-asked questions, \(run.fallbacks) fallbacks; "
            + (failed == 0 ? "every persona passed" : "\(failed) of \(personaCount) personas failed")
    }

    private func row(_ result: SimulationRun.PersonaResult) -> String {
        let status = result.passed ? "  PASS  " : "  FAIL  "
        return status + pad(result.persona.name, 30) + pad(result.persona.goal.kind.rawValue, 16)
            + pad("\(result.succeeded)/\(result.conversations)", 7)
            + pad(String(format: "%.1f turns", result.averageTurns), 12)
            + "\(result.reasks) re-asks  \(result.wrongValues) wrong  \(result.consentViolations) consent  "
            + "\(result.fallbacks) fallbacks"
    }

    private func failureSummary(_ result: SimulationRun.PersonaResult) -> String {
        var parts: [String] = []
        if result.successRate < result.persona.requiredSuccess - 1e-9 {
            parts.append("\(percent(result.successRate)) succeeded, \(percent(result.persona.requiredSuccess)) required")
        }
        if result.wrongValues > 0 { parts.append("\(result.wrongValues) wrong slot values") }
        if result.consentViolations > 0 { parts.append("\(result.consentViolations) consent violations") }
        return parts.joined(separator: "; ")
    }

    private var transcripts: [String] {
        var lines: [String] = []
        for result in run.personas {
            for conversation in result.troubledConversations {
                lines += ["", "— \(result.persona.name), seed \(conversation.seed)"]
                for (index, turn) in conversation.turns.enumerated() {
                    if let message = turn.message { lines.append("  \(index) visitor: \(message)") }
                    let asked = turn.session.form.map { "  [asks \($0.slot)]" } ?? ""
                    let events = turn.reply.events.map(\.type).joined(separator: ", ")
                    lines.append("  \(index) bot [\(turn.reply.state)]\(asked)\(events.isEmpty ? "" : "  {\(events)}"): "
                        + turn.reply.text.replacingOccurrences(of: "\n", with: " / "))
                }
            }
        }
        return lines
    }

    private func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

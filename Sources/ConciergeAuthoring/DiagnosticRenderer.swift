import ConciergeLoader
import ConciergeBot

/// Turns diagnostics into the text `concierge check` prints: one compiler-style line each
/// (`file:line:col: error: message`), the offending source line with a caret under the
/// column, the notes, and a summary line. ANSI colour only when asked for.
///
///     let renderer = DiagnosticRenderer(color: false, sources: check.sources)
///     print(renderer.render(check.diagnostics))
///     print(DiagnosticRenderer.summary(errors: 2, warnings: 1, files: 5))   // 2 errors, 1 warning in 5 files
public struct DiagnosticRenderer: Sendable {
    public var color: Bool
    public var sources: [String: String]

    public init(color: Bool, sources: [String: String] = [:]) {
        self.color = color
        self.sources = sources
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = [line(diagnostic.location, diagnostic.severity.rawValue, diagnostic.message, severityColor(diagnostic.severity))]
        lines += excerpt(at: diagnostic.location)
        for note in diagnostic.notes {
            lines.append(line(note.location, "note", note.message, Style.cyan))
        }
        return lines.joined(separator: "\n")
    }

    /// `2 errors, 1 warning in 5 files`, or `no problems in 5 files`.
    public static func summary(errors: Int, warnings: Int, files: Int) -> String {
        let place = "in \(plural(files, "file"))"
        if errors == 0, warnings == 0 { return "no problems \(place)" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning")) \(place)"
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private enum Style {
        static let bold = "\u{1B}[1m"
        static let red = "\u{1B}[1;31m"
        static let magenta = "\u{1B}[1;35m"
        static let cyan = "\u{1B}[1;36m"
        static let green = "\u{1B}[32m"
        static let reset = "\u{1B}[0m"
    }

    private func severityColor(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: Style.red
        case .warning: Style.magenta
        case .note: Style.cyan
        }
    }

    private func paint(_ text: String, _ style: String) -> String {
        color ? style + text + Style.reset : text
    }

    private func line(_ location: SourceLocation, _ label: String, _ message: String, _ style: String) -> String {
        "\(paint("\(location):", Style.bold)) \(paint("\(label):", style)) \(color ? paint(message, Style.bold) : message)"
    }

    /// The source line of a location and a caret under its column; nothing when unknown.
    private func excerpt(at location: SourceLocation) -> [String] {
        guard let text = sources[location.file] else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= lines.count else { return [] }
        let source = String(lines[location.line - 1]).replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\t", with: " ")
        guard !source.allSatisfy(\.isWhitespace) else { return [] }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        // Columns count Unicode scalars, as the loader does.
        let indent = String(repeating: " ", count: max(0, min(location.column - 1, source.unicodeScalars.count)))
        return [" \(number) | \(source)", " \(gutter) | \(indent)\(paint("^", Style.green))"]
    }
}

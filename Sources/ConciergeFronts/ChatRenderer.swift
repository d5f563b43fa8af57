/// Turns `ChatLine`s into text for the terminal or for a script. Every piece of text goes
/// through `TerminalText.sanitize` here, the one place output is produced, and colour codes
/// are added only after sanitizing (so only ours reach the terminal).
///
/// Script mode (stdin not a terminal) prints one bot message per line (newlines inside a
/// message become spaces), buttons as `[1] Pricing  [2] Book a demo`, errors as `error: …`.
///
///     let renderer = ChatRenderer(style: .plain)
///     renderer.render(.buttons(["Pricing", "Book a demo"]))   // "[1] Pricing  [2] Book a demo"
///     ChatRenderer(style: .terminal(colour: true)).render(.bot("Hi"))   // "\u{1B}[1;36mbot›\u{1B}[0m Hi"
public struct ChatRenderer: Sendable {
    public enum Style: Equatable, Sendable {
        /// For scripts: no prefixes, no colour, one line per message.
        case plain
        /// For people: a `bot›` prefix and, when allowed, ANSI colours.
        case terminal(colour: Bool)
    }

    public var style: Style

    public init(style: Style) {
        self.style = style
    }

    /// Whether colour is allowed: only on a terminal, and never when `NO_COLOR` is set
    /// (to any value, even empty; https://no-color.org).
    public static func colourAllowed(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && environment["NO_COLOR"] == nil
    }

    private var colour: Bool { style == .terminal(colour: true) }
    private var plain: Bool { style == .plain }

    /// The text to print for `line` (it may span several lines only in terminal mode).
    public func render(_ line: ChatLine) -> String {
        switch line {
        case .bot(let text):
            let clean = TerminalText.sanitize(plain ? Self.oneLine(text) : text)
            return plain ? clean : paint("bot›", "1;36") + " " + clean
        case .buttons(let labels):
            let items = labels.enumerated().map { index, label in
                paint("[\(index + 1)]", "33") + " " + TerminalText.sanitize(Self.oneLine(label))
            }
            return (plain ? "" : "     ") + items.joined(separator: "  ")
        case .picked(let label):
            let clean = TerminalText.sanitize(Self.oneLine(label))
            return plain ? "> \(clean)" : paint("  → \(clean)", "2")
        case .notice(let text):
            return paint(TerminalText.sanitize(text), "2")
        case .error(let text):
            return paint("error:", "1;31") + " " + TerminalText.sanitize(text)
        case .detail(let label, let value):
            let text = TerminalText.sanitize(label) + ": " + TerminalText.sanitize(value)
            return plain ? text : "  " + paint(TerminalText.sanitize(label) + ":", "35") + " " + TerminalText.sanitize(value)
        }
    }

    /// The readline prompt. Colour codes are wrapped in \u{1}…\u{2} so readline knows they
    /// take no room on screen (otherwise line editing misplaces the cursor).
    public var prompt: String {
        colour ? "\u{1}\u{1B}[1;32m\u{2}you›\u{1}\u{1B}[0m\u{2} " : "you› "
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    static func oneLine(_ text: String) -> String {
        text.contains("\n") ? text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ") : text
    }
}

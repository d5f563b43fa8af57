/// A one-line progress bar for long runs, redrawn in place with a carriage return; the
/// caller writes it to standard error and only on a terminal.
///
///     ProgressBar(width: 20).line(done: 3, total: 8, label: "testing")
///     // "\r[███████▌            ] 3/8 testing"
public struct ProgressBar: Sendable {
    public var width: Int

    public init(width: Int = 30) {
        self.width = max(width, 1)
    }

    public func line(done: Int, total: Int, label: String) -> String {
        let fraction = total > 0 ? min(max(Double(done) / Double(total), 0), 1) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: " ", count: width - filled)
        return "\r[\(bar)] \(done)/\(total) \(label)"
    }

    /// Clears the line the bar used, so the report starts on a clean line.
    public func clear() -> String {
        "\r" + String(repeating: " ", count: width + 40) + "\r"
    }
}

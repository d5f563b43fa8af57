import Foundation

/// The confusion matrix as an inline SVG heatmap: expected intents down the left, predicted
/// intents across the top (slanted, so long names fit), the count in each cell, correct
/// predictions in blue and mistakes in red, shaded by their share of the row. Cells shrink
/// as intents grow so 30–60 intents still fit a screen; every cell has a hover title.
///
///     ConfusionMatrixSVG(labels: ["greet", "bye"], matrix: [[5, 1], [0, 6]]).svg
struct ConfusionMatrixSVG: Sendable {
    var labels: [String]
    var matrix: [[Int]]

    init(labels: [String], matrix: [[Int]]) {
        self.labels = labels
        self.matrix = matrix
    }

    var cell: Double {
        labels.isEmpty ? 32 : min(36, max(16, 900 / Double(labels.count)))
    }

    var svg: String {
        let count = labels.count
        let cell = self.cell
        let fontSize = max(9, min(13, cell * 0.42))
        let longest = Double(labels.map(\.count).max() ?? 4)
        let labelWidth = longest * fontSize * 0.62 + 12
        let top = labelWidth * 0.72 + 24
        let left = labelWidth + 24
        let width = left + Double(count) * cell + labelWidth * 0.72 + 10
        let height = top + Double(count) * cell + 30
        var parts: [String] = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"matrix\" width=\"\(f(width))\" height=\"\(f(height))\" "
                + "viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"system-ui, sans-serif\" font-size=\"\(f(fontSize))\" "
                + "role=\"img\" aria-label=\"Confusion matrix\">",
            "<text x=\"\(f(left + Double(count) * cell / 2))\" y=\"14\" text-anchor=\"middle\" font-weight=\"600\">predicted →</text>",
            "<text transform=\"translate(12 \(f(top + Double(count) * cell / 2))) rotate(-90)\" text-anchor=\"middle\" "
                + "font-weight=\"600\">expected →</text>",
        ]
        for (index, label) in labels.enumerated() {
            let name = HTMLText.escape(label)
            let y = top + (Double(index) + 0.5) * cell
            parts.append("<text x=\"\(f(left - 6))\" y=\"\(f(y))\" text-anchor=\"end\" dominant-baseline=\"middle\">\(name)</text>")
            let x = left + (Double(index) + 0.5) * cell
            parts.append("<text transform=\"translate(\(f(x)) \(f(top - 6))) rotate(-45)\" text-anchor=\"start\">\(name)</text>")
        }
        for (row, counts) in matrix.enumerated() where row < count {
            let total = max(counts.reduce(0, +), 1)
            for (column, value) in counts.enumerated() where column < count {
                let x = left + Double(column) * cell
                let y = top + Double(row) * cell
                let share = Double(value) / Double(total)
                let fill = value == 0 ? "#f6f7f9" : color(share: share, correct: row == column)
                let title = "\(HTMLText.escape(labels[row])) → \(HTMLText.escape(labels[column])): \(value)"
                parts.append("<g><title>\(title)</title><rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cell - 1))\" "
                    + "height=\"\(f(cell - 1))\" fill=\"\(fill)\"/>")
                if value > 0 {
                    let ink = share > 0.55 ? "#ffffff" : "#1d2330"
                    parts.append("<text x=\"\(f(x + (cell - 1) / 2))\" y=\"\(f(y + (cell - 1) / 2))\" text-anchor=\"middle\" "
                        + "dominant-baseline=\"central\" fill=\"\(ink)\">\(value)</text>")
                }
                parts.append("</g>")
            }
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// Blue for right answers, red for mistakes; darker for a bigger share of the row.
    private func color(share: Double, correct: Bool) -> String {
        let strength = 0.15 + 0.85 * min(max(share, 0), 1)
        let (r, g, b) = correct ? (37.0, 99.0, 235.0) : (220.0, 38.0, 38.0)
        func mix(_ channel: Double) -> Int { Int((255 - (255 - channel) * strength).rounded()) }
        return String(format: "#%02x%02x%02x", mix(r), mix(g), mix(b))
    }

    private func f(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}

import ConciergeLoader
import ConciergeBot
import Foundation
import Testing
@testable import ConciergeNLU

/// The repository root, found from this file's path.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// Three classes, each owning one feature, plus a shared noise feature: the linear
/// learners' smallest separable problem.
func separableThreeClassProblem() -> (SparseMatrix, [Int]) {
    var rows = SparseMatrix()
    var labels: [Int] = []
    for index in 0..<60 {
        let label = index % 3
        rows.append(SparseVector(indices: [Int32(label), 3], values: [0.9, 0.43]))
        labels.append(label)
    }
    return (rows, labels)
}

/// The shipped demo bot, loaded once per test.
func loadDemoBot() throws -> BotDefinition {
    let result = BotLoader().load(directory: repositoryRoot)
    return try #require(result.definition, "demo bot: \(result.diagnostics.map(\.description))")
}

/// A bot from inline intents: name → examples.
func inlineBot(_ intents: KeyValuePairs<String, [String]>, threshold: Double = 0.3) -> BotDefinition {
    let location = SourceLocation(file: "inline.yml", line: 1, column: 1)
    return BotDefinition(
        settings: BotSettings(fallbackThreshold: threshold),
        intents: intents.map { name, examples in
            IntentDefinition(name: name, examples: examples.map { Example(text: $0, location: location) }, location: location)
        }
    )
}

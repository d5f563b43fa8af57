import ConciergeBot
import ConciergeEngine
import Foundation

/// The starter bot at the repository root, loaded and trained once for all engine tests.
enum StarterBot {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let loaded: (bot: Bot?, diagnostics: [Diagnostic]) = {
        let (bot, diagnostics) = Bot.load(directory: root)
        return (bot, diagnostics)
    }()
}

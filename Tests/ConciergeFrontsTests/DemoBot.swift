import ConciergeBot
import ConciergeEngine
import Foundation

/// The repository's demo bot, loaded and trained once for all tests.
enum DemoBot {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let definition = BotLoader().load(directory: root).definition

    struct Missing: Error {}

    /// A freshly trained bot (training takes milliseconds), or an error when it failed to
    /// load. No `Bot?` anywhere: copying or destroying one crashed debug test builds (Swift 6.3).
    static func bot() throws -> Bot {
        guard let definition else { throw Missing() }
        return Bot(definition: definition)
    }

    /// Monday 2025-01-06 09:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_736_154_000)
}

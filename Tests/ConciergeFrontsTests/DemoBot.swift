import ConciergeEngine
import Foundation

/// The repository's demo bot, loaded and trained once for all tests.
enum DemoBot {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let bot: Bot? = Bot.load(directory: root).0

    /// Monday 2025-01-06 09:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_736_154_000)
}

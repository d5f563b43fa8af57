import ConciergeEngine
import Foundation

/// The repository's demo bot, loaded and trained once for all tests.
enum DemoBot {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let loaded: Bot? = Bot.load(directory: root).0

    struct Missing: Error {}

    /// The bot, or an error when it failed to load. (Not `#require(loaded)`: the macro's
    /// outlined copy of an optional this large crashed in debug builds.)
    static func bot() throws -> Bot {
        guard let bot = loaded else { throw Missing() }
        return bot
    }

    /// Monday 2025-01-06 09:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_736_154_000)
}

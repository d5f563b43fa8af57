import ConciergeBot
import ConciergeEngine
import ConciergeLoader
import Foundation

/// The repository's demo bot for every test target: its folder, its files as the loader reads
/// them, and the bot loaded and trained.
public enum DemoBot {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    private static let result = BotLoader().load(directory: root)

    public static let definition = result.definition

    /// The bot trained once for every test: a `Bot` is an immutable value, and training in a
    /// debug build was most of the suite's time when each test trained its own.
    private static let trained: Result<Bot, Missing> = definition.map { .success(Bot(definition: $0)) } ?? .failure(Missing())

    /// The bot loaded once as every front loads it (loader, then `Bot(definition:)`), with its diagnostics.
    public static let loaded: (bot: Bot?, diagnostics: [Diagnostic]) = {
        guard case .success(let bot) = trained else { return (nil, result.diagnostics) }
        return (bot, result.diagnostics)
    }()

    public struct Missing: Error {}

    /// The trained demo bot, or an error when it failed to load.
    public static func bot() throws -> Bot {
        try trained.get()
    }

    /// Monday 2025-01-06 09:00 UTC.
    public static let now = Date(timeIntervalSince1970: 1_736_154_000)

    /// `intents/*.yml` and `dialogs/*.yml` with paths relative to the bot folder.
    public static func files(in folders: [String] = ["intents", "dialogs"]) -> [(path: String, contents: String)] {
        var files: [(path: String, contents: String)] = []
        for folder in folders {
            let directory = root + "/" + folder
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
                .sorted()
            for name in names {
                let data = FileManager.default.contents(atPath: directory + "/" + name) ?? Data()
                files.append((folder + "/" + name, String(decoding: data, as: UTF8.self)))
            }
        }
        return files
    }
}

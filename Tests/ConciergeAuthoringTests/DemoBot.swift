import Foundation

/// The demo bot at the repository root, read as the loader reads it.
enum DemoBot {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `intents/*.yml` and `dialogs/*.yml` with paths relative to the bot folder.
    static func files(in folders: [String] = ["intents", "dialogs"]) -> [(path: String, contents: String)] {
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

import Foundation
import Testing

/// The compiled model from the command line: `train`, the automatic cache, `--model`, and
/// bad model files, which are reported in one line and replaced by training.
@Suite struct ModelCacheCommandTests {
    static let parseArguments = ["parse", "hello", "how much is the growth plan for 40 people?", "--now", "2026-11-22T10:00:00Z"]

    func cacheHome() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("concierge-cache-\(UUID().uuidString)").path
    }

    func cachedModels(in home: String) -> [String] {
        let folder = home + "/concierge"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".cmodel") }.map { folder + "/" + $0 }
    }

    @Test func firstRunCachesSecondRunReadsTheCache() throws {
        let home = cacheHome()
        let first = try ConciergeProcess.run(Self.parseArguments + ["--model-info"], environment: ["XDG_CACHE_HOME": home])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("model: trained; cached in \(home)/concierge/"), "\(first.stderr)")
        let models = cachedModels(in: home)
        #expect(models.count == 1)
        let second = try ConciergeProcess.run(Self.parseArguments + ["--model-info"], environment: ["XDG_CACHE_HOME": home])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("model: read from \(models.first ?? "?")"), "\(second.stderr)")
        #expect(second.stdout == first.stdout)
        #expect(!second.stdout.isEmpty)
    }

    @Test func trainWritesAModelThatModelLoads() throws {
        let file = cacheHome() + ".cmodel"
        let train = try ConciergeProcess.run(["train", "--out", file])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stdout.hasPrefix("wrote \(file)"), "\(train.stdout)")
        let fresh = try ConciergeProcess.run(Self.parseArguments)
        let fromFile = try ConciergeProcess.run(Self.parseArguments + ["--model", file, "--model-info"])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stderr.contains("model: read from \(file)"), "\(fromFile.stderr)")
        #expect(fromFile.stdout == fresh.stdout)
    }

    /// Two processes (each hashes sets and dictionaries in its own order) write the same bytes.
    @Test func theSameBotGivesTheSameModelBytes() throws {
        let files = [cacheHome() + ".cmodel", cacheHome() + ".cmodel"]
        for file in files {
            let train = try ConciergeProcess.run(["train", "--out", file])
            #expect(train.status == 0, "\(train.stderr)")
        }
        let bytes = try files.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        #expect(bytes[0] == bytes[1])
        #expect(!bytes[0].isEmpty)
    }

    @Test func modelOfAnotherBotIsRefusedInOneLine() throws {
        let other = try ConciergeProcess.temporaryFolder([
            "intents/main.yml": "intents:\n  greet:\n    examples: [hi, hello, hey]\n  bye:\n    examples: [bye, goodbye, see you]\n",
        ])
        let file = other.appendingPathComponent("model.cmodel").path
        let train = try ConciergeProcess.run(["train", "--bot", other.path, "--out", file])
        #expect(train.status == 0, "\(train.stderr)")
        let fresh = try ConciergeProcess.run(Self.parseArguments)
        let output = try ConciergeProcess.run(Self.parseArguments + ["--model", file])
        #expect(output.status == 0, "\(output.stderr)")
        let warnings = output.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: model '\(file)' not used") }
        #expect(warnings.count == 1, "\(output.stderr)")
        #expect(output.stderr.contains("trained on other bot files"), "\(output.stderr)")
        #expect(output.stdout == fresh.stdout)
    }

    @Test(arguments: ["flip", "truncate", "garbage"])
    func corruptedCacheWarnsAndAnswersTheSame(_ damage: String) throws {
        let home = cacheHome()
        let first = try ConciergeProcess.run(Self.parseArguments, environment: ["XDG_CACHE_HOME": home])
        let path = try #require(cachedModels(in: home).first)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "flip": bytes[bytes.count / 2] ^= 0x10
        case "truncate": bytes.removeLast(bytes.count / 3)
        default: bytes = [UInt8](repeating: 0x41, count: 100)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let second = try ConciergeProcess.run(Self.parseArguments + ["--model-info"], environment: ["XDG_CACHE_HOME": home])
        #expect(second.status == 0, "\(second.stderr)")
        let warnings = second.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: cached model '\(path)' not used") }
        #expect(warnings.count == 1, "\(second.stderr)")
        #expect(second.stderr.contains("model: trained; cached in \(path)"), "\(second.stderr)")
        #expect(second.stdout == first.stdout)
        // The damaged file was replaced: the next start reads it without a warning.
        let third = try ConciergeProcess.run(Self.parseArguments + ["--model-info"], environment: ["XDG_CACHE_HOME": home])
        #expect(!third.stderr.contains("warning"), "\(third.stderr)")
        #expect(third.stderr.contains("model: read from \(path)"), "\(third.stderr)")
    }

    @Test func unwritableCacheWarnsAndAnswers() throws {
        // A file where the cache folder should be: the folder cannot be created.
        let home = cacheHome()
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: home))
        let fresh = try ConciergeProcess.run(Self.parseArguments)
        let output = try ConciergeProcess.run(Self.parseArguments, environment: ["XDG_CACHE_HOME": home])
        #expect(output.status == 0, "\(output.stderr)")
        let warnings = output.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: the trained model was not cached") }
        #expect(warnings.count == 1, "\(output.stderr)")
        #expect(output.stdout == fresh.stdout)
    }

    @Test func warningsOfTheBotAreShownFromTheCacheToo() throws {
        let bot = try ConciergeProcess.temporaryFolder([
            "intents/main.yml": "intents:\n  greet:\n    examples: [hi, hello, hey, hi]\n  bye:\n    examples: [bye, goodbye, see you]\n",
        ])
        let home = cacheHome()
        let first = try ConciergeProcess.run(["parse", "--bot", bot.path, "hi"], environment: ["XDG_CACHE_HOME": home])
        #expect(first.status == 0, "\(first.stderr)")
        let warnings = first.stderr.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(!warnings.isEmpty, "\(first.stderr)")
        let second = try ConciergeProcess.run(["parse", "--bot", bot.path, "hi", "--model-info"], environment: ["XDG_CACHE_HOME": home])
        #expect(second.stderr.contains("model: read from"), "\(second.stderr)")
        #expect(second.stderr.split(separator: "\n").filter { $0.contains("warning:") } == warnings)
        #expect(second.stdout == first.stdout)
    }
}

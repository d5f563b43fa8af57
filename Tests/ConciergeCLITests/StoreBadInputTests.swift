import ConciergeEngine
import ConciergeStore
import ConciergeTestSupport
import Foundation
import Testing

/// A store the commands must refuse: a clear message, a non-zero exit, and the file untouched.
@Suite struct StoreBadInputTests {
    func freshStore(bot: String = "brightwave") throws -> String {
        let path = try ConciergeProcess.temporaryFolder([:]).appendingPathComponent("store.sqlite").path
        let store = try SQLiteStore(path: path, botName: bot)
        for index in 0..<40 {
            let lead = LeadRecord(sessionID: "s\(index)", capturedAt: Date(timeIntervalSince1970: 1_795_000_000),
                                  fields: ["email": .string("p\(index)@example.org"),
                                           "need": .string(String(repeating: "n", count: 300))],
                                  score: 10, tier: "cold", consent: true)
            try store.commit(TurnCommit(sessionID: lead.sessionID, leads: [lead], at: lead.capturedAt))
        }
        try store.close()
        return path
    }

    /// Runs each command on `path` and checks the refusal and that the bytes did not change.
    func expectRefusal(_ path: String, message: String, extra: [String] = []) throws {
        let before = FileManager.default.contents(atPath: path)
        for command in [["leads"], ["report"], ["forget", "p1@example.org"]] {
            let output = try ConciergeProcess.run(command + ["--store", path] + extra)
            #expect(output.status == 1, "\(command): \(output.stderr)")
            #expect(output.stderr.contains(message), "\(command): \(output.stderr)")
            #expect(output.stdout.isEmpty)
            #expect(FileManager.default.contents(atPath: path) == before, "\(command) changed the file")
        }
    }

    @Test func aFileThatIsNotSQLite() throws {
        let path = try ConciergeProcess.temporaryFolder(["leads.csv": "name,email\nAna,ana@acme.com\n"])
            .appendingPathComponent("leads.csv").path
        try expectRefusal(path, message: "is not a SQLite database")
    }

    @Test func aTruncatedStore() throws {
        let path = try freshStore()
        let data = try #require(FileManager.default.contents(atPath: path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        try expectRefusal(path, message: "is truncated")
    }

    @Test func aReadOnlyStore() throws {
        let path = try freshStore()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try expectRefusal(path, message: "is read-only")
    }

    @Test func anotherBotsStore() throws {
        let path = try freshStore(bot: "acme")
        try expectRefusal(path, message: "belongs to the bot 'acme', not 'brightwave'")
    }

    @Test func aStoreLockedByAnotherProcess() throws {
        let path = try freshStore()
        let before = FileManager.default.contents(atPath: path)
        // This test process holds an exclusive lock, as a hung server could. The file is not
        // read while the lock is held: closing any descriptor of it would drop this process's
        // POSIX locks.
        let holder = try lockingConnection(path)
        for command in [["leads"], ["report"], ["forget", "p1@example.org"]] {
            let output = try ConciergeProcess.run(command + ["--store", path, "--busy-timeout", "0.3"])
            #expect(output.status == 1, "\(command): \(output.stderr)")
            #expect(output.stderr.contains("is locked by another process"), "\(command): \(output.stderr)")
            #expect(output.stdout.isEmpty)
        }
        try holder.close()
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(try ConciergeProcess.run(["leads", "--store", path]).status == 0)
    }

    @Test func aMissingStoreIsNotCreatedByReadingCommands() throws {
        let path = try ConciergeProcess.temporaryFolder([:]).appendingPathComponent("none.sqlite").path
        let output = try ConciergeProcess.run(["leads", "--store", path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("there is no store at"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func storeAndNoStoreExcludeEachOther() throws {
        let output = try ConciergeProcess.run(["report", "--store", "x.sqlite", "--no-store"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("exclude each other"))
    }

    /// A URL is never turned into a folder named after its scheme: a PostgreSQL URL is a
    /// database (here one with no server: a clear error, exit 1), any other is refused.
    @Test(arguments: [("postgresql://ana@127.0.0.1:1/bot", "cannot reach the store 'postgresql://ana@127.0.0.1:1/bot'"),
                      ("postgres://127.0.0.1:1/bot", "cannot reach the store"),
                      ("sqlite://x.sqlite", "URLs are not supported")])
    func aURLIsNotAStorePath(_ url: String, _ message: String) throws {
        let folder = try ConciergeProcess.temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for command in [["serve"], ["leads"], ["report"], ["forget", "s1"], ["chat"]] {
            let output = try ConciergeProcess.run(command + ["--store", url, "--bot", ConciergeProcess.repositoryRoot.path],
                                                  stdin: Data(), in: folder)
            #expect(output.status != 0, "\(command)")
            #expect(output.stderr.contains(message), "\(command): \(output.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

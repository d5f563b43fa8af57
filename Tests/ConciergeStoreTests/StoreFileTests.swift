import ConciergeEngine
@testable import ConciergeStore
import ConciergeTestSupport
import Foundation
import GRDB
import Testing

@Suite struct StoreFileTests {
    @Test func defaultPathFollowsXDG() {
        #expect(StoreFile.defaultPath(botName: "brightwave", environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/ana"])
                == "/data/concierge/brightwave.sqlite")
        #expect(StoreFile.defaultPath(botName: "brightwave", environment: ["HOME": "/home/ana"])
                == "/home/ana/.local/share/concierge/brightwave.sqlite")
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        #expect(StoreFile.defaultPath(botName: "x", environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"])
                == "/h/.local/share/concierge/x.sqlite")
        #expect(StoreFile.fileName(botName: "../evil/bot") == "_.._evil_bot.sqlite")
    }

    @Test func createsThePrivateFileAndFolder() throws {
        let folder = try Fixture.folder().appendingPathComponent("data/concierge")
        let path = folder.appendingPathComponent("bot.sqlite").path
        let store = try SQLiteStore(path: path, botName: "bot")
        try store.recordLead(Fixture.lead("s1"))
        for file in [path, path + "-wal"] {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
            #expect(mode & 0o777 == 0o600, "\(file): \(String(mode, radix: 8))")
        }
        let folderMode = try #require(try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int)
        #expect(folderMode & 0o777 == 0o700)
    }

    /// Opens `path` expecting `error`, and checks that the file's bytes did not change.
    func expectRefusal(_ path: String, botName: String = "bot", matching check: (StoreError) -> Bool) throws {
        let before = Fixture.bytes(ofStore: path)
        let error = #expect(throws: StoreError.self) {
            _ = try SQLiteStore(path: path, botName: botName, settings: StoreSettings(busyTimeout: 0.2))
        }
        if let error {
            #expect(check(error), "\(error)")
        }
        #expect(Fixture.bytes(ofStore: path)[path] == before[path])
    }

    @Test func refusesAFileThatIsNotSQLite() throws {
        let path = try Fixture.storePath()
        try Data("name,email\nana,ana@acme.com\n".utf8).write(to: URL(fileURLWithPath: path))
        try expectRefusal(path) { if case .notSQLite = $0 { true } else { false } }
    }

    @Test func refusesATruncatedStore() throws {
        let path = try Fixture.storePath()
        let store = try SQLiteStore(path: path, botName: "bot")
        for index in 0..<50 {
            try store.commit(TurnCommit(sessionID: "s\(index)", session: Fixture.session(),
                                        turn: Fixture.entry(String(repeating: "x", count: 500)), at: Fixture.now))
        }
        try store.close()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.count > 8192)
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        try expectRefusal(path) { if case .truncated = $0 { true } else { false } }
        try data.prefix(60).write(to: URL(fileURLWithPath: path))
        try expectRefusal(path) { if case .truncated = $0 { true } else { false } }
    }

    /// A process killed in the middle of a checkpoint leaves a file shorter than its header
    /// says, beside the WAL that completes it: the store opens, and nothing committed is lost.
    @Test func opensAStoreKilledInTheMiddleOfACheckpoint() throws {
        let path = try Fixture.storePath()
        let store = try SQLiteStore(path: path, botName: "bot")
        for index in 0..<50 {
            try store.commit(TurnCommit(sessionID: "s\(index)", session: Fixture.session(),
                                        turn: Fixture.entry(String(repeating: "x", count: 500)), at: Fixture.now))
        }
        // The files as a kill -9 leaves them: copied while the store is open, WAL and all.
        let crashed = try Fixture.storePath()
        for suffix in ["", "-wal"] {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: crashed + suffix)
        }
        try store.close()
        // Page 1 rewritten first by the checkpoint: the header counts more pages than the file has.
        var data = try Data(contentsOf: URL(fileURLWithPath: crashed))
        let pageSize = Int(data[16]) << 8 | Int(data[17])
        let pages = UInt32(data.count / pageSize + 8)
        data.replaceSubrange(28..<32, with: [UInt8(pages >> 24), UInt8(pages >> 16 & 0xFF), UInt8(pages >> 8 & 0xFF), UInt8(pages & 0xFF)])
        try data.write(to: URL(fileURLWithPath: crashed))

        let reopened = try SQLiteStore(path: crashed, botName: "bot")
        #expect(try reopened.loadSession(id: "s49") != nil)
        try reopened.close()
        // Without the WAL (closing the store checkpointed and removed it) the same file is
        // truncated for real.
        #expect(!FileManager.default.fileExists(atPath: crashed + "-wal"))
        try data.write(to: URL(fileURLWithPath: crashed))
        try expectRefusal(crashed) { if case .truncated = $0 { true } else { false } }
    }

    @Test func refusesAReadOnlyStore() throws {
        let path = try Fixture.storePath()
        try SQLiteStore(path: path, botName: "bot").close()
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        try expectRefusal(path) { if case .readOnly = $0 { true } else { false } }
    }

    @Test func refusesAnotherBotsStoreAndANewerSchema() throws {
        let path = try Fixture.storePath()
        try SQLiteStore(path: path, botName: "acme").close()
        try expectRefusal(path) { $0 == .otherBot(path: path, found: "acme", expected: "bot") }

        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE meta SET value = '99' WHERE key = 'schema_version'") }
        try queue.close()
        try expectRefusal(path, botName: "acme") { $0 == .newerSchema(path: path, found: 99, supported: Schema.version) }
    }

    @Test func refusesAnotherApplicationsDatabase() throws {
        let path = try Fixture.storePath()
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE contacts (email TEXT)") }
        try queue.close()
        try expectRefusal(path) { $0 == .notAStore(path: path) }
    }

    @Test func refusesAStoreLockedByAnotherConnection() throws {
        let path = try Fixture.storePath()
        try SQLiteStore(path: path, botName: "bot").close()
        let holder = try lockingConnection(path)
        try expectRefusal(path) { $0 == .locked(path: path) }
        try holder.close()
        _ = try SQLiteStore(path: path, botName: "bot")
    }
}

import ConciergeTestSupport
import Foundation
import Testing

/// Retry-safe requests end to end, on the built binary: a request resent to a new process
/// after its turn was stored (as after a crash between the commit and the write) gets the
/// same bytes and is not applied again — on SQLite, and on PostgreSQL when a test server is
/// configured (`CONCIERGE_TEST_POSTGRES_URL`).
@Suite struct ServeRetryTests {
    enum Kind: String, CaseIterable { case sqlite, postgresql }

    /// A fresh store of `kind`; nil when there is no PostgreSQL server (said aloud).
    func store(_ kind: Kind) throws -> String? {
        switch kind {
        case .sqlite:
            let folder = try ConciergeProcess.temporaryFolder([:])
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return folder.appendingPathComponent("store.sqlite").path
        case .postgresql:
            return try PostgreSQLTestServer.freshDatabaseURL()
        }
    }

    func serve(_ lines: [String], store: String) throws -> [String] {
        let output = try ConciergeProcess.run(["serve", "--store", store, "--now", "2026-11-22T10:00:00Z"],
                                              stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(output.status == 0, "\(output.stderr)")
        return output.stdoutLines
    }

    @Test(arguments: Kind.allCases)
    func aResendToANewProcessGetsTheSameBytesAndIsNotAppliedAgain(kind: Kind) throws {
        guard let store = try store(kind) else { return }
        let first = try serve([#"{"session":"w1","text":"I want to book a demo","id":"m-1"}"#,
                               #"{"session":"w1","text":"we're 12 people","id":"m-2"}"#], store: store)
        #expect(first.count == 2)
        // m-2's response was lost on the way: the client sends it again, with its id, to
        // another process; then goes on.
        let second = try serve([#"{"session":"w1","text":"we're 12 people","id":"m-2"}"#,
                                #"{"session":"w1","text":"Acme","id":"m-3"}"#,
                                #"{"session":"w1","text":"Acme","id":"m-3"}"#], store: store)
        #expect(second.count == 3)
        #expect(second.first == first.last)
        #expect(second[1] == second[2])
        let report = try ConciergeProcess.run(["report", "--store", store, "--json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains(#""messages":3"#), "\(report.stdout)")
    }
}

import ConciergeEngine
@testable import ConciergeStore
import Foundation
import Testing

/// The stores the contract suite runs against: a fresh SQLite file, and a fresh PostgreSQL
/// database on the server that `CONCIERGE_TEST_POSTGRES_URL` names (`.ci/run` starts one).
/// Without that variable the PostgreSQL cases are skipped with a message, unless
/// `CONCIERGE_REQUIRE_POSTGRES=1` (CI) makes the missing server a failure.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgresql

    var testDescription: String { rawValue }

    /// A new, empty store of this kind for the bot `botName`; nil (after saying why) when
    /// there is no PostgreSQL server to test against.
    func makeStore(botName: String = "bot", settings: StoreSettings = StoreSettings()) throws -> (any ConversationStore)? {
        switch self {
        case .sqlite:
            return try SQLiteStore(path: Fixture.storePath(), botName: botName, settings: settings)
        case .postgresql:
            guard let url = try TestDatabase.freshURL() else { return nil }
            return try PostgreSQLStore(url: url, botName: botName, settings: settings)
        }
    }
}

/// Fresh databases on the test server: one per test, created through the server URL's own
/// database (the test role may create databases).
enum TestDatabase {
    static var serverURL: String? {
        let url = ProcessInfo.processInfo.environment["CONCIERGE_TEST_POSTGRES_URL"] ?? ""
        return url.isEmpty ? nil : url
    }

    /// A URL to a new empty database; nil when no server is configured (a skip, said aloud).
    static func freshURL() throws -> String? {
        guard let serverURL else {
            if ProcessInfo.processInfo.environment["CONCIERGE_REQUIRE_POSTGRES"] == "1" {
                Issue.record("CONCIERGE_TEST_POSTGRES_URL is not set, but CONCIERGE_REQUIRE_POSTGRES=1")
            } else {
                print("SKIPPED: the PostgreSQL case needs CONCIERGE_TEST_POSTGRES_URL (see .ci/run, scripts/pg-cluster.sh)")
            }
            return nil
        }
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        let connection = try PostgreSQLConnection(url: serverURL)
        try connection.execute("CREATE DATABASE \(name)")
        return url(serverURL, database: String(name))
    }

    /// `url` with its database replaced.
    static func url(_ url: String, database: String) -> String {
        guard let slash = url.range(of: "/", options: .backwards) else { return url }
        let query = url[slash.upperBound...].firstIndex(of: "?").map { String(url[$0...]) } ?? ""
        return String(url[..<slash.upperBound]) + database + query
    }
}

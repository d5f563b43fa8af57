import ConciergeEngine
import ConciergeTestSupport
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
            guard let url = try PostgreSQLTestServer.freshDatabaseURL() else { return nil }
            return try PostgreSQLStore(url: url, botName: botName, settings: settings)
        }
    }
}

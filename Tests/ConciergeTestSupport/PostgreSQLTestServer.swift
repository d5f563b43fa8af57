import Foundation
import Testing

/// The PostgreSQL server the tests may use: `CONCIERGE_TEST_POSTGRES_URL` (`.ci/run` starts a
/// throw-away cluster and sets it). Each test gets a fresh database, made with `psql`
/// (installed with the server). Without the variable a PostgreSQL case is skipped with a
/// message, unless `CONCIERGE_REQUIRE_POSTGRES=1` (CI) makes the missing server a failure.
///
///     guard let url = try PostgreSQLTestServer.freshDatabaseURL() else { return }   // skipped, said aloud
public enum PostgreSQLTestServer {
    public static var serverURL: String? {
        let url = ProcessInfo.processInfo.environment["CONCIERGE_TEST_POSTGRES_URL"] ?? ""
        return url.isEmpty ? nil : url
    }

    /// A URL to a new empty database on the server; nil when no server is configured.
    public static func freshDatabaseURL() throws -> String? {
        guard let serverURL else {
            if ProcessInfo.processInfo.environment["CONCIERGE_REQUIRE_POSTGRES"] == "1" {
                Issue.record("CONCIERGE_TEST_POSTGRES_URL is not set, but CONCIERGE_REQUIRE_POSTGRES=1")
            } else {
                print("SKIPPED: the PostgreSQL case needs CONCIERGE_TEST_POSTGRES_URL (see .ci/run, scripts/pg-cluster.sh)")
            }
            return nil
        }
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        psql.arguments = [serverURL, "-q", "-c", "CREATE DATABASE \(name)"]
        try psql.run()
        psql.waitUntilExit()
        #expect(psql.terminationStatus == 0, "psql could not create the test database \(name)")
        return url(serverURL, database: String(name))
    }

    /// `url` with its database replaced, its query (`?sslmode=…`) kept.
    public static func url(_ url: String, database: String) -> String {
        guard let slash = url.range(of: "/", options: .backwards) else { return url }
        let query = url[slash.upperBound...].firstIndex(of: "?").map { String(url[$0...]) } ?? ""
        return String(url[..<slash.upperBound]) + database + query
    }
}

import Foundation

/// `--store` values that name a PostgreSQL database rather than a SQLite file:
/// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB` or `postgres://…` (libpq reads them, and
/// `PGPASSWORD` when the URL has no password).
///
///     PostgreSQLURL.isURL("postgres://bot@db/brightwave")                  // true
///     PostgreSQLURL.withoutPassword("postgresql://bot:s3cret@db/brightwave") // "postgresql://bot:***@db/brightwave"
public enum PostgreSQLURL {
    public static let schemes = ["postgresql://", "postgres://"]

    public static func isURL(_ text: String) -> Bool {
        schemes.contains { text.lowercased().hasPrefix($0) }
    }

    /// The URL with its password masked, for messages and logs.
    public static func withoutPassword(_ url: String) -> String {
        guard let scheme = schemes.first(where: { url.lowercased().hasPrefix($0) }) else { return url }
        let rest = url.dropFirst(scheme.count)
        guard let at = rest.lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") else { return url }
        return String(url.prefix(scheme.count)) + rest[..<colon] + ":***" + rest[at...]
    }

    /// Why `url` is no database URL we take (nil when it is one): it needs a database name.
    public static func problem(_ url: String) -> String? {
        guard let scheme = schemes.first(where: { url.lowercased().hasPrefix($0) }) else {
            return "a PostgreSQL URL starts with postgresql:// or postgres://"
        }
        let rest = url.dropFirst(scheme.count)
        guard let slash = rest.firstIndex(of: "/"), !rest[rest.index(after: slash)...].prefix(while: { $0 != "?" }).isEmpty else {
            return "'\(withoutPassword(url))' names no database: postgresql://USER[:PASSWORD]@HOST[:PORT]/DB"
        }
        return nil
    }
}

import ConciergeDialog
import ConciergeJSON
import Crypto
import Foundation

/// Seals the personal values a session holds for consent (`DialogSession.pending`) for the
/// store, with AES-GCM under a key kept outside it: a support desk that runs several workers
/// can take a conversation up in another process after the visitor says yes, and still have
/// the name and e-mail typed before. The store's rows, dumps and backups hold only ciphertext;
/// a refusal or a withdrawal clears `pending`, and the next commit writes the session without it.
///
///     let seal = try PendingSeal(keyFile: "/etc/concierge/seal.key")
///     let box = seal.seal(["email": "ana@acme.com"])   // base64 text, different every time
///     seal.open(box)                                    // ["email": "ana@acme.com"]
public struct PendingSeal: Hashable, Sendable {
    /// The AES-256 key (a `SymmetricKey` is not `Sendable`; one is made for each use).
    private let key: [UInt8]

    /// A key of 32 bytes, used as it is; any other secret is hashed to 32 bytes with SHA-256.
    public init(secret: [UInt8]) {
        key = secret.count == 32 ? secret : Array(SHA256.hash(data: secret))
    }

    /// The key in a file: 32 raw bytes, or any longer text (`openssl rand -base64 32`), hashed.
    public init(keyFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.unusableSealKey(path: path, message: "cannot read the file")
        }
        var secret = [UInt8](data)
        // A text key ends with a newline an editor added; it is not part of the secret.
        while let last = secret.last, last == 0x0A || last == 0x0D { secret.removeLast() }
        guard secret.count >= 16 else {
            throw StoreError.unusableSealKey(path: path, message: "a key needs 16 bytes or more (it has \(secret.count))")
        }
        self.init(secret: secret)
    }

    /// The key beside a SQLite store (`<store>.seal-key`), made on first use: 32 random bytes,
    /// private to its owner like the store. Workers starting together agree on one key: it is
    /// written aside and linked into place, so the first link wins and nobody reads half a key.
    public static func beside(storePath path: String) throws -> PendingSeal {
        let keyPath = path + ".seal-key"
        if !FileManager.default.fileExists(atPath: keyPath) { try createKeyFile(at: keyPath) }
        return try PendingSeal(keyFile: keyPath)
    }

    private static func createKeyFile(at path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            }
        } catch {
            throw StoreError.unusableSealKey(path: path, message: error.localizedDescription)
        }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let aside = path + ".\(getpid()).new"
        guard FileManager.default.createFile(atPath: aside, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.unusableSealKey(path: path, message: "cannot create '\(aside)'")
        }
        defer { unlink(aside) }
        guard link(aside, path) == 0 || errno == EEXIST else {
            throw StoreError.unusableSealKey(path: path, message: String(cString: strerror(errno)))
        }
    }

    /// The values as base64 text: nonce, ciphertext and tag. Nil, like an `open` that fails,
    /// loses only the held details: the visitor hears so when they consent (`details_again`)
    /// and gives them again; nothing else of the turn depends on them.
    public func seal(_ values: [String: JSONValue]) -> String? {
        let plain = Data(JSONValue.object(values).jsonText.utf8)
        // A fresh random nonce each time, so equal values give different boxes.
        guard let box = try? AES.GCM.seal(plain, using: SymmetricKey(data: key)).combined else { return nil }
        return box.base64EncodedString()
    }

    /// The values a box holds; nil for a box sealed under another key, or damaged.
    public func open(_ box: String) -> [String: JSONValue]? {
        guard let data = Data(base64Encoded: box),
              let sealed = try? AES.GCM.SealedBox(combined: data),
              let plain = try? AES.GCM.open(sealed, using: SymmetricKey(data: key)),
              case .object(let values)? = try? JSONDecoder().decode(JSONValue.self, from: plain) else { return nil }
        return values
    }

    /// The session as the store writes it: its held values sealed beside it.
    func sealing(_ session: DialogSession) -> DialogSession {
        guard let pending = session.pending, !pending.isEmpty else {
            guard session.sealedPending != nil else { return session }
            var written = session
            written.sealedPending = nil
            return written
        }
        var written = session
        written.sealedPending = seal(pending)
        return written
    }

    /// The session as read from the store: its held values opened, when this key sealed them.
    func opening(_ session: inout DialogSession) {
        guard let box = session.sealedPending else { return }
        session.sealedPending = nil
        if let values = open(box) { session.pending = values }
    }
}

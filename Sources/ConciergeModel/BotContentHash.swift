import ConciergeBinary

/// A 128-bit hash of a bot's files (paths and contents, in the order the loader reads them):
/// the key of a bot's compiled model in the cache, and the check that a model file belongs
/// to the files it is used with.
///
///     let hash = BotContentHash(files: [(path: "intents/greet.yml", bytes: Array(text.utf8))])
///     hash.hex   // "3f1c…" (32 hex digits)
public struct BotContentHash: Hashable, Sendable {
    public var first: UInt64
    public var second: UInt64

    public init(first: UInt64, second: UInt64) {
        self.first = first
        self.second = second
    }

    /// A file that could not be read hashes as its path alone, with a marker.
    public init(files: [(path: String, bytes: [UInt8]?)]) {
        self.init(paths: files.map(\.path)) { index, body in
            if let bytes = files[index].bytes { bytes.withUnsafeBytes(body) } else { body(nil) }
        }
    }

    /// The same over bytes the caller holds in any form: `withBytes(index, body)` calls
    /// `body` with file `index`'s bytes, or nil when it could not be read.
    public init(paths: [String], withBytes: (Int, (UnsafeRawBufferPointer?) -> Void) -> Void) {
        var first = ContentHash(seed: 0x626F_7431)
        var second = ContentHash(seed: 0x626F_7432)
        for (index, path) in paths.enumerated() {
            first.combine(path)
            second.combine(path)
            withBytes(index) { bytes in
                if let bytes {
                    first.combine(bytes)
                    second.combine(bytes)
                } else {
                    first.combine("<unreadable>")
                    second.combine("<unreadable>")
                }
            }
        }
        self.init(first: first.value, second: second.value)
    }

    /// 32 lowercase hex digits: the model's file name in the cache.
    public var hex: String {
        [first, second].map { value in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}

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
        var first = ContentHash(seed: 0x626F_7431)
        var second = ContentHash(seed: 0x626F_7432)
        for file in files {
            for hasher in [0, 1] {
                func mix(_ hash: inout ContentHash) {
                    hash.combine(file.path)
                    if let bytes = file.bytes { hash.combine(bytes) } else { hash.combine("<unreadable>") }
                }
                if hasher == 0 { mix(&first) } else { mix(&second) }
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

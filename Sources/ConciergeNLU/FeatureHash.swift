/// 64-bit feature keys: FNV-1a over bytes, then a finaliser so that nearby inputs spread
/// over the whole key space (the feature table probes on the low bits).
///
/// Features are identified by key, not by string, so extracting them allocates nothing:
///
///     var hash = FeatureHash(seed: FeatureHash.wordSeed)
///     hash.combine(bytes: "price".utf8)
///     let key = hash.finalize()
struct FeatureHash {
    static let wordSeed: UInt64 = 0x9E37_79B9_7F4A_7C15
    static let bigramSeed: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let charSeed: UInt64 = 0x1656_67B1_9E37_79F9
    static let slotValueSeed: UInt64 = 0x27BB_2EE6_87B0_B0FD

    private var state: UInt64

    init(seed: UInt64) {
        state = 0xCBF2_9CE4_8422_2325 ^ seed
    }

    mutating func combine(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { combine(byte: byte) }
    }

    /// Mixes in a whole earlier key (used to join the two words of a bigram).
    mutating func combine(key: UInt64) {
        state = (state ^ key) &* 0x0000_0100_0000_01B3
    }

    func finalize() -> UInt64 {
        // splitmix64's finaliser: full avalanche, cheap.
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

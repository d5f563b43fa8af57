/// One language's words for `LanguageIdentifier`: `strong` words are rare outside the
/// language and weigh twice what `common` ones do (those may be words of other languages
/// too, like "in" or "was", and then count for each).
///
///     LanguageProfile(code: "es", strong: "hola gracias cuánto", common: "a de la en")
struct LanguageProfile: Sendable {
    var code: String
    var strong: String
    var common: String

    /// The languages the identifier tells apart; English first (`english` is index 0).
    static let all: [LanguageProfile] = [.english, .german, .french, .spanish, .italian, .portuguese, .dutch, .polish,
                                         .swedish, .danish]
    static let englishIndex = 0

    /// Weights in units: a strong word 4, a common one 2, a letter cue 1–3 (see `LanguageLetterCues`).
    static let strongWeight: Int8 = 4
    static let commonWeight: Int8 = 2

    /// Word hash → weight per language (index into `all`), built once from the lists. A word
    /// strong in several languages ("vi" in Swedish and Danish, "quanto" in Italian and
    /// Portuguese) tells them apart no better than a common one, so it weighs as common.
    static let table: [UInt64: SIMD16<Int8>] = {
        var table: [UInt64: SIMD16<Int8>] = [:]
        var strongIn: [UInt64: Int] = [:]
        for (index, profile) in all.enumerated() {
            for (list, weight) in [(profile.common, commonWeight), (profile.strong, strongWeight)] {
                for key in wordHashes(list) {
                    var weights = table[key] ?? SIMD16()
                    if weight == strongWeight, weights[index] < strongWeight { strongIn[key, default: 0] += 1 }
                    weights[index] = max(weights[index], weight)
                    table[key] = weights
                }
            }
        }
        for (key, count) in strongIn where count > 1 {
            guard var weights = table[key] else { continue }
            weights.replace(with: commonWeight, where: weights .== strongWeight)
            table[key] = weights
        }
        return table
    }()

    /// The hash of each word of a list (words apart by white space), read scalar by scalar:
    /// the table is built on a process's first message, and splitting the lists into
    /// `Character`s cost more than the rest of building it.
    private static func wordHashes(_ list: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash = LanguageWordHash()
        var inWord = false
        for scalar in list.unicodeScalars {
            if scalar.properties.isWhitespace {
                if inWord { hashes.append(hash.value) }
                hash = LanguageWordHash()
                inWord = false
            } else {
                hash.add(LanguageLetterCues.lowercased(scalar))
                inWord = true
            }
        }
        if inWord { hashes.append(hash.value) }
        return hashes
    }
}

/// FNV-1a over Unicode scalar values: a word's key in `LanguageProfile.table`, computed
/// while scanning, without building the word's string.
struct LanguageWordHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ scalar: Unicode.Scalar) {
        var code = scalar.value
        // Four bytes per scalar, so "é" and "e" plus a byte never collide by construction.
        for _ in 0..<4 {
            value = (value ^ UInt64(code & 0xFF)) &* 0x0000_0100_0000_01B3
            code >>= 8
        }
    }
}

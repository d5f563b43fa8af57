/// One word being stemmed in place: its bytes, the Porter2 regions R1/R2 and the steps.
///
/// Positions are byte offsets, and the caller guarantees one byte per character (ASCII, or
/// `placeholder` for anything else), so they match the reference's code point offsets.
/// Every step only rewrites the end of the word, so `p1`/`p2`, computed once on the
/// original word, stay valid while it shrinks.
///
/// ```swift
/// withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { buffer in
///     _ = buffer.initialize(fromContentsOf: "hopping".utf8)
///     var word = Porter2Word(buffer, count: 7)
///     word.run()  // word.letters spell "hop"
/// }
/// ```
struct Porter2Word {
    /// Stands for any non-ASCII character: outside `a`–`z`, so never a vowel or suffix letter.
    static let placeholder: UInt8 = 0x80

    /// Needs one spare byte after `count`: step 1b may append an `e`.
    var bytes: UnsafeMutableBufferPointer<UInt8>
    var count: Int
    var p1 = 0
    var p2 = 0
    var foundY = false

    init(_ bytes: UnsafeMutableBufferPointer<UInt8>, count: Int) {
        self.bytes = bytes
        self.count = count
    }

    var letters: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[..<count])
    }

    // MARK: Letter classes (bit i of a mask is the letter "a" + i)

    static let vowels: UInt32 = 0x110_4111  // a e i o u y
    static let vowelsWX: UInt32 = 0x1d0_4111  // a e i o u y w x (plus Y, tested apart)
    static let validLI: UInt32 = 0xa_34dc  // c d e g h k m n r t
    static let aeo: UInt32 = 0x4011

    @inline(__always)
    static func isIn(_ byte: UInt8, _ mask: UInt32) -> Bool {
        let offset = byte &- UInt8(ascii: "a")
        return offset < 26 && (mask >> UInt32(offset)) & 1 != 0
    }

    @inline(__always)
    func isVowel(at index: Int) -> Bool {
        Self.isIn(bytes[index], Self.vowels)
    }

    // MARK: Matching and rewriting the end of the word

    @inline(__always)
    func ends(with suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard count >= length else { return false }
        let start = count - length
        for offset in 0..<length where bytes[start + offset] != suffix.utf8Start[offset] {
            return false
        }
        return true
    }

    @inline(__always)
    func starts(with prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard count >= length else { return false }
        for offset in 0..<length where bytes[offset] != prefix.utf8Start[offset] {
            return false
        }
        return true
    }

    /// Whether the word is exactly `word` followed by a suffix of `suffixLength` letters.
    @inline(__always)
    func stemIs(_ word: StaticString, suffixLength: Int) -> Bool {
        count - suffixLength == word.utf8CodeUnitCount && starts(with: word)
    }

    @inline(__always)
    mutating func replaceSuffix(length: Int, with replacement: StaticString) {
        let start = count - length
        for offset in 0..<replacement.utf8CodeUnitCount {
            bytes[start + offset] = replacement.utf8Start[offset]
        }
        count = start + replacement.utf8CodeUnitCount
    }

    /// Replaces a suffix of `length` letters if it lies wholly in the region starting at `region`.
    @inline(__always)
    mutating func replaceSuffix(length: Int, with replacement: StaticString, ifFrom region: Int) {
        if count - length >= region { replaceSuffix(length: length, with: replacement) }
    }

    @inline(__always)
    mutating func deleteSuffix(length: Int, ifFrom region: Int) {
        if count - length >= region { count -= length }
    }

    /// A short syllable ends at `end`: non-vowel, vowel, non-vowel other than w/x/Y; or a
    /// vowel and a non-vowel opening the word; or (Snowball 3) "past".
    func endsInShortSyllable(_ end: Int) -> Bool {
        if end >= 3 {
            let last = bytes[end - 1]
            if last != UInt8(ascii: "Y"), !Self.isIn(last, Self.vowelsWX),
               isVowel(at: end - 2), !isVowel(at: end - 3) {
                return true
            }
        }
        if end == 2, !isVowel(at: 1), isVowel(at: 0) { return true }
        guard end >= 4 else { return false }
        return bytes[end - 4] == UInt8(ascii: "p") && bytes[end - 3] == UInt8(ascii: "a")
            && bytes[end - 2] == UInt8(ascii: "s") && bytes[end - 1] == UInt8(ascii: "t")
    }

    func hasVowel(before end: Int) -> Bool {
        var index = 0
        while index < end {
            if isVowel(at: index) { return true }
            index += 1
        }
        return false
    }

    // MARK: Prelude, regions, postlude

    /// Drops a leading apostrophe, then marks consonant uses of `y` as `Y` (initial, or after
    /// a vowel) so the vowel tests below skip them.
    mutating func prelude() {
        if count > 0, bytes[0] == UInt8(ascii: "'") {
            bytes = UnsafeMutableBufferPointer(rebasing: bytes[1...])
            count -= 1
        }
        guard count > 0 else { return }
        if bytes[0] == UInt8(ascii: "y") {
            bytes[0] = UInt8(ascii: "Y")
            foundY = true
        }
        var index = 1
        while index < count {
            if bytes[index] == UInt8(ascii: "y"), isVowel(at: index - 1) {
                bytes[index] = UInt8(ascii: "Y")
                foundY = true
            }
            index += 1
        }
    }

    /// Where the region after the first non-vowel that follows a vowel, searching from `from`,
    /// begins; `count` if there is none.
    func regionStart(from: Int) -> Int {
        var index = from
        while index < count, !isVowel(at: index) { index += 1 }
        index += 1
        while index < count, isVowel(at: index) { index += 1 }
        return min(index + 1, count)
    }

    /// R1 and R2. A few common prefixes count as R1's start so that e.g. "generous" and
    /// "general" do not collapse to the same stem.
    mutating func markRegions() {
        if starts(with: "gener") || starts(with: "inter") || starts(with: "later")
            || starts(with: "organ") || starts(with: "arsen") || starts(with: "emerg") {
            p1 = 5
        } else if starts(with: "commun") {
            p1 = 6
        } else if starts(with: "univers") {
            p1 = 7
        } else if starts(with: "past") {
            p1 = 4
        } else {
            p1 = regionStart(from: 0)
        }
        p2 = p1 < count ? regionStart(from: p1) : count
    }

    mutating func postlude() {
        for index in 0..<count where bytes[index] == UInt8(ascii: "Y") {
            bytes[index] = UInt8(ascii: "y")
        }
    }
}

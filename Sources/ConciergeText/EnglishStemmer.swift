/// The Snowball English ("Porter2") stemmer, output-compatible with Snowball 3.1.1
/// (the `snowballstemmer` PyPI package, checked by the `porter2.tsv` fixture).
///
/// Expects lower-cased input, as produced by the tokenizer. Words shorter than three
/// characters come back unchanged. Characters outside `a`–`z` are never vowels and never
/// part of a suffix, so accented words keep their non-ASCII part and lose only English
/// suffixes after it, like the reference does.
///
/// ```swift
/// let stemmer = EnglishStemmer()
/// stemmer.stem("generously")  // "generous"
/// stemmer.stem("running")     // "run"
/// stemmer.stem("skies")       // "sky"
/// ```
public struct EnglishStemmer: Sendable {
    public init() {}

    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { utf8 in
            if utf8.contains(where: { $0 >= 0x80 }) {
                return Self.stemNonASCII(utf8)
            }
            if let exception = Self.exceptionalForm(utf8) {
                return exception
            }
            // Shorter words are returned as they are, apostrophes included.
            guard utf8.count >= 3 else { return String(decoding: utf8, as: UTF8.self) }
            // The algorithm grows a word by at most one letter (the `e` of step 1b).
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count + 1) { buffer in
                _ = buffer.initialize(fromContentsOf: utf8)
                var stemWord = Porter2Word(buffer, count: utf8.count)
                stemWord.run()
                return String(decoding: stemWord.letters, as: UTF8.self)
            }
        }
    }

    /// Runs the byte algorithm on a word with non-ASCII characters by standing in one
    /// placeholder byte for each of them: the algorithm treats every such character alike
    /// (a non-vowel that matches no suffix) and only ever rewrites the ASCII tail, so the
    /// placeholders that survive are, in order, a prefix of the original characters.
    private static func stemNonASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        let scalars = Array(String(decoding: utf8, as: UTF8.self).unicodeScalars)
        guard scalars.count >= 3 else { return String(decoding: utf8, as: UTF8.self) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count + 1) { buffer in
            for (index, scalar) in scalars.enumerated() {
                buffer[index] = scalar.isASCII ? UInt8(truncatingIfNeeded: scalar.value) : Porter2Word.placeholder
            }
            var stemWord = Porter2Word(buffer, count: scalars.count)
            stemWord.run()
            var originals = scalars.lazy.filter { !$0.isASCII }.makeIterator()
            var result = String.UnicodeScalarView()
            for byte in stemWord.letters {
                if byte != Porter2Word.placeholder {
                    result.append(Unicode.Scalar(byte))
                } else if let original = originals.next() {
                    result.append(original)
                }
            }
            return String(result)
        }
    }

    /// Whole words the algorithm would get wrong, with their fixed stems. Checked on the
    /// word as given, before any other processing (so `sky's` is not an exception).
    private static let exceptions: [(word: StaticString, stem: StaticString)] = [
        ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"),
        ("early", "earli"), ("only", "onli"), ("singly", "singl"), ("sky", "sky"), ("news", "news"),
        ("howe", "howe"), ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ]

    private static func exceptionalForm(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard (3...6).contains(utf8.count) else { return nil }
        search: for (word, stem) in exceptions
        where word.utf8CodeUnitCount == utf8.count && word.utf8Start[0] == utf8[0] {
            for index in 1..<utf8.count where word.utf8Start[index] != utf8[index] {
                continue search
            }
            return stem.description
        }
        return nil
    }
}

import Testing
@testable import ConciergeText

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("Café", "cafe"), ("ＡＢＣ", "abc"), ("ß", "ss"), ("ﬁ", "fi"), ("HELLO world", "hello world"),
        ("Crème Brûlée", "creme brulee"), ("don’t", "don't"), ("‘x’", "'x'"), ("in\u{00AD}formation", "information"),
        ("a\u{200B}b\u{FEFF}", "ab"), ("ΣΊΣΥΦΟΣ", "σισυφοσ"), ("İstanbul", "istanbul"), ("Ǆ", "dz"),
        ("Cafe\u{0301}", "cafe"), ("ｶﾞ", "ガ"), ("", ""), ("a\u{00A0}b", "a b"), ("Ⅻ", "xii"),
    ])
    func folds(text: String, expected: String) {
        #expect(TextFolding.fold(text) == expected)
    }

    @Test(arguments: ["Café", "ÉCOLE", "naïve", "Ærøskøbing", "Ωμέγα", "ПРИВЕТ", "Straße", "ＡＢＣ", "東", "한국어"])
    func foldEqualsTokenNormalization(word: String) throws {
        let token = try #require(Tokenizer().tokenize(word).first)
        #expect(token.normalized == TextFolding.fold(word))
    }

    /// The per-scalar fast table must agree with the Foundation path scalar by scalar.
    @Test func fastTableMatchesFoundationPath() {
        var mismatches: [String] = []
        for value in UInt32(0x00A0)..<0x0530 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "x" + String(Character(scalar)) + "Y"
            let fast = text.utf8.withContiguousStorageIfAvailable { TextFolding.fold(utf8: $0) } ?? ""
            if fast != TextFolding.slowFold(text) { mismatches.append(String(value, radix: 16)) }
        }
        #expect(mismatches.isEmpty)
    }

    /// Kana, Han and Hangul take the identity shortcut; Foundation must agree.
    @Test(arguments: [(0x3041, 0x3096), (0x30A1, 0x30FA), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3)])
    func identityRangesAreFoldInvariant(range: (Int, Int)) {
        var mismatches = 0
        for value in range.0...range.1 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = String(Character(scalar))
            if TextFolding.slowFold(text) != text { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }
}

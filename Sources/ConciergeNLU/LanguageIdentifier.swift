/// A language a message is written in, and how sure the identifier is.
public struct LanguageGuess: Hashable, Sendable {
    /// ISO 639-1 code: "en", "es", "fr", "de"…
    public var code: String
    /// 0…1.
    public var confidence: Double

    public init(code: String, confidence: Double) {
        self.code = code
        self.confidence = confidence
    }
}

/// Identifies the main European languages (English, German, French, Spanish, Italian,
/// Portuguese, Dutch, Polish, Swedish, Danish) from short messages, by the frequent words of
/// each language (`LanguageProfile`) and the letters only some of them write (`LanguageLetterCues`).
///
///     LanguageIdentifier.identify("hola, cuánto cuesta?")          // es
///     LanguageIdentifier.identify("ich brauche hilfe")             // de
///     LanguageIdentifier.identify("José from Madrid wants a demo") // en
///     LanguageIdentifier.identify("hello")                         // nil: one word says too little
///
/// A guess needs two words of its language, 1.67 times the evidence of any other language
/// and twice that of English, so an English message with foreign names or titles ("play
/// La Vie en Rose") is never given another language. Capitalised words inside a sentence
/// (names, titles) count half; words in links, e-mail addresses and words with digits not at all.
public enum LanguageIdentifier {
    /// The least share of the evidence a guess must have over the runner-up (best − second) / best.
    public static let minimumConfidence = 0.4
    /// How many times the English evidence another language's must be.
    static let englishFactor: Int16 = 2
    /// The least evidence of the guessed language, in profile units: two common words.
    static let minimumScore: Int16 = 4
    /// The least number of its words in the message.
    static let minimumWords: Int16 = 2

    /// The language of `text`, or nil when it is too short or unclear to say.
    public static func identify(_ text: String) -> LanguageGuess? {
        var evidence = LanguageEvidence()
        evidence.scan(text)
        let languages = LanguageProfile.all.count
        var best = 0
        for index in 1..<languages where evidence.scores[index] > evidence.scores[best] { best = index }
        var second: Int16 = 0
        for index in 0..<languages where index != best { second = max(second, evidence.scores[index]) }
        let score = evidence.scores[best]
        guard score >= minimumScore, evidence.words[best] >= minimumWords else { return nil }
        let confidence = Double(score - second) / Double(score)
        guard confidence >= minimumConfidence else { return nil }
        // Calling English another language costs more (the bot would not answer) than
        // mixing up two others, so English evidence must be outweighed twice over.
        let english = evidence.scores[LanguageProfile.englishIndex]
        guard best == LanguageProfile.englishIndex || score >= englishFactor * english else { return nil }
        return LanguageGuess(code: LanguageProfile.all[best].code, confidence: confidence)
    }
}

/// The evidence for each language in one message, gathered in one pass over its scalars
/// without allocating: per language, the weight of its words and letter cues, and how many
/// of its words the message has.
struct LanguageEvidence {
    var scores = SIMD16<Int16>()
    var words = SIMD16<Int16>()

    // The word being read.
    private var hash = LanguageWordHash()
    private var letters = 0
    private var cues = SIMD16<Int8>()
    private var capitalised = false
    private var hasDigit = false
    // The whitespace-separated chunk being read: its words' evidence waits here until the
    // chunk ends, and is dropped when the chunk is a link or an e-mail address.
    private var chunkScores = SIMD16<Int16>()
    private var chunkWords = SIMD16<Int16>()
    private var chunkIsAddress = false
    private var previous: Unicode.Scalar = " "
    private var beforePrevious: Unicode.Scalar = " "
    /// Whether the next word starts a sentence (its capital says nothing).
    private var sentenceStart = true
    private var pendingApostrophe = false

    mutating func scan(_ text: String) {
        for scalar in text.unicodeScalars { read(scalar) }
        endWord(elided: false)
        endChunk()
    }

    private mutating func read(_ scalar: Unicode.Scalar) {
        defer {
            beforePrevious = previous
            previous = scalar
        }
        if LanguageLetterCues.isLetter(scalar) {
            // A dot between letters ("brightwave.com", "ana.lopez") makes the chunk an address.
            if previous == ".", LanguageLetterCues.isLetter(beforePrevious) { chunkIsAddress = true }
            if pendingApostrophe {
                // "l'heure", "don't": the part before the apostrophe is a word of its own.
                pendingApostrophe = false
                endWord(elided: true)
            }
            if letters == 0 {
                capitalised = LanguageLetterCues.isUppercase(scalar)
                hasDigit = LanguageLetterCues.isDigit(previous)
            }
            let lower = LanguageLetterCues.lowercased(scalar)
            hash.add(lower)
            letters += 1
            cues = pointwiseMax(cues, LanguageLetterCues.weights(of: lower))
            return
        }
        if (scalar == "'" || scalar == "\u{2019}"), letters > 0, !pendingApostrophe {
            pendingApostrophe = true
            return
        }
        if letters > 0, LanguageLetterCues.isDigit(scalar) { hasDigit = true }
        endWord(elided: false)
        switch scalar {
        case "@", "/", "\\", "_", "=", "#": chunkIsAddress = true
        case "¿", "¡": chunkScores &+= SIMD16(truncatingIfNeeded: LanguageLetterCues.weights(of: scalar))
        default: break
        }
        if LanguageLetterCues.isSpace(scalar) {
            endChunk()
        }
        if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" { sentenceStart = true }
    }

    private mutating func endWord(elided: Bool) {
        defer {
            hash = LanguageWordHash()
            letters = 0
            cues = SIMD16()
            hasDigit = false
            pendingApostrophe = false
        }
        guard letters > 0 else { return }
        let startsSentence = sentenceStart
        sentenceStart = false
        if elided { hash.add("'") }
        guard !hasDigit else { return }
        var weights = SIMD16<Int16>(truncatingIfNeeded: LanguageProfile.table[hash.value] ?? SIMD16())
        weights &+= SIMD16<Int16>(truncatingIfNeeded: cues)
        // A word of the lists, or one with a letter few languages write ("zespołem", "über").
        let known = weights .>= 2
        // A capital inside a sentence marks a name or a title more often than the language.
        if capitalised, !startsSentence { weights = weights / 2 }
        chunkScores &+= weights
        chunkWords &+= SIMD16<Int16>(repeating: 0).replacing(with: 1, where: known)
    }

    private mutating func endChunk() {
        if !chunkIsAddress {
            scores &+= chunkScores
            words &+= chunkWords
        }
        chunkScores = SIMD16()
        chunkWords = SIMD16()
        chunkIsAddress = false
    }
}

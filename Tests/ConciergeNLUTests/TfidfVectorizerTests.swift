import ConciergeText
import Testing
@testable import ConciergeNLU

@Suite struct TfidfVectorizerTests {
    let tokenizer = Tokenizer()

    func fit(_ texts: [String], _ configuration: FeatureConfiguration = FeatureConfiguration()) -> TfidfVectorizer {
        let featurizer = TextFeaturizer(configuration: configuration)
        return TfidfVectorizer.fit(texts.map { featurizer.keys(for: tokenizer.tokenize($0)) }, configuration: configuration)
    }

    @Test func eachBlockHasUnitNorm() {
        let vectorizer = fit(["book a demo", "how much does it cost", "demo please"])
        let vector = vectorizer.transform(tokenizer.tokenize("book a demo please"))
        let word = zip(vector.indices, vector.values).filter { Int($0.0) < vectorizer.wordColumnCount }.map(\.1)
        let char = zip(vector.indices, vector.values).filter { Int($0.0) >= vectorizer.wordColumnCount }.map(\.1)
        #expect(abs(word.reduce(0) { $0 + $1 * $1 } - 1) < 1e-5)
        #expect(abs(char.reduce(0) { $0 + $1 * $1 } - 1) < 1e-5)
    }

    @Test func indicesAreSortedAndUnique() {
        let vectorizer = fit(["the the the cat", "a dog"])
        let vector = vectorizer.transform(tokenizer.tokenize("the the the cat cat"))
        #expect(vector.indices == vector.indices.sorted())
        #expect(Set(vector.indices).count == vector.indices.count)
    }

    @Test func unknownTextHasNoFeatures() {
        let vectorizer = fit(["hello"], FeatureConfiguration(charNgrams: 3...3))
        #expect(vectorizer.transform(tokenizer.tokenize("zzz qqq")).isEmpty)
        #expect(vectorizer.transform([]).isEmpty)
    }

    @Test func rarerFeaturesWeighMore() {
        // "cost" is in one document, "the" in all three: the rarer word gets the larger value.
        let configuration = FeatureConfiguration(charNgrams: 0...0, stemWords: false, keepSurfaceUnigrams: false)
        let vectorizer = fit(["the cost", "the plan", "the demo"], FeatureConfiguration(wordNgrams: 1...1, charNgrams: configuration.charNgrams, stemWords: false, keepSurfaceUnigrams: false))
        let vector = vectorizer.transform(tokenizer.tokenize("the cost"))
        #expect(vector.values.count == 2)
        #expect(vector.values[1] > vector.values[0])
    }

    @Test func aWordRepeatedInOneDocumentCountsOnceForDocumentFrequency() {
        // "cost" three times in one document and "plan" once in one document: same IDF, so
        // in a text with one of each they weigh the same.
        let configuration = FeatureConfiguration(wordNgrams: 1...1, charNgrams: 0...0, stemWords: false, keepSurfaceUnigrams: false)
        let vectorizer = fit(["cost cost cost", "plan", "demo"], configuration)
        let vector = vectorizer.transform(tokenizer.tokenize("cost plan"))
        #expect(vector.values.count == 2)
        #expect(abs(vector.values[0] - vector.values[1]) < 1e-6)
    }

    @Test func typosShareCharacterFeaturesWithTheWord() {
        let vectorizer = fit(["pricing information"])
        #expect(!vectorizer.transform(tokenizer.tokenize("pircing")).isEmpty)
    }
}

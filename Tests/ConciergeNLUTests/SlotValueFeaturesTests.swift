import ConciergeText
import Testing
@testable import ConciergeNLU

@Suite struct SlotValueFeaturesTests {
    let tokenizer = Tokenizer()

    /// The span of `value` inside `text`, in Unicode scalar offsets.
    func span(_ slot: String, _ value: String, in text: String) throws -> SlotSpan {
        let range = try #require(text.range(of: value))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return SlotSpan(slot: slot, start: start, end: start + value.unicodeScalars.count)
    }

    func fit(_ annotated: [(text: String, spans: [(slot: String, value: String)])]) throws -> SlotValueFeatures {
        let slots = try annotated.map { item in try item.spans.map { try span($0.slot, $0.value, in: item.text) } }
        return try #require(SlotValueFeatures.fit(tokens: annotated.map { tokenizer.tokenize($0.text) }, slots: slots))
    }

    @Test func aMessageGetsOneKeyPerSlotWithAKnownValue() throws {
        let values = try fit([
            ("weather in new york", [("city", "new york")]),
            ("rain in paris tomorrow", [("city", "paris"), ("date", "tomorrow")]),
        ])
        let keys = values.keys(for: tokenizer.tokenize("From Paris to New York, tomorrow!"), excludingFold: nil)
        #expect(keys.count == 2)
        #expect(Set(keys).count == 2)
        // "york" alone is not the value "new york".
        #expect(values.keys(for: tokenizer.tokenize("york"), excludingFold: nil).isEmpty)
        #expect(values.keys(for: tokenizer.tokenize("sunny in rome"), excludingFold: nil).isEmpty)
    }

    @Test func aValueInsideALongerValueIsFoundToo() throws {
        let values = try fit([
            ("weather in new york", [("city", "new york")]),
            ("read the new york times", [("publication", "new york times")]),
        ])
        #expect(values.keys(for: tokenizer.tokenize("the new york times"), excludingFold: nil).count == 2)
        #expect(values.keys(for: tokenizer.tokenize("new york at times"), excludingFold: nil).count == 1)
        #expect(values.keys(for: tokenizer.tokenize("new"), excludingFold: nil).isEmpty)
    }

    @Test func aTrainingExampleDoesNotSeeTheValuesOfItsOwnFold() throws {
        let cities = ["oslo", "lima", "rome", "kyiv", "doha", "baku", "riga", "bern", "nuuk", "apia"]
        let values = try fit(cities.map { (text: "weather in \($0)", spans: [(slot: "city", value: $0)]) })
        for (index, city) in cities.enumerated() {
            let tokens = tokenizer.tokenize("weather in \(city)")
            #expect(values.keys(for: tokens, excludingFold: values.folds[index]).isEmpty, "\(city)")
            #expect(values.keys(for: tokens, excludingFold: nil).count == 1, "\(city)")
        }
        // A value annotated in two folds stays visible from either.
        let shared = try fit((0..<10).map { _ in (text: "weather in oslo", spans: [(slot: "city", value: "oslo")]) })
        #expect(Set(shared.folds).count > 1)
        #expect(shared.keys(for: tokenizer.tokenize("oslo"), excludingFold: shared.folds[0]).count == 1)
    }

    @Test func declaredValuesAreSeenFromEveryFold() throws {
        let texts = (0..<10).map { "how much is the pro plan \($0)" }
        let values = try #require(SlotValueFeatures.fit(
            tokens: texts.map { tokenizer.tokenize($0) }, slots: texts.map { _ in [] },
            declared: [DeclaredSlotValue(slot: "plan", tokens: tokenizer.tokenize("Pro"))]))
        for fold in 0..<SlotValueFeatures.foldCount {
            #expect(values.keys(for: tokenizer.tokenize("is pro cheaper"), excludingFold: fold).count == 1)
        }
        #expect(values.keys(for: tokenizer.tokenize("is it cheaper"), excludingFold: nil).isEmpty)
    }

    @Test func theDemoBotDeclaresItsPlanEntityForThePlanSlot() throws {
        let declared = NLUModel.declaredSlotValues(of: try loadDemoBot(), tokenizer: tokenizer)
        let plans = declared.filter { $0.slot == "plan" }.map { $0.tokens.map(\.normalized).joined(separator: " ") }
        #expect(plans.contains("growth"))
        #expect(plans.contains("entry level"))
        // Slots without a lookup entity (numbers, emails, free text) declare nothing.
        #expect(Set(declared.map(\.slot)) == ["plan", "demo_language"])
    }

    @Test func withoutAnnotationsThereIsNoBlock() {
        #expect(SlotValueFeatures.fit(tokens: [tokenizer.tokenize("hello")], slots: [[]]) == nil)
        #expect(SlotValueFeatures.fit(tokens: [tokenizer.tokenize("hello")], slots: []) == nil)
    }

    func classifier(weight: Float) throws -> IntentClassifier {
        // Each city in several examples: a value only one example has is hidden from it in
        // training, and a column no training row has is not in the vocabulary.
        let weather = ["weather in ", "is it raining in ", "forecast for "]
        let book = ["book a table in ", "a table for two in ", "dinner in "]
        let items = ["oslo", "lima"].flatMap { city in weather.map { (text: $0 + city, label: "weather", city: city) } }
            + ["rome", "riga"].flatMap { city in book.map { (text: $0 + city, label: "book", city: city) } }
        let texts = items.map(\.text)
        let labels = items.map(\.label)
        let cities = items.map(\.city)
        var configuration = ClassifierConfiguration()
        configuration.features.slotValueWeight = weight
        return IntentClassifier.train(
            examples: zip(texts, labels).map { (tokens: tokenizer.tokenize($0), label: $1) },
            slots: try zip(texts, cities).map { [try span("city", $1, in: $0)] },
            configuration: configuration)
    }

    @Test func theBlockIsNormalisedToItsWeight() throws {
        let classifier = try classifier(weight: 0.3)
        let vectorizer = classifier.vectorizer
        let tokens = tokenizer.tokenize("sunny in lima or oslo")
        let withValues = vectorizer.transform(tokens)
        let textOnly = Set(vectorizer.transform(keys: vectorizer.featurizer.keys(for: tokens)).indices)
        let block = zip(withValues.indices, withValues.values).filter { !textOnly.contains($0.0) }.map(\.1)
        #expect(block.count == 1)
        #expect(abs(block.map { $0 * $0 }.reduce(0, +).squareRoot() - 0.3) < 1e-5)
    }

    @Test func weightZeroLeavesTheBlockOut() throws {
        let classifier = try classifier(weight: 0)
        #expect(classifier.vectorizer.slotValues == nil)
        let tokens = tokenizer.tokenize("sunny in lima")
        let vector = classifier.vectorizer.transform(tokens)
        #expect(vector == classifier.vectorizer.transform(keys: classifier.vectorizer.featurizer.keys(for: tokens)))
    }
}

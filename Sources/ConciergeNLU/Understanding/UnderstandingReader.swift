import ConciergeEntities
import ConciergeText

/// Reads a message's `Understanding` from its text, tokens and entities, in one pass.
enum UnderstandingReader {
    static func read(_ text: String, tokens: [Token], entities: [EntityMatch]) -> Understanding {
        Understanding(sentiment: Sentiment.score(text), language: LanguageIdentifier.identify(text))
    }
}

// PLACEHOLDER: replaced by the real Porter2 stemmer (helper branch `stemmer`).
public struct EnglishStemmer: Sendable {
    public init() {}

    public func stem(_ word: String) -> String { word }
}

import ConciergeBot
import ConciergeText
import Foundation

/// Which follow-up of an FAQ answer a message asks, and how closely (cosine, 0…1).
public struct FollowUpMatch: Hashable, Sendable {
    /// The FAQ entry's id.
    public var faq: String
    /// The follow-up's place in the entry's `follow_ups`.
    public var index: Int
    public var score: Double

    public init(faq: String, index: Int, score: Double) {
        self.faq = faq
        self.index = index
        self.score = score
    }
}

/// Compares a message with the follow-up questions of the FAQ answers just given: "how long
/// does it take?" right after the erasure answer is its follow-up "how long does it take"
/// (1.0), "and when is it gone?" its "when will it be gone" (0.8).
///
/// Questions and message are bags of stems, weighted by how rare a stem is among all follow-up
/// questions of the bot (a word no question uses weighs most: it is something the follow-ups
/// do not answer); function words ("can", "you", "it") weigh a quarter as much, so that they
/// decide only between messages made of them ("can you do it for me?"). A message's score for
/// a follow-up is its best cosine with one of the questions; under `threshold` there is no
/// match. Out of context the same words mean nothing in particular, which is why follow-ups
/// are no intents.
///
///     let matcher = FollowUpMatcher(faq: definition.dialog?.faq ?? [])
///     matcher.match(Tokenizer().tokenize("how long does that take?"), after: ["account_deletion"])
///     // FollowUpMatch(faq: "account_deletion", index: 0, score: 1.0)
public struct FollowUpMatcher: Sendable {
    struct Question: Sendable {
        var faq: String
        var index: Int
        var weights: [String: Float]
        var norm: Float
    }

    /// Under this cosine a message is no follow-up.
    public static let threshold = 0.5
    private let questions: [Question]
    private let inverseFrequency: [String: Float]
    /// The weight of a stem no follow-up question has.
    private let unseenWeight: Float

    public static let none = FollowUpMatcher(faq: [])

    public init(faq: [FAQEntry]) {
        let stemmer = EnglishStemmer()
        let tokenizer = Tokenizer()
        var bags: [(faq: String, index: Int, stems: [String: Float])] = []
        for entry in faq {
            for (index, followUp) in entry.followUps.enumerated() {
                for question in followUp.questions {
                    let stems = Self.stems(tokenizer.tokenize(question)[...], stemmer: stemmer)
                    if !stems.isEmpty { bags.append((entry.id, index, stems)) }
                }
            }
        }
        var documentFrequency: [String: Int] = [:]
        for bag in bags { for stem in bag.stems.keys { documentFrequency[stem, default: 0] += 1 } }
        let count = Double(bags.count)
        let inverse = documentFrequency.mapValues { Float(log((1 + count) / (1 + Double($0)))) + 1 }
        inverseFrequency = inverse
        unseenWeight = Float(log(1 + count)) + 1
        questions = bags.map { bag in
            var weights: [String: Float] = [:]
            for (stem, share) in bag.stems { weights[stem] = share * (inverse[stem] ?? 1) }
            let norm = sqrt(weights.values.reduce(0) { $0 + $1 * $1 })
            return Question(faq: bag.faq, index: bag.index, weights: weights, norm: norm)
        }
    }

    public var isEmpty: Bool { questions.isEmpty }

    /// The follow-up of one of `faqs` (FAQ ids) the message asks, if one clears `threshold`:
    /// the best of the whole message and of each of its sentences, since a reason or an aside
    /// beside the question ("does that include the unsubscribed people too? need it for a gdpr
    /// audit") weighs its words down.
    public func match(_ tokens: [Token], after faqs: [String]) -> FollowUpMatch? {
        guard !faqs.isEmpty, !questions.isEmpty else { return nil }
        let stemmer = EnglishStemmer()
        var best = match(Self.stems(tokens[...], stemmer: stemmer), after: faqs)
        let sentences = tokens.split { $0.kind == .punctuation && Self.sentenceEnds.contains($0.normalized) }
        guard sentences.count > 1 else { return best }
        for sentence in sentences {
            if let found = match(Self.stems(sentence, stemmer: stemmer), after: faqs), found.score > best?.score ?? 0 {
                best = found
            }
        }
        return best
    }

    static let sentenceEnds: Set<String> = [".", "?", "!", ";", "…"]

    private func match(_ stems: [String: Float], after faqs: [String]) -> FollowUpMatch? {
        guard !stems.isEmpty else { return nil }
        var messageWeights: [String: Float] = [:]
        for (stem, share) in stems { messageWeights[stem] = share * (inverseFrequency[stem] ?? unseenWeight) }
        let messageNorm = sqrt(messageWeights.values.reduce(0) { $0 + $1 * $1 })
        var best: FollowUpMatch?
        for question in questions where faqs.contains(question.faq) {
            var dot: Float = 0
            for (stem, weight) in question.weights { if let other = messageWeights[stem] { dot += weight * other } }
            let score = Double(dot / (question.norm * messageNorm))
            if score >= Self.threshold, score > best?.score ?? 0 {
                best = FollowUpMatch(faq: question.faq, index: question.index, score: (score * 1000).rounded() / 1000)
            }
        }
        return best
    }

    /// The stems of a text's words, each with its share of weight: a function word's is
    /// `functionWordShare`, any other's 1. An e-mail address, a number, an amount or a link
    /// counts as a word of its kind ("#email"): "my email was amy@…" says something no
    /// follow-up asks, and only "email" is left of it otherwise.
    static func stems(_ tokens: ArraySlice<Token>, stemmer: EnglishStemmer) -> [String: Float] {
        var stems: [String: Float] = [:]
        for token in tokens {
            switch token.kind {
            case .word:
                let share: Float = functionWords.contains(token.normalized) ? functionWordShare : 1
                let stem = stemmer.stem(token.normalized)
                stems[stem] = max(stems[stem] ?? 0, share)
            case .email, .number, .money, .url:
                stems["#" + token.kind.rawValue] = 1
            case .punctuation, .symbol, .emoji:
                break
            }
        }
        return stems
    }

    static let functionWordShare: Float = 0.25

    /// Words that carry no topic: pronouns, articles, auxiliaries, greetings and fillers.
    /// Question words are no function words: "how long" and "how much" ask different things.
    static let functionWords: Set<String> = [
        "a", "an", "the", "it", "its", "'s", "is", "are", "was", "were", "be", "been", "am", "'m", "'re", "'ll", "'d", "'ve",
        "do", "does", "did", "i", "me", "my", "we", "us", "our", "you", "your", "they", "them", "their", "he", "she",
        "to", "of", "for", "and", "or", "but", "in", "on", "at", "by", "with", "that", "this", "these", "those", "there",
        "then", "so", "ok", "okay", "please", "pls", "will", "would", "can", "could", "should", "just", "also", "hey",
        "hi", "hello", "thanks", "thank", "um", "oh", "well", "ah", "hmm", "right", "cool", "great", "alright",
        "if", "about", "any", "anything", "still", "really", "actually", "sorry", "wait", "yeah", "yes", "sure",
    ]
}

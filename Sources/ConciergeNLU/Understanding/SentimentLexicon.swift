/// The word scores behind `Sentiment`: nearly three hundred English words from −3 (hostile)
/// to +3 (delighted), written for customer chats, plus the negators and intensifiers.
///
///     SentimentLexicon.scores["useless"]   // -2
///     SentimentLexicon.negators.contains("never")   // true
enum SentimentLexicon {
    // Not here: "sorry" and "wait", which visitors write to correct themselves ("oh wait,
    // sorry, we're 30 people"), not to complain. "wtf" and "hell" are −2, not −3: in "wtf is
    // Growth?" they are slang for a question, and alone they must not hand a visitor over.
    static let scores: [String: Double] = {
        var table: [String: Double] = [:]
        let groups: [(Double, String)] = [
            (-3, """
                hate hated hates hating furious livid outrageous disgusting disgusted pathetic worst scam scammed \
                fraud garbage trash rubbish crap crappy sucks suck sucked horrible horrendous atrocious abysmal \
                infuriating infuriated unacceptable ridiculous ripoff rip-off appalling shameful incompetent \
                idiotic stupid dumb bullshit shit shitty fuck fucked pissed
                """),
            (-2, """
                wtf damned hell useless awful terrible bad angry annoyed annoying irritated irritating frustrated frustrating \
                frustration disappointed disappointing disappointment upset broken worthless waste wasted \
                nonsense fail failed fails failing failure poor horrid hopeless helpless mad fed-up sick tired \
                confusing confused lousy inferior rude unhelpful pointless dreadful nightmare mess messed \
                slow slower slowest ignored ignoring unreliable fake lied lie lying liar misleading cheated \
                problem problems buggy bug bugs error errors crash crashed crashes crashing stuck impossible \
                shocking unhappy sad miserable regret regrets complain complaint complaining overpriced \
                lame meh
                """),
            (-1, """
                mediocre difficult hard unclear weird strange odd late delay delayed waiting \
                worried worry concerned concern doubt doubtful unsure issue issues glitch glitchy boring bored \
                tedious lacking limited missing lost nervous skeptical sceptical costly expensive \
                pricey clunky awkward inconvenient tricky picky hmm ugh sigh
                """),
            (1, """
                ok okay fine fair decent interesting interested curious clear easy simple quick fast helpful \
                useful handy works working solved fixed better nice cool neat sure thanks thank welcome glad \
                hope hopefully like liked likes reasonable affordable cheap improve improved improvement \
                sensible smooth
                """),
            (2, """
                good great happy pleased satisfied enjoy enjoyed enjoying impressive impressed \
                recommend recommended reliable efficient effective friendly powerful beautiful elegant \
                lovely grateful appreciate appreciated excited exciting valuable brilliant smart solid \
                love loved loves
                """),
            (3, """
                excellent amazing awesome fantastic wonderful perfect outstanding superb incredible \
                delighted thrilled phenomenal exceptional magnificent best flawless stellar \
                marvelous marvellous spectacular
                """),
        ]
        for (score, words) in groups {
            for word in words.split(whereSeparator: \.isWhitespace) {
                table[String(word)] = score
            }
        }
        return table
    }()

    /// Words that flip the score of the sentiment words right after them.
    static let negators: Set<String> = [
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "hardly", "barely", "without",
        "isnt", "isn't", "dont", "don't", "doesnt", "doesn't", "didnt", "didn't", "cant", "can't", "cannot",
        "wont", "won't", "wasnt", "wasn't", "arent", "aren't", "aint", "ain't", "shouldnt", "shouldn't",
        "wouldnt", "wouldn't", "couldnt", "couldn't", "havent", "haven't", "hasnt", "hasn't",
    ]

    /// Words that strengthen the next sentiment word, with their factor.
    static let intensifiers: [String: Double] = [
        "very": 1.5, "so": 1.5, "really": 1.5, "extremely": 1.8, "totally": 1.5, "completely": 1.6,
        "absolutely": 1.6, "utterly": 1.8, "incredibly": 1.6, "super": 1.5, "too": 1.3, "quite": 1.2,
        "truly": 1.4, "seriously": 1.5, "insanely": 1.7, "deeply": 1.5, "highly": 1.4, "most": 1.3,
        "such": 1.3, "fucking": 1.8, "damn": 1.4, "freaking": 1.6, "bloody": 1.6,
    ]

    /// Words that soften the next sentiment word.
    static let softeners: [String: Double] = [
        "slightly": 0.5, "somewhat": 0.6, "bit": 0.6, "little": 0.6, "kinda": 0.6, "kind": 0.7, "sort": 0.7,
        "fairly": 0.8, "rather": 0.8, "almost": 0.7,
    ]

    /// What a word does to the score.
    enum Role {
        case negator
        case intensifier(Double)
        case softener(Double)
        case score(Double)
    }

    /// Every word of the lexicon with its role, for one lookup per word of a message; a word
    /// in several lists takes the first of negator, intensifier, softener, score.
    static let roles: WordTable<Role> = {
        var roles: [String: Role] = scores.mapValues { .score($0) }
        for (word, factor) in softeners { roles[word] = .softener(factor) }
        for (word, factor) in intensifiers { roles[word] = .intensifier(factor) }
        for word in negators { roles[word] = .negator }
        return WordTable(roles)
    }()
}

/// Words that are never a person's name in "I'm …", "this is …", "call me …": function
/// words, and the verbs, adjectives, roles and business nouns people put after "I'm" ("I'm
/// interested", "I'm the head of marketing", "I'm on Growth", "I'm just browsing"). Every
/// word of the sentiment lexicon is excluded too.
///
///     NameStopWords.contains("interested")   // true
///     NameStopWords.contains("ana")          // false
enum NameStopWords {
    static func contains(_ word: String) -> Bool {
        contains(word, WordKey(word))
    }

    /// `contains(word)`, with the word's key.
    static func contains(_ word: String, _ key: WordKey?) -> Bool {
        words.contains(word, key) || SentimentLexicon.roles[word, key] != nil
    }

    static let words: WordSet = WordSet(groups.lazy.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) })

    private static let groups = [
        // Function words, pronouns, determiners, prepositions, conjunctions.
        """
        a an the this that these those it its i me my mine myself we us our ours you your yours he him his she her \
        they them their who whom whose what which where when why how whatever whoever here there everyone everybody \
        someone somebody anyone anybody nobody none nothing something anything everything all any some each every \
        both either neither one ones other others another such same own few many much more most less least lot lots \
        of in on at to from with without for by about above below over under into onto upon after before since until \
        till through during between among against across along around behind beside besides beyond near off out up \
        within inside outside toward towards throughout amongst \
        down via per than as like unlike and or but nor so yet if unless because though although while whereas \
        whether not no yes yeah yep nope nah ok okay sure also too very really just only even still already again \
        quite rather pretty almost nearly maybe perhaps probably actually basically literally totally kinda sorta \
        currently now then today tomorrow yesterday soon later always never often sometimes usually ever \
        instead otherwise anyway anyways anytime whenever tonight directly personally tho altho asap pls plz \
        thx back tmrw tmr tmw tomorow tommorow 2moro
        """,
        // How often, or how one pays ("no, I'm monthly", blind audit 35).
        """
        monthly yearly annually annual weekly daily hourly quarterly biweekly
        """,
        // Verbs and the forms people write after "I'm" / "this is".
        """
        am is are was were be been being do does did doing done have has had having get gets got getting go goes \
        going gone went come comes coming came make makes making made take takes taking took want wants wanting \
        need needs needing try trying tried look looks looking looked see seeing seen know knowing think thinking \
        wonder wondering ask asking asked tell telling say saying said call calling called contact contacting write \
        writing writes reach reaching search searching browse browsing shop shopping check checking compare \
        comparing consider considering evaluate evaluating plan planning hope hoping wish wishing wait waiting \
        work working works worked run running use using used start starting started stop stopping keep keeping \
        let help helping hear hearing feel feeling read reading sign signing signed log logging logged email \
        emailing mail texting chatting talking talk speaking speak interested curious based located situated \
        responsible involved new here back home away gone leaving done finished ready available busy free able \
        unable glad sorry afraid aware sure unsure certain uncertain confused lost stuck trying supposed allowed \
        required going gonna wanna gotta fine alright well good great ok okay cool happy sad bored tired \
        excited thrilled pleased satisfied disappointed annoyed frustrated upset angry worried concerned calling \
        contacting reaching writing messaging representing replying responding following returning retired \
        unemployed employed married single old young late early still also currently already just only actually \
        planning hoping thinking considering wondering asking exhausted overwhelmed slammed swamped stressed \
        sick ill unwell awake asleep alive dead hungry cold hot warm late early open closed online offline \
        alone basically mostly
        """,
        // Roles, jobs and business words.
        """
        head chief ceo cto cfo cmo coo vp president founder cofounder owner manager director lead leader boss \
        marketer marketing sales seller salesperson rep representative agent assistant intern student teacher \
        engineer developer designer consultant freelancer freelance self-employed solo independent contractor \
        analyst admin administrator user customer \
        client buyer member partner investor employee staff team company business agency startup firm store shop \
        brand company's organisation organization nonprofit charity school university department group \
        person people guy girl woman man human bot robot ai chatbot visitor prospect lead decision maker \
        decision-maker responsible charge part one two three four five six seven eight nine ten first second \
        third new existing current former prospective potential small big large growing local global
        """,
        // Products, plans, topics and places that follow "I'm on", "this is about".
        """
        growth starter pro premium basic business enterprise free trial plan plans tier pricing price prices \
        demo account subscription product products service services feature features support question questions \
        problem issue help info information details pricing website site app page email phone number budget \
        london paris berlin uk us usa europe america canada australia india office remote abroad vacation holiday \
        mobile desktop laptop computer crm hubspot salesforce mailchimp google facebook linkedin twitter instagram
        """,
        // Requests that open a message: "Play Hasan Saltik from 2004", "Show me…".
        """
        play show add book find give list send open set put rate search get tell buy order schedule cancel \
        remove delete create update change move turn switch start stop please can could would will should \
        shall may might must let lets need want make check compare explain
        """,
        // Greetings and chat words.
        """
        hi hello hey hiya howdy greetings morning afternoon evening night bye goodbye thanks thank please welcome \
        lol haha hmm um umm uh er ah oh wow omg btw fyi asap idk tbh imo pls thx ty np yo sup
        """,
        // Adjectives after "this is" ("this is urgent, can I talk to someone?", blind audit 18).
        """
        urgent important serious critical ridiculous annoying frustrating confusing crazy insane unacceptable weird \
        strange odd broken wrong stupid silly pointless useless hopeless awful terrible horrible awesome amazing \
        perfect bad nice lovely pressing wild absurd embarrassing disappointing irritating infuriating exhausting \
        tiring boring slow fast expensive cheap pricey complicated complex simple easy hard difficult impossible \
        unbelievable unreal insulting outrageous pathetic
        """,
    ]
}

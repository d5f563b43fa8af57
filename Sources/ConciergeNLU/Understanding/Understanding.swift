import ConciergeEntities
import ConciergeJSON

/// What a message says beyond its intent, read once by NLU so that the dialog never reads
/// text: an answer (yes, no, skip, decline, unsure), whether it asks something, its
/// sentiment, and the facts it states with the evidence for each.
///
///     let reading = nlu.parse("I'm Ana from Vela Travel, we're 12 people").understanding
///     reading.personName?.value   // "Ana"
///     reading.company?.value      // "Vela Travel"
///     reading.headCount?.value    // 12, evidence .explicit
public struct Understanding: Hashable, Sendable {
    /// How a message answers a question.
    public enum Answer: String, Hashable, Sendable {
        /// "yes", "sure", "I make the decision".
        case yes
        /// "no", "nope", "my boss decides".
        case no
        /// "skip", "pass", "next question": leave this one out.
        case skip
        /// "I don't want to fill this in", "stop asking": leave the whole form.
        case decline
        /// "not sure", "no idea", "don't know yet".
        case unsure
    }

    /// Why a number is believed to be what it is.
    public enum Evidence: String, Hashable, Sendable {
        /// Explicit words: "12 people", "$300", "a budget of 300".
        case explicit
        /// A number alone, with nothing saying what it counts: only answers a question about it.
        case bare
        /// A count of things or of an audience, not of a team: "around 420 families", "9
        /// locations", "12k contacts". No answer to how many people a team has.
        case counted
    }

    /// A number the message states, where it is, and why it is read so.
    public struct NumberFact: Hashable, Sendable {
        public var value: Double
        /// Unicode scalar offsets in the message.
        public var start: Int
        public var end: Int
        public var evidence: Evidence

        public init(value: Double, start: Int, end: Int, evidence: Evidence) {
            self.value = value
            self.start = start
            self.end = end
            self.evidence = evidence
        }
    }

    /// An amount of money (`{"amount", "currency", "period"?, "min"?, "max"?}`), where it is, and why.
    public struct MoneyFact: Hashable, Sendable {
        public var value: JSONValue
        public var start: Int
        public var end: Int
        public var evidence: Evidence

        public init(value: JSONValue, start: Int, end: Int, evidence: Evidence) {
            self.value = value
            self.start = start
            self.end = end
            self.evidence = evidence
        }
    }

    /// A piece of text the message states (a name, a company), as the user wrote it.
    public struct TextFact: Hashable, Sendable {
        public var value: String
        public var start: Int
        public var end: Int

        public init(value: String, start: Int, end: Int) {
            self.value = value
            self.start = start
            self.end = end
        }
    }

    /// A written value the message corrects: "it's John not Jon" (new "John", old "Jon").
    public struct Replacement: Hashable, Sendable {
        public var new: String
        public var old: String

        public init(new: String, old: String) {
            self.new = new
            self.old = old
        }
    }

    public var answer: Answer?
    /// The message asks something ("why do you need that?"): not an answer to a question.
    public var isQuestion: Bool
    /// Negative is unhappy; ≤ -3 is angry (the lexicon's scale).
    public var sentiment: Double
    /// "I'm Ana", "my name is Ana Lopez", "Ana here".
    public var personName: TextFact?
    /// "I work at Acme", "the company is called Vela Travel", "… from Acme Corp".
    public var company: TextFact?
    /// A name in quotation marks (`bakery chain "Kornfeld"`): what a free-text answer names.
    public var quotedName: TextFact?
    /// Whether `company` is two or three capitalised words standing alone among other facts,
    /// without a cue, a joining word or a legal form ("Zoltan Brandl, z.brandl@…"): to the
    /// name question it is more likely the person's name.
    public var companyMayBeName = false
    /// Whether `company` stands among other facts without a cue ("SSO + SLA, 120 people, Q1"):
    /// it answers the company question, but names no company to replace one already given.
    public var companyIsListed = false
    /// "im a freelancer, no company", "self-employed": there is no company to name
    /// (`NoCompanyReading`).
    public var saysNoCompany = false
    /// "no budget set yet", "budget tbd": no budget is decided (`NoBudgetReading`).
    public var saysNoBudget = false
    /// "what's 2+2", "SELECT * FROM users;": arithmetic or code, no words to the bot
    /// (`CodeOrMathReading`).
    public var isCodeOrMath = false
    /// How many people: .explicit with people words ("12 people", "a team of 12", "we're 30",
    /// "just me" → 1), .bare for a number alone in the message ("55", "around 40").
    public var headCount: NumberFact?
    /// A budget: money ("$300", not a product's price: "the Growth plan is $49") or a number
    /// with budget words ("about 200 a month", "50k per year", "a budget of 300"), .explicit;
    /// a number alone in the message, .bare. Without a written currency the amount is in "USD"
    /// (the money grammar's default currency).
    public var budget: MoneyFact?
    /// Every other number, excluding those inside phone numbers, standards ("ISO 27001",
    /// "SOC 2"), versions, years, dates, times, durations, percentages, ordinals, product
    /// prices, names ("3M") and the value a correction replaces ("not 12"). A number alone in
    /// the message is here too, .bare, besides `headCount` and `budget`.
    public var numbers: [NumberFact]
    /// The message corrects an earlier value ("sorry, I meant $150, not 500", "actually 30",
    /// "30, not 12", "no wait, 30"); the replaced value ("500", "12") is in no field.
    public var isCorrection: Bool
    /// A written value the message replaces ("it's John not Jon", "Kettle & Co, not 'I just
    /// told you'"): the dialog changes the slot holding the old value.
    public var replacement: Replacement?
    /// The message without lead-ins and fillers ("I just said: Vela Travel" → "Vela Travel"),
    /// for a free-text answer; nil when the message is not a plausible free-text answer
    /// (a question, a no / skip / decline / unsure answer, a greeting alone, a complaint).
    /// After a yes it is what follows the yes ("yes, it's Acme" → "Acme"; "yes" → nil).
    public var freeText: String?
    /// The free text without the clauses that only state a fact another reading took
    /// (`FactClauses`): "Northwind Traders, 8 people, ready in Q3" → "Northwind Traders"; nil
    /// when nothing else is left ("we're 8 people"). What answers a need, a company or a name.
    public var freeTextBeyondFacts: String?
    /// Every part of the free text beyond facts, where `freeTextBeyondFacts` is the first: what
    /// answers a need. "we run 3 bakeries, about 40 staff, need email campaigns" → "we run 3
    /// bakeries, need email campaigns".
    public var needBeyondFacts: String?
    /// A message in another language than English asks for a person ("ich möchte mit einem
    /// Mitarbeiter sprechen"; see `PersonRequestReading`).
    public var asksForPersonInOwnLanguage = false
    /// The free text is a statement about the writer ("I'm head of marketing", "i decide"):
    /// what they do or are, never a company's or a person's name.
    public var freeTextSpeaksOfSelf = false
    /// The language the message is written in, when it is clearly one (ISO 639-1).
    public var language: LanguageGuess?
    /// The message, beyond its fact clauses, is only a proper name of two to four capitalised
    /// words ("Lumen Dental", "Lumen Dental, 8 people"): a company or a person, not a need,
    /// whatever question it answers.
    public var isProperName: Bool = false
    /// The message, beyond its fact clauses, is one capitalised word that is no common word,
    /// no given name and no word of the bot's examples: "5 people, Acme". It may be the company
    /// a form asks next; alone it is too ambiguous to be one ("5 people, London").
    public var isLoneProperWord = false
    /// The price asked is a year's: "so growth yearly would be how much exactly", "yearly total
    /// for growth?" (`PriceQuestionReading.asksPerYear`).
    public var asksYearlyPrice = false
    /// A percentage off the message names: "growth with 40% off", "a 30 percent discount"
    /// (`PriceQuestionReading.percentOff`).
    public var percentOff: Double?
    /// The spans (Unicode scalar offsets) of lookup values the message says the visitor has:
    /// "we're on Growth", "our Starter plan" (see `OwnedValueReading`).
    public var ownedValues: [Range<Int>] = []
    /// Whether a content word of the message occurs in the bot's examples: false for "who won
    /// the world cup?" to a marketing bot. Read only for a question NLU is unsure of (best
    /// confidence under 0.5); true otherwise.
    public var mentionsBotTopic = true
    /// The message, beyond its fact clauses, only says who the writer is in up to five words
    /// ("I'm the IT lead", "im a florist"): a role, not a need.
    public var onlyIntroducesSelf = false
    /// The intents of its clauses, when the message has two or more (see
    /// `NLUModel.clauseIntents`); empty otherwise.
    public var clauseIntents: [IntentScore] = []
    /// The spans (Unicode scalar offsets) of dates that are over ("since yesterday", "last
    /// month"): what happened, never a plan (see `PastDates`).
    public var pastDates: [Range<Int>] = []
    /// The spans of dates the message rules out ("not monday", "any day except friday") or
    /// gives for the visitor's own next step ("I'll come back tomorrow"), their own clock
    /// ("saturday night here") or an event a noun is about ("xmas orders"): never a plan
    /// either (see `ExcludedDates`).
    public var excludedDates: [Range<Int>] = []
    /// The spans of dates given as the start of the visitor's project ("we want to start next
    /// month", "go live in January"; see `StartDates`): a timeline, not a meeting time.
    public var startDates: [Range<Int>] = []
    /// The spans of dates inside a clause that asks something ("is anyone around on a
    /// saturday?"; see `StartDates.askedDates`).
    public var askedDates: [Range<Int>] = []
    /// A name in a sentence of its own after a no ("no sorry. Brightside Solar."; see
    /// `NameAfterNoReading`): the answer to a name or company question all the same.
    public var nameAfterNo: String?
    /// Waiting for a person, the message asks the bot itself meanwhile ("while i wait, how do
    /// i …", "can the bot at least tell me …"; see `WaitingReading`).
    public var asksBotMeanwhile = false
    /// The message asks how long the wait for a person is ("how long until someone answers",
    /// "anyone there??"; see `WaitingReading`).
    public var asksWait = false
    /// The message asks whether a bot or a person is answering ("is this still a bot?", "are
    /// you even a real person"; see `WaitingReading`).
    public var asksIfBot = false
    /// The spans of dates named by their weekday alone ("wednesday", "friday at 3pm"; see
    /// `WeekdayDates`): the weekday's next occurrence, unless it moves a held date.
    public var weekdayDates: [Range<Int>] = []
    /// A plain yes in a sentence of its own, then a question: "yes. but is a german demo
    /// possible?" agrees and asks.
    public var yesBeforeQuestion = false
    /// A plain no in a clause of its own, then more: "no. do you sell pizza" turns down what
    /// the bot just offered, whatever the rest asks.
    public var opensWithNo = false
    /// A correction that opens with its no ("no, 15 people", "no, it's 15"): the no disowns
    /// a value said before, so it answers no yes/no question asked now.
    public var correctsWithNo = false
    /// The message ends by taking leave ("ok emailing privacy. bye"; see `FarewellReading`).
    public var endsWithFarewell = false
    /// A "not sure" or "skip" in a clause of its own, then more: "not sure. whats a typical
    /// price for that?" passes over the question asked and asks its own.
    public var opensWithUnsure = false
    /// The message moves a date to another day at the time of day already given ("monday
    /// instead, same time"; see `SameTimeReading`).
    public var keepsTimeOfDay = false
    /// The message only says when, or when not ("not monday and afternoons only", "tue-fri
    /// pm"): it answers no name, company or need question.
    public var saysOnlyWhen = false
    /// Who decides, said anywhere in the message: yes for "I'm the owner, I decide", no for
    /// "my boss signs off" (see `DecisionReading`).
    public var decision: Answer?
    /// The clauses stating what the visitor wants ("we need email campaigns and landing pages"),
    /// whatever was asked, in order (see `NeedReading`): "want to start in January. We need
    /// email automation + SMS" has two, and only the dialog's catalog knows which names a need.
    public var statedNeeds: [String] = []
    /// The first of `statedNeeds`.
    public var statedNeed: String? { statedNeeds.first }
    /// The message reports that something tried did not work ("I already did that", "it still
    /// fails"): after an answer, the answer did not help (see `OutcomeReading`).
    public var reportsFailure = false
    /// The message reports that a problem is gone ("it's working again").
    public var reportsSuccess = false
    /// The message's words for a person say what the visitor is ("I'm a real estate agent"),
    /// not who they want to talk to (see `PersonRequestReading.personWordsDescribeSelf`).
    public var personWordsDescribeSelf = false
    /// The message refuses being contacted at all ("don't contact me"; `ContactRefusalReading`).
    public var refusesContact = false
    /// The free text opens with a verb of a request ("delete all of it"): no name or company.
    public var freeTextIsRequest = false
    /// Whether the free text is a statement before a question in a sentence of its own ("Corvid
    /// Pay. oh and whats the enterprise price again?"): an answer given beside the question.
    public var freeTextBeforeQuestion = false
    /// The message asks whether details were erased ("did you delete it?", "are they gone
    /// now?"; see `ErasureQuestionReading`).
    public var asksIfErased = false
    /// The message asks to hear something again ("what was the link again?", "say that again").
    public var asksRepeat = false
    /// The contact details the message names to erase and to keep ("don't keep my number,
    /// email is fine"), for a withdrawal of consent that spares some (see `ContactDetailsReading`).
    public var contactDetailsToErase: Set<ContactDetail> = []
    public var contactDetailsToKeep: Set<ContactDetail> = []
    /// The message itself says not to keep some of the visitor's details ("please don't keep my
    /// phone", "email only"): `contactDetailsToErase` are refused, whatever else it gives.
    public var refusesContactDetails = false
    /// The message asks the bot to forget the visitor's company, alone ("delete my company name
    /// too") or with other details ("please forget my name and company"); see `CompanyErasureReading`.
    public var companyErasure: CompanyErasure?
    /// The spans (Unicode scalar offsets) where the visitor says what they are ("we are a
    /// nonprofit association", "im a student doing a blog") and what they are not ("uni" in
    /// "its for my personal blog not for uni"); see `SelfDescriptionReading`.
    public var selfDescriptions: [Range<Int>] = []
    public var selfDenials: [Range<Int>] = []

    /// What a request to forget the visitor's company covers.
    public enum CompanyErasure: Sendable, Equatable {
        case companyOnly, withOtherDetails
    }

    /// A kind of contact detail a visitor may name.
    public enum ContactDetail: String, Hashable, Sendable {
        case email, phone, name
    }
    /// The message only gives contact details: an e-mail or a phone number, with the words
    /// that introduce it and the person's name ("my email is ana@acme.com", "Ana, +44 7700
    /// 900123"); see `ContactOnlyReading`.
    public var givesContactDetailsOnly = false
    /// The message only gives the visitor's name, with the words that introduce it ("my name
    /// is Dev Raman", "I'm Ana"): someone introducing themselves, not a question to answer.
    public var givesNameOnly = false
    /// E-mails and phone numbers the message gives of someone else ("her email is meera@…"),
    /// as Unicode scalar spans; see `OthersContactReading`.
    public var othersContacts: [Range<Int>] = []
    /// The message gives consent in words to keeping the visitor's contact details ("you can
    /// keep my email", "yes you may store it"), without being asked (see `ConsentReading`).
    public var grantsConsent = false
    /// A clause that is only a proper name beside other facts ("…, Bright Smile Dental, mornings
    /// are best"; see `NameClauseReading`): a company, when a form asks for one.
    public var nameClause: TextFact?
    /// The message takes up what was offered in words of its own ("ok then i book one", "book
    /// me in", "sign me up"; see `OfferAcceptanceReading`): the one button the bot offered.
    public var takesOffer = false
    /// The message ends the questions altogether ("stop", "no i dont want a demo", "i said no
    /// demo"; see `FormExitReading`): to a form's question, the form ends.
    public var leavesForm = false
    /// The message opens with a yes of its own clause and goes on ("sure - Jonas Weber,
    /// jonas@…"): to a consent question, with the details it asks for, a yes.
    public var opensWithYes = false
    /// The message turns a person down ("I don't want to talk to a person", "no human please"):
    /// however much its words sound like a request for one (see `PersonRequestReading.refuses`).
    public var refusesPerson = false
    /// The message asks for something in place of what was asked before ("can you just book me
    /// a demo instead"; see `PersonRequestReading.asksInstead`).
    public var asksInstead = false
    /// How many words and numbers the message has (not punctuation): "NO. delete my data" says
    /// more than its "no".
    public var contentWordCount = 0
    /// The message asks what something includes ("does Growth include SMS?"; see `InclusionReading`).
    public var asksInclusion = false
    /// The inclusion is asked of the company ("do you do sms + email in one place?"): what
    /// its products offer (see `InclusionReading.read`).
    public var asksInclusionOfCompany = false
    /// The message asks what something costs ("how much for landing pages only?"; see `PriceQuestionReading`).
    public var asksPrice = false
    /// How the message wants products ordered: "the cheapest", "the most complete" (`ProductPreferenceReading`).
    public var productPreference: ProductPreference?
    /// The message compares with something it names: "cheaper than SMS", "Chat instead"
    /// (`ProductPreferenceReading.compares`).
    public var comparesWithNamed = false

    public init(answer: Answer? = nil, isQuestion: Bool = false, sentiment: Double = 0,
                personName: TextFact? = nil, company: TextFact? = nil, headCount: NumberFact? = nil,
                budget: MoneyFact? = nil, numbers: [NumberFact] = [], isCorrection: Bool = false,
                freeText: String? = nil, language: LanguageGuess? = nil) {
        self.answer = answer
        self.isQuestion = isQuestion
        self.sentiment = sentiment
        self.personName = personName
        self.company = company
        self.headCount = headCount
        self.budget = budget
        self.numbers = numbers
        self.isCorrection = isCorrection
        self.freeText = freeText
        freeTextBeyondFacts = freeText
        needBeyondFacts = freeText
        self.language = language
    }
}

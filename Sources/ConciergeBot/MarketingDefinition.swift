import ConciergeEntities

/// Lead qualification of a state (`lead:` in a dialog file): which slots make the lead,
/// which of them are personal contact details, the consent slot, scoring rules and tiers.
/// Entering the state scores the lead into `scoreSlot` and `tierSlot`.
///
///     lead:
///       fields: [need, team_size, budget, name, email]
///       contact: [name, email]
///       consent: consent
///       score:
///         - if: budget >= 500
///           points: 40
///       tiers: {hot: 60, warm: 30, cold: 0}
public struct LeadDefinition: Sendable, Codable {
    /// The slots the `lead_captured` event carries (when set).
    public var fields: [String]
    /// Personal contact details: stored and sent only with consent; cleared on a "no".
    public var contact: [String]
    /// The slot holding the yes/no consent answer.
    public var consent: String
    public var rules: [ScoreRule]
    /// Tiers from the highest minimum down: the first whose minimum the score reaches wins.
    public var tiers: [LeadTier]
    public var scoreSlot: String
    public var tierSlot: String
    /// What the lead asks for (`demo`), carried in the event as `request`; a conversation
    /// passes on each request once.
    public var request: String?
    public var location: SourceLocation

    public init(fields: [String] = [], contact: [String] = [], consent: String = "consent", rules: [ScoreRule] = [],
                tiers: [LeadTier] = [], scoreSlot: String = "lead_score", tierSlot: String = "lead_tier",
                request: String? = nil, location: SourceLocation) {
        self.fields = fields
        self.contact = contact
        self.consent = consent
        self.rules = rules
        self.tiers = tiers
        self.scoreSlot = scoreSlot
        self.tierSlot = tierSlot
        self.request = request
        self.location = location
    }
}

/// Points a lead earns when a condition on its slots holds, or when a date slot starts
/// within a number of days (`slot: timeline`, `within_days: 90`).
public struct ScoreRule: Sendable, Codable {
    public var condition: Condition?
    public var slot: String?
    public var withinDays: Double?
    public var points: Double
    public var location: SourceLocation

    public init(condition: Condition? = nil, slot: String? = nil, withinDays: Double? = nil, points: Double,
                location: SourceLocation) {
        self.condition = condition
        self.slot = slot
        self.withinDays = withinDays
        self.points = points
        self.location = location
    }
}

/// A named tier (`hot`, `warm`, `cold`) and the score it starts at.
public struct LeadTier: Hashable, Sendable, Codable {
    public var name: String
    public var minimum: Double

    public init(name: String, minimum: Double) {
        self.name = name
        self.minimum = minimum
    }
}

/// What a state does with the product catalog when entered (`products:` in a state).
public enum ProductAction: String, Sendable, CaseIterable, Codable {
    /// Filter by the user's slots, rank by need, say the top few with reasons.
    case suggest
    /// Describe the product the message names (or the first suggested).
    case details
    /// Compare the two products the message names (or the first two suggested).
    case compare
    /// Suggest again, cheaper than the cheapest suggested so far.
    case cheaper
}

/// The product catalog (`catalog:` in a dialog file) and the slots that filter and rank it.
///
///     catalog:
///       match: {need: need, budget: budget, seats: team_size, owned: products}
///       products:
///         - name: Brightwave Mail
///           category: email
///           price: 29
///           features: [email campaigns]
///           description: Newsletters and campaigns for small teams.
///       ask_need: What would you like it to do for you — newsletters, SMS, a chat on your site?
///       feature_words:
///         email campaigns: [email, newsletters, mailing list]
///       messages:
///         price: "{amount}/month"
public struct CatalogDefinition: Sendable, Codable {
    public var products: [Product]
    public var match: CatalogMatch
    /// Asked instead of suggesting when nothing narrows the catalog yet (no need, budget,
    /// team size…); empty: suggest by price and order anyway.
    public var askNeed: [Template]
    /// The words suggestions, descriptions and comparisons are made of.
    public var messages: CatalogMessages
    /// The words visitors use for a feature (`feature_words:`), lowercased feature name →
    /// words and phrases: `"sms campaigns": ["sms", "text messages", "texting"]`. A need that
    /// says one of them (or the feature's own name) asks for products with that feature.
    public var featureWords: [String: [String]]
    /// The percentage off a product's monthly price when it is paid yearly (`yearly_discount:
    /// 20`); nil: yearly prices are not worked out.
    public var yearlyDiscount: Double?
    /// Special prices for some visitors (`discounts:`), in the order written.
    public var discounts: [CatalogDiscount]
    /// Where `catalog:` is written; nil for a bot without one.
    public var location: SourceLocation?

    public init(products: [Product] = [], match: CatalogMatch = CatalogMatch(), askNeed: [Template] = [],
                messages: CatalogMessages = CatalogMessages(), featureWords: [String: [String]] = [:],
                yearlyDiscount: Double? = nil, discounts: [CatalogDiscount] = [], location: SourceLocation? = nil) {
        self.products = products
        self.match = match
        self.askNeed = askNeed
        self.messages = messages
        self.featureWords = featureWords
        self.yearlyDiscount = yearlyDiscount
        self.discounts = discounts
        self.location = location
    }
}

/// Which slots the catalog reads; nil means "not used".
public struct CatalogMatch: Sendable, Codable {
    /// Free text: what the user wants to achieve; ranks products (TF-IDF).
    public var need: String?
    /// A money slot: the budget ceiling (a yearly budget is divided by 12).
    public var budget: String?
    /// A number slot: the team size a product must have seats for.
    public var seats: String?
    public var category: String?
    /// A slot whose value(s) every suggested product must list as features.
    public var features: String?
    /// A slot (usually from the website context) listing products the user already has.
    public var owned: String?
    /// A slot holding the plan the user is on (a product's name or its distinctive part,
    /// "growth"): never suggested, and "anything cheaper?" means cheaper than it.
    public var plan: String?
    /// How many products to suggest.
    public var count: Int

    public init(need: String? = nil, budget: String? = nil, seats: String? = nil, category: String? = nil,
                features: String? = nil, owned: String? = nil, plan: String? = nil, count: Int = 3) {
        self.need = need
        self.budget = budget
        self.seats = seats
        self.category = category
        self.features = features
        self.owned = owned
        self.plan = plan
        self.count = count
    }
}

/// One product of the catalog. Prices are US dollars per month.
public struct Product: Hashable, Sendable, Codable {
    public var name: String
    public var category: String
    public var monthlyPrice: Double
    /// The largest team it is sold for; nil: any size.
    public var seats: Double?
    public var features: [String]
    public var description: String
    public var tags: [String]
    public var location: SourceLocation

    public init(name: String, category: String = "", monthlyPrice: Double, seats: Double? = nil, features: [String] = [],
                description: String = "", tags: [String] = [], location: SourceLocation) {
        self.name = name
        self.category = category
        self.monthlyPrice = monthlyPrice
        self.seats = seats
        self.features = features
        self.description = description
        self.tags = tags
        self.location = location
    }
}

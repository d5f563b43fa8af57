/// The keys of the phrases product suggestions are made of, as written under `catalog:
/// messages:` of a dialog file. Each lists the placeholders the engine fills for it
/// (`{product}`, `{price}`…); the bot's slots may be used too.
///
///     catalog:
///       messages:
///         price: "{amount}/month"
///         suggestion: "{number}. {product} ({price}) — {reason}"
///         reason_budget: "within your {budget} budget"
public enum CatalogMessage: String, CaseIterable, Hashable, Sendable, Codable {
    /// A monthly price in US dollars: `{amount}` ("$29").
    case price
    /// One line of a suggestion list: `{number}`, `{product}`, `{price}`, `{reason}`.
    case suggestion
    /// Above the list of "anything cheaper?".
    case cheaperIntro = "cheaper_intro"
    /// The button under a suggestion (also the message it sends): `{product}`.
    case moreButton = "more_button"
    /// Nothing cheaper than the cheapest known product: `{product}`, `{price}`.
    case alreadyCheapest = "already_cheapest"
    /// Why a product is suggested: within the budget `{budget}`; for the team of `{seats}`;
    /// with the features `{features}` asked for; made for `{tag}`. Joined by "; ".
    case reasonBudget = "reason_budget"
    case reasonTeam = "reason_team"
    case reasonIncludes = "reason_includes"
    case reasonMadeFor = "reason_made_for"
    /// Nothing to suggest: everything is owned or was shown.
    case nothingLeft = "nothing_left"
    /// Nothing in the category `{category}`.
    case nothingInCategory = "nothing_in_category"
    /// No product with the feature `{feature}`.
    case nothingWithFeature = "nothing_with_feature"
    /// No product for a team of `{seats}`; the largest is for `{largest}`.
    case nothingForTeam = "nothing_for_team"
    /// Nothing under `{budget}`; the cheapest that otherwise fits is `{product}` at `{price}`.
    case nothingUnderBudget = "nothing_under_budget"
    /// A budget in a currency without a rate, `{currency}`, left out of the suggestions.
    case currencyUnsupported = "currency_unsupported"
    /// "Tell me more" without a product: `{products}` lists the catalog.
    case whichProduct = "which_product"
    /// A product described: `{product}`, `{price}`, `{seats}`, `{description}`, `{features}`.
    case details
    /// A product sold for any team size described: as `details`, without `{seats}`.
    case detailsAnyTeam = "details_any_team"
    /// "Compare" without two products: `{products}` names two for an example.
    case whichTwo = "which_two"
    /// The two prices compared: `{first}`, `{first_price}`, `{second}`, `{second_price}`.
    case comparePrices = "compare_prices"
    /// Features both have: `{features}`.
    case compareBoth = "compare_both"
    /// Features only one has: `{product}`, `{features}`.
    case compareOnly = "compare_only"
    /// Above a list of products that together do what no single one does.
    case togetherIntro = "together_intro"
    /// One line of that list: `{number}`, `{products}` (joined by `list_and`), `{price}` (their total), `{reason}`.
    case together
    /// "Growth + SMS, total per month?": what the products named cost together, `{products}`
    /// (joined by `list_and`), `{price}`.
    case total
    /// "Does Growth include SMS?" answered: every feature asked about is in `{product}`
    /// (`{features}`), none is, or some are (`{included}`, `{missing}`).
    case includesAll = "includes_all"
    case includesNone = "includes_none"
    case includesSome = "includes_some"
    /// After a no: the products that have the missing `{features}`, cheapest first, `{products}`
    /// (each with its price, joined by `list_or`).
    case includesElsewhere = "includes_elsewhere"
    /// "Do you do A/B testing?", asked of the brand, not of a product: the products that have
    /// every feature asked about, `{features}`, cheapest first, `{products}` (each with its
    /// price, joined by `list_or`).
    case offeredIn = "offered_in"
    /// "so growth yearly would be how much?": a product paid yearly (`yearly_discount` off),
    /// `{product}`, its monthly list `{price}`, the `{yearly}` total and what that is a
    /// `{monthly}`. Needed only with a `yearly_discount`.
    case yearlyPrice = "yearly_price"
    /// "how much is Growth for a charity?": `{product}` (one or several) with `{discount}` (its
    /// name) off: the monthly list `{price}` and the `{discounted}` monthly price. Needed
    /// only with `discounts`.
    case discountedPrice = "discounted_price"
    /// The same paid yearly as well ("nonprofit price of Growth per year?"): the discount,
    /// then `yearly_discount` off what is left; `{yearly}` a year and `{monthly}` a month.
    /// Needed only with both.
    case discountedYearlyPrice = "discounted_yearly_price"

    /// The placeholders the engine fills in this phrase, besides the bot's slots.
    public var placeholders: [String] {
        switch self {
        case .price: return ["amount"]
        case .suggestion: return ["number", "product", "price", "reason"]
        case .together: return ["number", "products", "price", "reason"]
        case .total: return ["products", "price"]
        case .cheaperIntro, .nothingLeft, .togetherIntro: return []
        case .moreButton: return ["product"]
        case .alreadyCheapest: return ["product", "price"]
        case .reasonBudget: return ["budget"]
        case .reasonTeam: return ["seats"]
        case .reasonIncludes, .compareBoth: return ["features"]
        case .reasonMadeFor: return ["tag"]
        case .nothingInCategory: return ["category"]
        case .nothingWithFeature: return ["feature"]
        case .nothingForTeam: return ["seats", "largest"]
        case .nothingUnderBudget: return ["budget", "product", "price"]
        case .currencyUnsupported: return ["currency"]
        case .whichProduct, .whichTwo: return ["products"]
        case .details: return ["product", "price", "seats", "description", "features"]
        case .detailsAnyTeam: return ["product", "price", "description", "features"]
        case .comparePrices: return ["first", "first_price", "second", "second_price"]
        case .compareOnly, .includesAll, .includesNone: return ["product", "features"]
        case .includesSome: return ["product", "included", "missing"]
        case .includesElsewhere, .offeredIn: return ["features", "products"]
        case .yearlyPrice: return ["product", "price", "yearly", "monthly"]
        case .discountedPrice: return ["product", "price", "discount", "discounted"]
        case .discountedYearlyPrice: return ["product", "price", "discount", "yearly", "monthly"]
        }
    }
}

/// The catalog's phrases (`catalog: messages:`), variations per key; an undefined phrase is
/// not said (`check` warns about each when the catalog has products).
///
///     messages[.price]   // ["{amount}/month"]
public struct CatalogMessages: Sendable, Codable {
    public var phrases: [CatalogMessage: [Template]]

    public init(phrases: [CatalogMessage: [Template]] = [:]) {
        self.phrases = phrases
    }

    public subscript(key: CatalogMessage) -> [Template] {
        get { phrases[key] ?? [] }
        set { phrases[key] = newValue }
    }
}

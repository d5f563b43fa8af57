import ConciergeBot
import ConciergeEntities
import ConciergeJSON
import Foundation

/// Product suggestions from the catalog: suggest, tell me more, compare, anything cheaper.
/// Every reply carries real prices and reasons, said in the catalog's phrases
/// (`catalog: messages:`, see DialogStep+CatalogWords); the state's own `say` introduces them.
extension DialogStep {
    var catalogMatch: CatalogMatch { machine.dialog.catalog.match }

    mutating func runProducts(_ action: ProductAction) {
        guard !machine.products.products.isEmpty else { return }
        switch action {
        case .suggest: suggestProducts()
        case .cheaper: suggestCheaper()
        case .details: describeProduct()
        case .compare: compareProducts()
        }
    }

    /// What the user typed; a click on an intent button says no need and names no product.
    var typedText: String { button == nil ? message : "" }

    /// What the user typed, kept as their need: e-mail addresses, phone numbers and the
    /// person's name replaced by `[email]` / `[phone]` / `[name]`, so a need never carries
    /// personal details past consent.
    var typedNeed: String {
        let text = typedText
        let name = understanding.personName.map { [(start: $0.start, end: $0.end, label: "name")] } ?? []
        return DialogStep.masking(text, contacts.map { (start: $0.start, end: $0.end, label: $0.entity) } + name)
    }

    /// The query from the slots: the need (this message when it says one), the budget per
    /// month in dollars, seats, category, features and owned products. `knowsNeed`: the
    /// need slot or this message says what the user needs ("suggest a product" does not).
    /// `currency`: a budget currency without a rate, left out of the query.
    mutating func productQuery(rememberNeed: Bool) -> (query: ProductQuery, currency: String?, knowsNeed: Bool) {
        let match = catalogMatch
        var query = ProductQuery()
        var unsupported: String?
        let said = typedText
        let saysNeed = machine.products.index.describesNeed(said)
        var knowsNeed = saysNeed
        if let slot = match.need {
            if rememberNeed, session.slots[slot] == nil, saysNeed { session.slots[slot] = .string(typedNeed) }
            let stored = session.slots[slot]?.displayText ?? ""
            // Sentences of their own: a negation in one ("no SMS") turns nothing down in the next.
            query.need = stored == said ? stored : stored + ". " + said
            knowsNeed = knowsNeed || !stored.isEmpty
        } else {
            query.need = said
        }
        if let slot = match.budget, let budget = session.slots[slot] {
            if let currency = Money.unsupportedCurrency(budget) {
                unsupported = currency
            } else if let monthly = Money.usdPerMonth(Money.isMoney(budget) ? budget
                        : .object(["amount": budget["amount"] ?? budget, "currency": "USD"])) {
                query.ceiling = monthly
                query.budgetText = price(monthly)
            }
        }
        if let slot = match.seats { query.seats = session.slots[slot]?.numeric }
        if let slot = match.category { query.category = session.slots[slot]?.displayText }
        if let slot = match.features, let value = session.slots[slot] {
            if case .array(let items) = value { query.features = items.map(\.displayText) } else { query.features = [value.displayText] }
        }
        query.excluded = owned.map(\.name)
        query.preference = understanding.productPreference
        return (query, unsupported, knowsNeed)
    }

    /// Products the website context says the user has (`match: owned:`), whatever their spelling.
    var owned: [Product] {
        guard let slot = catalogMatch.owned, let value = session.slots[slot] else { return [] }
        let names = if case .array(let items) = value { items.map(\.displayText) }
            else { value.displayText.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        return names.compactMap { name in product(named: name) ?? machine.products.named(in: name).first }
    }

    /// The plan the user is on (`match: plan:`), as a product of the catalog.
    var currentPlan: Product? {
        guard let slot = catalogMatch.plan, let value = session.slots[slot] else { return nil }
        return product(named: value.displayText) ?? machine.products.named(in: value.displayText).first
    }

    /// A request that says what it is for ("recommend something for newsletters") answers the
    /// need question of a form that leads to suggestions, before it is asked.
    mutating func takeNeedFromRequest(_ state: MachineState) {
        // Only a form that leads to suggestions: "can sales contact me?" opens the lead form
        // and says nothing about what the user needs.
        guard let need = catalogMatch.need, session.slots[need] == nil, let form = state.form,
              form.fields.contains(where: { $0.slot == need }),
              form.done.flatMap({ machine.states[$0] })?.products != nil,
              machine.products.index.describesNeed(typedText) else { return }
        let value = JSONValue.string(typedNeed)
        session.slots[need] = value
        actions.append(.setSlot(need, value))
    }

    /// Suggests what fits; when nothing narrows the catalog yet, asks what the user needs
    /// instead of listing products in catalog order ("the cheapest" narrows: it orders by price).
    mutating func suggestProducts() {
        let (query, currency, knowsNeed) = productQuery(rememberNeed: true)
        let askNeed = machine.dialog.catalog.askNeed
        if !knowsNeed, query.narrowsNothing, !askNeed.isEmpty {
            say(.catalog, askNeed)
            return
        }
        present(query, unsupportedCurrency: currency, cheaperThan: nil)
    }

    /// "Anything cheaper?": strictly cheaper than the product the message names ("than Growth"),
    /// else than the cheapest suggestion shown, else than what the user is on or has; never one
    /// of those, and still doing what the user needs. Cheapest first. A suggestion shown before
    /// the user said more ("we're 6, not 2") that no longer fits is no reference: what fits now is.
    mutating func suggestCheaper() {
        var (query, currency, _) = productQuery(rememberNeed: false)
        var named = machine.products.named(in: typedText)
        // "the cheapest way to send SMS" names SMS as what to do, not as a product to undercut
        // ("cheaper than SMS"): a name that is also a feature counts as the feature.
        var asked = featuresAsked(in: typedText) ?? []
        if !understanding.comparesWithNamed {
            for product in named {
                let features = machine.products.index.wantedFeatures(Array(ProductIndex.terms(product.name).dropFirst()))
                guard !features.isEmpty else { continue }
                asked += features.compactMap { feature in product.features.first { $0.lowercased() == feature } }
                named.removeAll { $0 == product }
            }
        }
        let shown = shownSuggestions
        let current = owned + (currentPlan.map { [$0] } ?? [])
        var reference = named.first.map { [$0] } ?? shown.min { total($0) < total($1) }
            ?? current.max { $0.monthlyPrice < $1.monthlyPrice }.map { [$0] }
        // "what's the cheapest way to send SMS?" asks for those features, cheapest first: what
        // was shown for another need is no reference.
        if !asked.isEmpty {
            query.features += asked
            let wanted = Set(asked.map { $0.lowercased() })
            if let known = reference, !known.contains(where: { wanted.isSubset(of: Set($0.features.map { $0.lowercased() })) }) {
                reference = nil
            }
        }
        let fits = reference.map { fitsTeamAndBudget($0, query) } ?? false
        query.excluded += (named + current).map(\.name)
        query.preference = .lowestPrice
        if let shownReference = reference, !fits, named.isEmpty, shown.contains(shownReference) {
            reference = nil
        } else {
            query.excluded += shown.flatMap { $0 }.map(\.name)
        }
        if let reference {
            query.ceiling = min(query.ceiling ?? .infinity, total(reference) - 0.01)
            // The need stays what the user asked for; the reference only ranks (something like
            // it, for less), and its name is no wish ("Growth" is not a wish for growth teams).
            let rest = ProductMatcher.removingNames(of: named, from: typedText)
            let need = catalogMatch.need.flatMap { session.slots[$0]?.displayText } ?? ""
            query.need = machine.products.index.describesNeed(rest) ? need + ". " + rest : need
            query.like = reference.flatMap { $0.features + $0.tags }.joined(separator: " ")
        }
        // "X is already the most affordable that fits" is only said of what does fit.
        present(query, unsupportedCurrency: currency, cheaperThan: fits ? reference.map { [$0] + shown } : nil,
                cheaper: reference != nil)
    }

    /// Whether products are sold for the user's team and cost no more than the budget together.
    func fitsTeamAndBudget(_ products: [Product], _ query: ProductQuery) -> Bool {
        products.allSatisfy { $0.isSold(forTeamOf: query.seats) } && total(products) <= (query.ceiling ?? .infinity)
    }

    /// The suggestions shown last: one product each, or several together (`session.suggested`
    /// holds their names joined by " + ").
    var shownSuggestions: [[Product]] {
        (session.suggested ?? []).map { entry in entry.components(separatedBy: ProductSuggestion.separator).compactMap(product(named:)) }
            .filter { !$0.isEmpty }
    }

    func total(_ products: [Product]) -> Double { products.reduce(0) { $0 + $1.monthlyPrice } }

    /// Says the suggestions for `query`, or why there are none. `cheaperThan`: the suggestions
    /// the user wants something cheaper than (the reference first), which still fit; `cheaper`:
    /// the list is of cheaper products.
    mutating func present(_ query: ProductQuery, unsupportedCurrency: String?, cheaperThan known: [[Product]]?,
                          cheaper: Bool = false) {
        if let unsupportedCurrency { sayCatalog(.currencyUnsupported, ["currency": unsupportedCurrency]) }
        switch machine.products.suggest(query, count: catalogMatch.count) {
        case .found(let suggestions):
            var parts: [(key: CatalogMessage, arguments: [String: String])] = []
            if known != nil || cheaper {
                parts.append((.cheaperIntro, [:]))
            } else if suggestions.allSatisfy({ $0.products.count > 1 }) {
                parts.append((.togetherIntro, [:]))
            }
            for (index, suggestion) in suggestions.enumerated() {
                var arguments = ["number": String(index + 1), "price": price(suggestion.monthlyPrice),
                                 "reason": reasonText(suggestion.reasons)]
                if suggestion.products.count == 1 {
                    arguments["product"] = suggestion.product.name
                    parts.append((.suggestion, arguments))
                } else {
                    arguments["products"] = list(suggestion.products.map(\.name))
                    parts.append((.together, arguments))
                }
            }
            var names: [String] = []
            for name in suggestions.flatMap({ $0.products.map(\.name) }) where !names.contains(name) { names.append(name) }
            let buttons = names.prefix(2).compactMap { name in
                catalogText(.moreButton, ["product": name]).map { Button(label: $0, payload: $0) }
            }
            sayCatalog(parts, separator: "\n", buttons: buttons)
            session.suggested = suggestions.map { $0.products.map(\.name).joined(separator: ProductSuggestion.separator) }
            events.append(.productsSuggested(products: names))
        case .nothing(let why):
            if let cheapest = known?.min(by: { total($0) < total($1) }) {
                sayCatalog(.alreadyCheapest, ["product": list(cheapest.map(\.name)), "price": price(total(cheapest))])
            } else {
                sayNothing(why)
                // What comes closest is what "tell me more" or "anything cheaper?" is about next.
                if case .noneUnderBudget(_, let cheapest) = why {
                    session.suggested = [cheapest.map(\.name).joined(separator: ProductSuggestion.separator)]
                }
            }
        }
    }

    /// "is the CRM sync 2-way?" in the middle of a form: the catalog's answer about a product
    /// (its details, a comparison) is said and the form's question follows, rather than the
    /// form left for a final state with no way back. False for any other target.
    mutating func answerProductInForm(goingTo target: String) -> Bool {
        guard session.form != nil, let state = machine.states[target], state.definition.final,
              let action = state.products, action == .details || action == .compare,
              state.form == nil, state.lead == nil, !state.handoff, !state.withdrawConsent else { return false }
        say(.state(target), state.say, buttons: buttons(state.buttons))
        runProducts(action)
        reaskPendingQuestion()
        return true
    }

    mutating func describeProduct() {
        if answerInclusion() { return }
        let priced = productsPriceAsked(in: typedText)
        // "how much would Pages be for us then", from a nonprofit: their price.
        if let priced, let discount = namedDiscount?.discount ?? qualifiedDiscount, sayDiscountedPrice(of: priced, discount) {
            return
        }
        if let priced, priced.count >= 2, understanding.asksYearlyPrice, sayYearlyPrice(of: priced) { return }
        if let priced, sayTotal(of: priced) { return }
        // The product whose price is asked, else the one named, else the one that does what the
        // message asks about ("do you have sms?"), else the best match shown.
        let shown = shownSuggestions.flatMap { $0 }
        guard let product = priced.flatMap({ $0.count == 1 ? $0.first : nil })
                ?? machine.products.asked(in: typedText, shown: shown.map(\.name))
                ?? machine.products.bestMatch(for: typedText) ?? shown.first else {
            sayCatalog(.whichProduct, ["products": list(machine.products.products.map(\.name))])
            return
        }
        if understanding.asksYearlyPrice, sayYearlyPrice(of: [product]) { return }
        var arguments = ["product": product.name, "price": price(product.monthlyPrice), "description": product.description,
                         "features": list(product.features)]
        if let seats = product.seats {
            arguments["seats"] = String(Int(seats))
            sayCatalog(.details, arguments)
        } else {
            sayCatalog(.detailsAnyTeam, arguments)
        }
        notePriced([product])
    }

    mutating func compareProducts() {
        var pair = machine.products.named(in: message)
        for product in shownSuggestions.flatMap({ $0 }) where pair.count < 2 && !pair.contains(product) {
            pair.append(product)
        }
        guard pair.count >= 2 else {
            sayCatalog(.whichTwo, ["products": list(machine.products.products.prefix(2).map(\.name))])
            return
        }
        let (first, second) = (pair[0], pair[1])
        let shared = first.features.filter { feature in second.features.contains { $0.lowercased() == feature.lowercased() } }
        let onlyFirst = first.features.filter { !shared.contains($0) }
        let onlySecond = second.features.filter { feature in !first.features.contains { $0.lowercased() == feature.lowercased() } }
        var parts: [(key: CatalogMessage, arguments: [String: String])] = [(.comparePrices, [
            "first": first.name, "first_price": price(first.monthlyPrice),
            "second": second.name, "second_price": price(second.monthlyPrice),
        ])]
        if !shared.isEmpty { parts.append((.compareBoth, ["features": list(Array(shared.prefix(3)))])) }
        if !onlyFirst.isEmpty { parts.append((.compareOnly, ["product": first.name, "features": list(Array(onlyFirst.prefix(3)))])) }
        if !onlySecond.isEmpty {
            parts.append((.compareOnly, ["product": second.name, "features": list(Array(onlySecond.prefix(3)))]))
        }
        sayCatalog(parts)
    }

    func product(named name: String) -> Product? {
        machine.products.products.first { $0.name.lowercased() == name.lowercased() }
    }
}

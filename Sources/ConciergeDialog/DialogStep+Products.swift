import ConciergeBot
import ConciergeEntities
import Foundation

/// Product suggestions from the catalog: suggest, tell me more, compare, anything cheaper.
/// The texts are written here so every reply carries real prices and reasons; the state's
/// own `say` introduces them.
extension DialogStep {
    var catalogMatch: CatalogMatch { machine.dialog.catalog.match }

    mutating func runProducts(_ action: ProductAction) {
        guard !machine.products.products.isEmpty else { return }
        switch action {
        case .suggest: suggestProducts(cheaperThan: nil)
        case .cheaper:
            // Cheaper than the best match shown, which is what "anything cheaper?" is about.
            suggestProducts(cheaperThan: session.suggested?.first.flatMap(product(named:))?.monthlyPrice)
        case .details: describeProduct()
        case .compare: compareProducts()
        }
    }

    /// The query from the slots: the need (the message itself when none is known yet),
    /// the budget per month in dollars, seats, category, features and owned products.
    mutating func productQuery() -> (query: ProductQuery, note: String?) {
        let match = catalogMatch
        var query = ProductQuery()
        var note: String?
        if let slot = match.need {
            if session.slots[slot] == nil, button == nil, message.contains(where: \.isLetter) {
                session.slots[slot] = .string(message)
            }
            let stored = session.slots[slot]?.displayText ?? ""
            query.need = stored == message ? stored : stored + " " + message
        } else {
            query.need = message
        }
        if let slot = match.budget, let budget = session.slots[slot] {
            if let currency = Money.unsupportedCurrency(budget) {
                note = "I can only compare budgets in US dollars, euros, pounds, Canadian or Australian dollars, "
                    + "so I've left your \(currency) budget out — prices below are in US dollars."
            } else if let monthly = Money.usdPerMonth(Money.isMoney(budget) ? budget
                        : .object(["amount": budget["amount"] ?? budget, "currency": "USD"])) {
                query.ceiling = monthly
                query.budgetText = Money.monthly(monthly)
            }
        }
        if let slot = match.seats { query.seats = session.slots[slot]?.numeric }
        if let slot = match.category { query.category = session.slots[slot]?.displayText }
        if let slot = match.features, let value = session.slots[slot] {
            if case .array(let items) = value { query.features = items.map(\.displayText) } else { query.features = [value.displayText] }
        }
        if let slot = match.owned, let value = session.slots[slot] {
            if case .array(let items) = value {
                query.excluded = items.map(\.displayText)
            } else {
                query.excluded = value.displayText.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
        return (query, note)
    }

    mutating func suggestProducts(cheaperThan limit: Double?) {
        var (query, note) = productQuery()
        if let limit {
            query.ceiling = min(query.ceiling ?? .infinity, limit - 0.01)
            query.excluded += session.suggested ?? []
        }
        if let note { messages.append(BotMessage(text: note)) }
        switch machine.products.suggest(query, count: catalogMatch.count) {
        case .found(let suggestions):
            let lines = suggestions.enumerated().map { index, suggestion in
                "\(index + 1). \(suggestion.product.name) (\(Money.monthly(suggestion.product.monthlyPrice))) — \(suggestion.reason)"
            }
            let intro = limit == nil ? "" : "A bit cheaper:\n"
            messages.append(BotMessage(text: intro + lines.joined(separator: "\n"), buttons: suggestions.prefix(2).map {
                Button(label: "Tell me more about \($0.product.name)", payload: "Tell me more about \($0.product.name)")
            }))
            session.suggested = suggestions.map(\.product.name)
            events.append(.productsSuggested(products: suggestions.map(\.product.name)))
        case .nothing(let why):
            if limit != nil, let cheapest = (session.suggested ?? []).compactMap(product(named:)).min(by: { $0.monthlyPrice < $1.monthlyPrice }) {
                messages.append(BotMessage(text: "\(cheapest.name) at \(Money.monthly(cheapest.monthlyPrice)) is already the "
                    + "most affordable option that fits what you told me."))
            } else {
                messages.append(BotMessage(text: why))
            }
        }
    }

    mutating func describeProduct() {
        guard let product = machine.products.named(in: message).first ?? session.suggested?.first.flatMap(product(named:)) else {
            messages.append(BotMessage(text: "Which product would you like to know more about? We have "
                + ProductMatcher.list(machine.products.products.map(\.name)) + "."))
            return
        }
        let seats = product.seats.map { " for teams of up to \(Int($0))" } ?? ""
        messages.append(BotMessage(text: "\(product.name) costs \(Money.monthly(product.monthlyPrice))\(seats). "
            + "\(product.description) It includes \(ProductMatcher.list(product.features))."))
    }

    mutating func compareProducts() {
        var pair = machine.products.named(in: message)
        for name in session.suggested ?? [] where pair.count < 2 {
            if let product = product(named: name), !pair.contains(product) { pair.append(product) }
        }
        guard pair.count >= 2 else {
            messages.append(BotMessage(text: "Which two products should I compare? For example: compare "
                + ProductMatcher.list(machine.products.products.prefix(2).map(\.name))))
            return
        }
        let (first, second) = (pair[0], pair[1])
        let shared = first.features.filter { feature in second.features.contains { $0.lowercased() == feature.lowercased() } }
        let onlyFirst = first.features.filter { !shared.contains($0) }
        let onlySecond = second.features.filter { feature in !first.features.contains { $0.lowercased() == feature.lowercased() } }
        var lines = ["\(first.name) is \(Money.monthly(first.monthlyPrice)); \(second.name) is \(Money.monthly(second.monthlyPrice))."]
        if !shared.isEmpty { lines.append("Both include \(ProductMatcher.list(Array(shared.prefix(3))))." ) }
        if !onlyFirst.isEmpty { lines.append("Only \(first.name) has \(ProductMatcher.list(Array(onlyFirst.prefix(3))))." ) }
        if !onlySecond.isEmpty { lines.append("Only \(second.name) has \(ProductMatcher.list(Array(onlySecond.prefix(3))))." ) }
        messages.append(BotMessage(text: lines.joined(separator: " ")))
    }

    func product(named name: String) -> Product? {
        machine.products.products.first { $0.name.lowercased() == name.lowercased() }
    }
}

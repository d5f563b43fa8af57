import ConciergeBot
import ConciergeEntities
import Foundation

/// Product replies in the catalog's words (`catalog: messages:`): prices, reasons, why nothing
/// fits. A phrase the bot leaves undefined is left out (`check` warns about it).
///
///     step.price(29)                                          // "$29/month" with `price: "{amount}/month"`
///     step.sayCatalog([(.comparePrices, args), (.compareBoth, ["features": "email campaigns"])])
extension DialogStep {
    var catalogMessages: CatalogMessages { machine.dialog.catalog.messages }

    /// One variation of a catalog phrase, filled; nil when the bot does not define it.
    mutating func catalogText(_ key: CatalogMessage, _ arguments: [String: String] = [:]) -> String? {
        render(catalogMessages[key], arguments)
    }

    /// A price in US dollars per month ("$29/month"); the amount alone without a `price` phrase.
    mutating func price(_ usd: Double) -> String {
        let amount = Money.format(usd, currency: "USD")
        return catalogText(.price, ["amount": amount]) ?? amount
    }

    /// Says catalog phrases as one message, joined by `separator`, and records each as said.
    mutating func sayCatalog(_ parts: [(key: CatalogMessage, arguments: [String: String])], separator: String = " ",
                             buttons: [Button] = []) {
        var texts: [String] = []
        for part in parts {
            guard let text = catalogText(part.key, part.arguments) else { continue }
            texts.append(text)
            actions.append(.say(.catalogMessage(part.key), arguments: part.arguments))
        }
        guard !texts.isEmpty || !buttons.isEmpty else { return }
        messages.append(BotMessage(text: texts.joined(separator: separator), buttons: buttons))
    }

    mutating func sayCatalog(_ key: CatalogMessage, _ arguments: [String: String] = [:]) {
        sayCatalog([(key, arguments)])
    }

    /// Why a product is suggested, its reasons joined by "; ".
    mutating func reasonText(_ reasons: [SuggestionReason]) -> String {
        reasons.compactMap { reason -> String? in
            switch reason {
            case .withinBudget(let budget): return catalogText(.reasonBudget, ["budget": budget])
            case .coversTeam(let seats): return catalogText(.reasonTeam, ["seats": String(seats)])
            case .includes(let features): return catalogText(.reasonIncludes, ["features": list(features)])
            case .madeFor(let tag): return catalogText(.reasonMadeFor, ["tag": tag])
            }
        }.joined(separator: "; ")
    }

    /// Says why nothing is suggested.
    mutating func sayNothing(_ why: NoSuggestion) {
        switch why {
        case .nothingLeft: sayCatalog(.nothingLeft)
        case .noneInCategory(let category): sayCatalog(.nothingInCategory, ["category": category])
        case .noneWithFeature(let feature): sayCatalog(.nothingWithFeature, ["feature": feature])
        case .noneForTeam(let seats, let largest):
            // "…so our sales team would put together a custom plan": the way to them is a button.
            sayCatalog([(.nothingForTeam, ["seats": String(seats), "largest": String(largest)])], separator: " ",
                       buttons: contactRequestButtons + humanButtons)
        case .noneUnderBudget(let ceiling, let cheapest):
            sayCatalog(.nothingUnderBudget, ["budget": price(ceiling), "product": list(cheapest.map(\.name)),
                                             "price": price(total(cheapest))])
        }
    }
}

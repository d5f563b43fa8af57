import ConciergeBot

/// Checks on what the bot shows people, run with `BotLints` by `concierge check`:
///
/// - every intent the dialog could offer as a button (in "did you mean" or the fallback's
///   suggestions) has a label its author wrote, under `settings: labels:` or as its FAQ
///   entry's `title` — the engine never offers an intent under its internal name. A label
///   `""` keeps an intent off buttons on purpose (`greet: ""`);
/// - every price an FAQ answer or a state's message quotes (`$29`) is the monthly (or
///   yearly, 12 ×) price of a product or plan of the catalog, so the answers and the product
///   suggestions never contradict each other.
///
///     var diagnostics = DiagnosticCollector()
///     ContentLints.run(bot, dialog: dialog, &diagnostics)
///     // dialogs/faq.yml:9:13: warning: this message quotes $19, but no product or plan of the catalog costs $19 …
enum ContentLints {
    static func run(_ bot: BotDefinition, dialog: DialogDefinition, _ diagnostics: inout DiagnosticCollector) {
        checkLabels(bot, dialog: dialog, &diagnostics)
        checkPrices(dialog, &diagnostics)
    }

    // MARK: Labels

    /// Intents the dialog handles can be offered: any two of them in "did you mean", and
    /// any but the one that asks for a person in the fallback's suggestions (that one has
    /// its own button, `human_button`).
    private static func checkLabels(_ bot: BotDefinition, dialog: DialogDefinition, _ diagnostics: inout DiagnosticCollector) {
        let handled = Set(dialog.globals.map(\.intent) + dialog.states.flatMap { $0.on.map(\.intent) } + dialog.faq.map(\.intent))
        let human = Set(dialog.globals.filter { transition in
            transition.condition == nil && dialog.states.contains { $0.name == transition.target && $0.handoff }
        }.map(\.intent))
        let offerable = bot.intents.filter { intent in
            handled.contains(intent.name) && (handled.count >= 2 || !human.contains(intent.name))
        }
        for intent in offerable where dialog.settings.labels[intent.name] == nil {
            if dialog.faq.contains(where: { $0.intent == intent.name && hasWrittenTitle($0, bot: bot) }) { continue }
            diagnostics.emit(.unlabeledIntent(intent.name), at: intent.location)
        }
    }

    /// The loader gives an FAQ entry without a `title` its id or its first question as title;
    /// neither is a label an author chose for a button.
    static func hasWrittenTitle(_ entry: FAQEntry, bot: BotDefinition) -> Bool {
        let firstQuestion = bot.intents.first { $0.name == entry.intent }?.examples.first?.text
        return !entry.title.isEmpty && entry.title != entry.id && entry.title != firstQuestion
    }

    // MARK: Prices

    /// Prices in FAQ answers (their follow-ups' too) and states' messages against the catalog's monthly prices
    /// (and their yearly totals). A bot without a catalog quotes what it likes.
    private static func checkPrices(_ dialog: DialogDefinition, _ diagnostics: inout DiagnosticCollector) {
        let products = dialog.catalog.products
        guard !products.isEmpty else { return }
        let known = Set(products.flatMap { [cents($0.monthlyPrice), cents($0.monthlyPrice * 12)] })
        let messages = dialog.faq.flatMap { entry in
            entry.answer.map { ($0, entry.location) } + entry.followUps.flatMap { $0.answer.map { ($0, entry.location) } }
        }
            + dialog.states.flatMap { state in state.say.map { ($0, state.location) } }
        for (template, owner) in messages {
            for price in quotedPrices(in: template.source) where !known.contains(cents(price)) {
                diagnostics.emit(.unknownPrice(amountText(price)), at: template.location ?? owner)
            }
        }
    }

    private static func cents(_ amount: Double) -> Int { Int((amount * 100).rounded()) }

    /// An amount as people write prices: "19", "19.50".
    private static func amountText(_ amount: Double) -> String {
        let total = cents(amount)
        let fraction = total % 100
        return fraction == 0 ? "\(total / 100)" : "\(total / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// The amounts written with a dollar sign: `$19`, `$1,299`, `$29.50`, `$5k` (5000).
    ///
    ///     ContentLints.quotedPrices(in: "Starter at $29 a month, Enterprise from $1.2k")   // [29, 1200]
    static func quotedPrices(in text: String) -> [Double] {
        let characters = Array(text)
        var prices: [Double] = []
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard characters[index] == "$" else { continue }
            var digits = ""
            var next = index + 1
            while next < characters.count {
                let character = characters[next]
                if character.isASCII, character.isNumber {
                    digits.append(character)
                } else if character == "," || character == ".", next + 1 < characters.count,
                          characters[next + 1].isASCII, characters[next + 1].isNumber, !digits.isEmpty {
                    // A thousands separator is left out; a decimal point stays.
                    if character == "." { digits.append(".") }
                } else {
                    break
                }
                next += 1
            }
            guard var amount = Double(digits) else { continue }
            if next < characters.count, characters[next] == "k" || characters[next] == "K",
               next + 1 >= characters.count || !characters[next + 1].isLetter {
                amount *= 1000
            }
            prices.append(amount)
            index = next - 1
        }
        return prices
    }
}

extension LoaderMessage {
    static func unlabeledIntent(_ name: String) -> LoaderMessage {
        .warning("intent '\(name)' can be offered as a button (\"did you mean\", fallback suggestions) but has no label "
            + "under 'settings: labels:' nor an FAQ title, so it is never offered; write a label, or '\(name): \"\"' "
            + "to keep it off buttons on purpose")
    }
    static func unknownPrice(_ amount: String) -> LoaderMessage {
        .warning("this message quotes $\(amount), but no product or plan of the catalog costs $\(amount) a month "
            + "(or a year); make the message and 'catalog:' agree")
    }
}

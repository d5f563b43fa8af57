@testable import ConciergeLoader
import ConciergeBot
import Foundation
import Testing

/// The repository root, found from this file's path (Tests/ConciergeBotTests/…).
private let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

@Test func starterBotLoadsWithoutDiagnostics() throws {
    let result = BotLoader().load(directory: repositoryRoot)
    #expect(result.diagnostics.map(\.description) == [])
    let bot = try #require(result.definition)
    #expect(bot.settings.name == "brightwave")
    #expect(bot.settings.fallbackThreshold == 0.3)
    let names = Set(bot.intents.map(\.name))
    #expect(names == [
        "greet", "goodbye", "thanks", "decline", "help", "bot_challenge", "acknowledge",
        "pricing", "free_trial", "talk_to_human", "book_demo", "product_info", "restart", "contact_sales",
        "recommend_products", "product_details", "compare_products", "cheaper_options", "withdraw_consent", "back_to_bot",
        // Recognised by patterns alone (FAQ entries of dialogs/faq.yml, request_status in intents/sales.yml).
        "faq/jobs", "faq/press", "faq/partners", "faq/contact_limits", "faq/documentation", "faq/phishing", "faq/vendors",
        "faq/hipaa", "faq/demo_language", "faq/email_source", "request_status",
        // FAQ entries with their own questions (dialogs/faq.yml) train as intents too.
        "faq/integrations", "faq/support_hours", "faq/data_privacy", "faq/why_email", "faq/cancel",
        "faq/api", "faq/security", "faq/data_retention", "faq/onboarding", "faq/migration", "faq/refunds",
        "faq/invoices", "faq/sso", "faq/uptime", "faq/data_export", "faq/languages", "faq/mobile_app", "faq/scheduled_campaigns",
        "faq/discounts", "faq/account_deletion", "faq/signup", "faq/free_plan", "faq/billing_period",
        "faq/unsubscribe", "faq/login_help", "faq/demo", "faq/competitors", "faq/sms_countries",
        "faq/contact", "faq/technical_problem",
        "faq/other_channels", "faq/plan_change", "faq/combine_products", "faq/team_limits", "faq/currency",
        "faq/this_chat", "faq/earlier_chat", "faq/cookies", "faq/widget_install", "faq/deliverability",
        "faq/two_factor", "faq/api_errors", "faq/demo_reschedule",
    ])
    #expect(names.count >= 30)
    for intent in bot.intents where !intent.examples.isEmpty || intent.patterns.isEmpty {
        // Enough to learn from, and no intent swamping the rest (product_info is the largest, at about 110).
        #expect((20...150).contains(intent.examples.count), "\(intent.name) has \(intent.examples.count) examples")
    }
    #expect((bot.dialog?.faq.count ?? 0) >= 20)
    #expect((bot.dialog?.catalog.products.count ?? 0) >= 12)
    #expect(bot.entities.map(\.name) == ["plan", "demo_language"])
    #expect(bot.slots.first { $0.name == "company" }?.entity == nil)
    #expect(bot.slots.first { $0.name == "team_size" }?.entity == "number")
}

@Test func starterBotPatternRoutesHumanRequests() throws {
    let bot = try #require(BotLoader().load(directory: repositoryRoot).definition)
    let human = try #require(bot.intents.first { $0.name == "talk_to_human" })
    let words = "talk to a human please".split(separator: " ").map(String.init)
    #expect(human.patterns.contains { $0.matches(words) })
}

@Test func documentedCompleteExampleLoadsCleanly() throws {
    let docs = try String(contentsOfFile: repositoryRoot + "/docs/intent-files.md", encoding: .utf8)
    // The first two YAML blocks are the complete example's two files.
    let blocks = docs.components(separatedBy: "```yaml\n").dropFirst().prefix(2).map {
        $0.components(separatedBy: "```").first ?? ""
    }
    #expect(blocks.count == 2)
    let result = BotLoader().load(files: blocks.enumerated().map { (path: "intents/\($0.offset).yml", contents: $0.element) })
    #expect(result.diagnostics.map(\.description) == [])
    let bot = try #require(result.definition)
    #expect(bot.intents.map(\.name) == ["pricing", "greet"])
    #expect(bot.intents[0].examples[3].annotations.first?.slot == "company")
}

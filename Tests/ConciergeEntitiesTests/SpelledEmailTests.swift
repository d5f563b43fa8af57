import Testing

@testable import ConciergeEntities

/// E-mail addresses spelled out in words, and the prose around "at" that must stay prose.
@Suite struct SpelledEmailTests {
    static let emails: [Expect] = [
        Expect("alice at example dot io", .email, "alice@example.io", "alice at example dot io"),
        Expect("write to alice at example dot io please", .email, "alice@example.io", "alice at example dot io"),
        Expect("john dot smith at gmail dot com", .email, "john.smith@gmail.com", "john dot smith at gmail dot com"),
        Expect("ana (at) acme (dot) com", .email, "ana@acme.com", "ana (at) acme (dot) com"),
        Expect("ana(at)acme(dot)com", .email, "ana@acme.com", "ana(at)acme(dot)com"),
        Expect("ana[at]acme.com", .email, "ana@acme.com", "ana[at]acme.com"),
        Expect("ana [at] acme [dot] com", .email, "ana@acme.com", "ana [at] acme [dot] com"),
        Expect("ana [at] acme.com", .email, "ana@acme.com", "ana [at] acme.com"),
        Expect("alice at exAmple.io", .email, "alice@example.io", "alice at exAmple.io"),
        Expect("yo+yo at blah.org", .email, "yo+yo@blah.org", "yo+yo at blah.org"),
        Expect("1234+abc at x.net", .email, "1234+abc@x.net", "1234+abc at x.net"),
        Expect("jean-jacques at stuff.co.uk", .email, "jean-jacques@stuff.co.uk", "jean-jacques at stuff.co.uk"),
        Expect("bob @ acme.com", .email, "bob@acme.com", "bob @ acme.com"),
        Expect("Bob at ACME dot COM", .email, "bob@acme.com", "Bob at ACME dot COM"),
        Expect("sales at acme dot co dot uk", .email, "sales@acme.co.uk", "sales at acme dot co dot uk"),
        Expect("first dot last at mail dot example dot org", .email, "first.last@mail.example.org",
               "first dot last at mail dot example dot org"),
        Expect("j_smith at corp dot net", .email, "j_smith@corp.net", "j_smith at corp dot net"),
        Expect("j underscore smith at corp dot net", .email, "j_smith@corp.net", "j underscore smith at corp dot net"),
        Expect("bob99 at gmail dot com", .email, "bob99@gmail.com", "bob99 at gmail dot com"),
        Expect("my email is info at acme dot io", .email, "info@acme.io", "info at acme dot io"),
        Expect("email: hello at startup dot ai", .email, "hello@startup.ai", "hello at startup dot ai"),
        Expect("(ana at acme dot com)", .email, "ana@acme.com", "ana at acme dot com"),
        Expect("contact maria at my-company dot de", .email, "maria@my-company.de", "maria at my-company dot de"),
        Expect("support at help dot acme dot com.", .email, "support@help.acme.com", "support at help dot acme dot com"),
        Expect("ana.b at acme dot com", .email, "ana.b@acme.com", "ana.b at acme dot com"),
        Expect("tom at 500px dot com", .email, "tom@500px.com", "tom at 500px dot com"),
        Expect("reach kim at kim dot dev", .email, "kim@kim.dev", "kim at kim dot dev"),
        Expect("x at y dot io", .email, "x@y.io", "x at y dot io"),
    ]

    static let misses: [Miss] = [
        Miss("prices at store.com are too high", .email),
        Miss("the best deals at shop.io this week", .email),
        Miss("we list our courses at academy.org", .email),
        Miss("meet at the office", .email),
        Miss("meet me at noon", .email),
        Miss("I work at acme.com", .email),
        Miss("reach me at acme dot com", .email),
        Miss("we are at home dot com", .email),
        Miss("see docs at docs.acme.dev", .email),
        Miss("look at this dot", .email),
        Miss("at dot at dot at dot", .email),
        Miss("ana at acme", .email),
        Miss("ana at acme dot", .email),
        Miss("ana at acme dot xyzzy", .email),
        Miss("ana at acme dot txt", .email),
        Miss("dot at dot", .email),
        Miss("the dot at the end", .email),
        Miss("I'm at acme dot com", .email),
        Miss("available at example dot com", .email),
        Miss("we met at 3pm", .email),
        Miss("at", .email),
        Miss("ana (at) acme", .email),
        Miss("ana @ 6", .email),
        Miss("hey@you", .email),
        Miss("team at acme dot com", .email),
        Miss("we sell at amazon.com", .email),
        Miss("see docs at docs.acme.com", .email),
    ]

    @Test(arguments: emails) func email(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }
}

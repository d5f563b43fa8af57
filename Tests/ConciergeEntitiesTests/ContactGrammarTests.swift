import Testing

@testable import ConciergeEntities

@Suite struct ContactGrammarTests {
    static let emails: [Expect] = [
        Expect("mail Ana@Example.com", .email, "ana@example.com", "Ana@Example.com"),
        Expect("ana.smith+promo@acme.co.uk thanks", .email, "ana.smith+promo@acme.co.uk", "ana.smith+promo@acme.co.uk"),
        Expect("reach me at bob_99@mail.example.org.", .email, "bob_99@mail.example.org", "bob_99@mail.example.org"),
        Expect("<x@y.io>", .email, "x@y.io", "x@y.io"),
        Expect("email: JOHN@ACME.COM", .email, "john@acme.com", "JOHN@ACME.COM"),
        Expect("a-b@c-d.com", .email, "a-b@c-d.com", "a-b@c-d.com"),
        Expect("é ana@acme.com ü", .email, "ana@acme.com", "ana@acme.com"),
        Expect("contact: sales555@acme.com", .email, "sales555@acme.com", "sales555@acme.com"),
    ]

    static let urls: [Expect] = [
        Expect("see https://acme.com/pricing", .url, "https://acme.com/pricing", "https://acme.com/pricing"),
        Expect("see http://acme.com.", .url, "http://acme.com", "http://acme.com"),
        Expect("visit www.acme.com please", .url, "www.acme.com", "www.acme.com", at: 6),
        Expect("visit acme.com", .url, "acme.com", "acme.com"),
        Expect("on acme.co.uk", .url, "acme.co.uk", "acme.co.uk"),
        Expect("try x.io", .url, "x.io", "x.io"),
        Expect("go to Acme.COM/Signup?ref=1 now", .url, "Acme.COM/Signup?ref=1", "Acme.COM/Signup?ref=1"),
        Expect("(see acme.io)", .url, "acme.io", "acme.io"),
        Expect("https://example.net/a/b#c", .url, "https://example.net/a/b#c", "https://example.net/a/b#c"),
        Expect("docs at docs.acme.dev, ok", .url, "docs.acme.dev", "docs.acme.dev"),
        Expect("https://example.museum", .url, "https://example.museum", "https://example.museum"),
        Expect("https://myserver?foo=bar", .url, "https://myserver?foo=bar", "https://myserver?foo=bar"),
        Expect("localhost:8000", .url, "localhost:8000", "localhost:8000"),
        Expect("run it on localhost", .url, "localhost", "localhost"),
        Expect("open localhost:3000/admin", .url, "localhost:3000/admin", "localhost:3000/admin"),
        Expect("http://localhost:3000/path", .url, "http://localhost:3000/path", "http://localhost:3000/path"),
        Expect("example.com:8080", .url, "example.com:8080", "example.com:8080"),
        Expect("sub.domain.io/path?q=1#frag", .url, "sub.domain.io/path?q=1#frag", "sub.domain.io/path?q=1#frag"),
        Expect("127.0.0.1:8080", .url, "127.0.0.1:8080", "127.0.0.1:8080"),
        Expect("http://192.168.0.1/admin", .url, "http://192.168.0.1/admin", "http://192.168.0.1/admin"),
        Expect("hit 10.0.0.12:5432 directly", .url, "10.0.0.12:5432", "10.0.0.12:5432"),
        Expect("http://kimchi", .url, "http://kimchi", "http://kimchi"),
        Expect("www.bla.com:8080/path", .url, "www.bla.com:8080/path", "www.bla.com:8080/path"),
        Expect("https://500px.com:443/about", .url, "https://500px.com:443/about", "https://500px.com:443/about"),
        Expect("www2.foo-bar.net?foo=bar", .url, "www2.foo-bar.net?foo=bar", "www2.foo-bar.net?foo=bar"),
        Expect("https://api.wit.ai/message?q=hi", .url, "https://api.wit.ai/message?q=hi", "https://api.wit.ai/message?q=hi"),
        Expect("aMaZoN.com", .url, "aMaZoN.com", "aMaZoN.com"),
        Expect("bla.com/path/path?ext=%23&foo=bla", .url, "bla.com/path/path?ext=%23&foo=bla", "bla.com/path/path?ext=%23&foo=bla"),
        Expect("cnn.com/info", .url, "cnn.com/info", "cnn.com/info"),
        Expect("test.com.cn", .url, "test.com.cn", "test.com.cn"),
        Expect("shop.acme.store/cart", .url, "shop.acme.store/cart", "shop.acme.store/cart"),
        Expect("https://acme.com?utm=1", .url, "https://acme.com?utm=1", "https://acme.com?utm=1"),
        Expect("go to acme.de.", .url, "acme.de", "acme.de"),
        Expect("HTTPS://ACME.COM", .url, "HTTPS://ACME.COM", "HTTPS://ACME.COM"),
        Expect("see http://localhost.", .url, "http://localhost", "http://localhost"),
    ]

    static let phones: [Expect] = [
        Expect("call +1 (555) 123-4567", .phone, "+15551234567", "+1 (555) 123-4567"),
        Expect("call 555-123-4567", .phone, "+15551234567", "555-123-4567"),
        Expect("call (555) 123 4567", .phone, "+15551234567", "(555) 123 4567"),
        Expect("call +44 20 7946 0958", .phone, "+442079460958", "+44 20 7946 0958"),
        Expect("call 0044 20 7946 0958", .phone, "+442079460958", "0044 20 7946 0958"),
        Expect("call 555.123.4567", .phone, "+15551234567", "555.123.4567"),
        Expect("call 555-1234", .phone, "+15551234", "555-1234"),
        Expect("call 1-555-123-4567", .phone, "+15551234567", "1-555-123-4567"),
        // A trunk zero is no North American number: its country is unknown, the digits stay as written.
        Expect("call 020 7946 0958", .phone, "02079460958", "020 7946 0958"),
        Expect("my mobile is 0176 5551234", .phone, "01765551234", "0176 5551234"),
        Expect("07700 900123", .phone, "07700900123", "07700 900123"),
        Expect("06 12 34 56 78", .phone, "0612345678", "06 12 34 56 78"),
        Expect("call +15551234567", .phone, "+15551234567", "+15551234567"),
        Expect("phone: (555)123-4567.", .phone, "+15551234567", "(555)123-4567"),
        Expect("+33 1 23 45 67 89", .phone, "+33123456789", "+33 1 23 45 67 89"),
        Expect("555 123 4567", .phone, "+15551234567", "555 123 4567"),
    ]

    static let misses: [Miss] = [
        Miss("e.g."),
        Miss("open file.txt"),
        Miss("version 1.2.3", .url),
        Miss("the @ sign"),
        Miss("@@@@"),
        Miss("ana@", .email),
        Miss("@acme.com", .email),
        Miss("ana@localhost", .email),
        Miss("mr.smith said", .url),
        Miss("order 5551234567 shipped", .phone),
        Miss("from 1999-2005", .phone),
        Miss("on 2026-11-23", .phone),
        Miss("on 12-25-2026", .phone),
        Miss("costs $555-1234", .phone),
        Miss("see https://acme.com/555-123-4567", .phone),
        Miss("mail 5551234567@acme.com", .phone),
        Miss("1,200,000", .phone),
        Miss("1999 2000", .phone),
        Miss("3.14159", .phone),
        Miss("version 1.2.3.4", .url),
        Miss("v2.0", .url),
        Miss("1.2.3", .url),
        Miss("192.168.0.1", .url),
        Miss("hey:42", .url),
        Miss("MYHOST", .url),
        Miss("foo", .url),
        Miss("the localhostname", .url),
        Miss("http", .url),
        Miss("e.g. this", .url),
        Miss("i.e. that", .url),
        Miss("a.m.", .url),
        Miss("read file.txt", .url),
        Miss("node.js rocks", .url),
        Miss("12:30", .url),
        Miss("ratio 3:2", .url),
        Miss("1.5 million", .url),
        Miss("st.louis", .url),
    ]

    @Test(arguments: emails) func email(_ row: Expect) { check(row) }
    @Test(arguments: urls) func url(_ row: Expect) { check(row) }
    @Test(arguments: phones) func phone(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }

    @Test(arguments: [
        ("+44", "020 7946 0958", "+442079460958"), ("44", "07700 900123", "+447700900123"),
        ("49", "0176 5551234", "+491765551234"), ("33", "06 12 34 56 78", "+33612345678"),
        ("39", "06 1234 5678", "+390612345678"), ("34", "0176 5551234", "01765551234"),
    ])
    func nationalNumbersInTheDefaultCountry(code: String, text: String, value: String) {
        let extractor = BuiltinEntityExtractor(now: sundayNow, defaultCountryCode: code)
        #expect(extractor.extract(from: text).map(\.value) == [.string(value)], "\(code) \(text)")
    }
}

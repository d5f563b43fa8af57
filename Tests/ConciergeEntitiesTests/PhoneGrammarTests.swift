import Testing

@testable import ConciergeEntities

/// International and national phone numbers, extensions, and digit groups that are not phones.
@Suite struct PhoneGrammarTests {
    static let international: [Expect] = [
        Expect("+1 6507018887", .phone, "+16507018887", "+1 6507018887"),
        Expect("call +1 6507018887 now", .phone, "+16507018887", "+1 6507018887"),
        Expect("+33 1 46647998", .phone, "+33146647998", "+33 1 46647998"),
        Expect("+44 (0)20 7946 0958", .phone, "+442079460958", "+44 (0)20 7946 0958"),
        Expect("+44 (0) 20 7946 0958", .phone, "+442079460958", "+44 (0) 20 7946 0958"),
        Expect("+49 30 901820", .phone, "+4930901820", "+49 30 901820"),
        Expect("+55 19992842606", .phone, "+5519992842606", "+55 19992842606"),
        Expect("+1-202-555-0121", .phone, "+12025550121", "+1-202-555-0121"),
        Expect("+1 202.555.0121", .phone, "+12025550121", "+1 202.555.0121"),
        Expect("+1 (202) 555-0121", .phone, "+12025550121", "+1 (202) 555-0121"),
        Expect("(+1)650-701-8887", .phone, "+16507018887", "(+1)650-701-8887"),
        Expect("(+1) 650-701-8887", .phone, "+16507018887", "(+1) 650-701-8887"),
        Expect("(+33) 1 46 64 79 98", .phone, "+33146647998", "(+33) 1 46 64 79 98"),
        Expect("+91 98765 43210", .phone, "+919876543210", "+91 98765 43210"),
        Expect("+61 2 9374 4000", .phone, "+61293744000", "+61 2 9374 4000"),
        Expect("+81 3-1234-5678", .phone, "+81312345678", "+81 3-1234-5678"),
        Expect("+34 912 345 678", .phone, "+34912345678", "+34 912 345 678"),
        Expect("+39 06 1234 5678", .phone, "+390612345678", "+39 06 1234 5678"),
        Expect("+86 10 1234 5678", .phone, "+861012345678", "+86 10 1234 5678"),
        Expect("+7 495 123-45-67", .phone, "+74951234567", "+7 495 123-45-67"),
        Expect("+353 1 234 5678", .phone, "+35312345678", "+353 1 234 5678"),
        Expect("+31 20 123 4567", .phone, "+31201234567", "+31 20 123 4567"),
        Expect("00 33 1 46 64 79 98", .phone, "+33146647998", "00 33 1 46 64 79 98", at: 0),
        Expect("0033 1 46 64 79 98", .phone, "+33146647998", "0033 1 46 64 79 98"),
        Expect("+442079460958", .phone, "+442079460958", "+442079460958"),
    ]

    static let national: [Expect] = [
        Expect("650.701.8887", .phone, "+16507018887", "650.701.8887"),
        Expect("650-701-8887", .phone, "+16507018887", "650-701-8887"),
        Expect("(650)-701-8887", .phone, "+16507018887", "(650)-701-8887"),
        Expect("(650) 701-8887", .phone, "+16507018887", "(650) 701-8887"),
        Expect("(19) 997424919", .phone, "+119997424919", "(19) 997424919"),
        Expect("06 2070 2220", .phone, "0620702220", "06 2070 2220"),  // a trunk zero: no NANP number
        Expect("call 6507018887", .phone, "+16507018887", "6507018887"),
        Expect("my number is 6507018887", .phone, "+16507018887", "6507018887"),
        Expect("phone: 6507018887", .phone, "+16507018887", "6507018887"),
        Expect("mobile 06354640807", .phone, "06354640807", "06354640807"),
        Expect("tel 18998078030", .phone, "+18998078030", "18998078030"),
        Expect("text me at 6507018887", .phone, "+16507018887", "6507018887"),
        Expect("whatsapp: 6507018887", .phone, "+16507018887", "6507018887"),
        // A trunk zero is enough without a phone word: quantities are not written with one.
        Expect("Rafael, 0612345678", .phone, "0612345678", "0612345678"),
        Expect("07700900123 please", .phone, "07700900123", "07700900123"),
    ]

    static let extensions: [Expect] = [
        Expect("555-123-4567 ext. 89", .phone, "+15551234567 ext 89", "555-123-4567 ext. 89"),
        Expect("555-123-4567 ext 89", .phone, "+15551234567 ext 89", "555-123-4567 ext 89"),
        Expect("555-123-4567 x123", .phone, "+15551234567 ext 123", "555-123-4567 x123"),
        Expect("555-123-4567x123", .phone, "+15551234567 ext 123", "555-123-4567x123"),
        Expect("(650)-701-8887 ext 897", .phone, "+16507018887 ext 897", "(650)-701-8887 ext 897"),
        Expect("555.123.4567 extension 4", .phone, "+15551234567 ext 4", "555.123.4567 extension 4"),
        Expect("+1 650 701 8887 ext. 12", .phone, "+16507018887 ext 12", "+1 650 701 8887 ext. 12"),
        Expect("call 555-123-4567, ext 89", .phone, "+15551234567 ext 89", "555-123-4567, ext 89"),
        Expect("555-123-4567 EXT 7", .phone, "+15551234567 ext 7", "555-123-4567 EXT 7"),
    ]

    static let misses: [Miss] = [
        Miss("order 5551234567 shipped", .phone),
        Miss("order number 5551234567", .phone),
        Miss("invoice 6507018887", .phone),
        Miss("order 0612345678", .phone),
        Miss("invoice no. 0612345678", .phone),
        Miss("ref 0012345678", .phone),
        Miss("1.2.3", .phone),
        Miss("version 10.2.1", .phone),
        Miss("192.168.0.1", .phone),
        Miss("ISO 27001", .phone),
        Miss("SOC 2", .phone),
        Miss("+1", .phone),
        Miss("+33", .phone),
        Miss("score 3-4", .phone),
        Miss("10-15 people", .phone),
        Miss("1999-2005", .phone),
        Miss("from 2026-11-23 to 2026-11-30", .phone),
        Miss("3/15/2027", .phone),
        Miss("1,000,000 users", .phone),
        Miss("$650-701-8887", .phone),
        Miss("12:30", .phone),
        Miss("3-4pm", .phone),
        Miss("the year 2027", .phone),
        Miss("x123", .phone),
        Miss("ext 89", .phone),
        Miss("+ 1 2", .phone),
        Miss("24/7", .phone),
        Miss("1-on-1", .phone),
        Miss("call me at 3", .phone),
        Miss("room 1234", .phone),
        Miss("+1234567890123456789", .phone),
    ]

    @Test(arguments: international) func internationalNumber(_ row: Expect) { check(row) }
    @Test(arguments: national) func nationalNumber(_ row: Expect) { check(row) }
    @Test(arguments: extensions) func withExtension(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }
}

import Testing
@testable import ConciergeNLU

@Test(arguments: [
    "what's 2+2", "prove it. whats 17 times 23", "SELECT * FROM users;", "'; DROP TABLE users", "5 * 3?",
    "what is 6 divided by 2", "9 multiplied by 8", "1=1", "<script>alert(1)</script>", "2 plus 2",
])
func codeAndArithmeticAreRead(text: String) {
    #expect(CodeOrMathReading.read(text), "\(text)")
}

@Test(arguments: [
    "we're 12 people", "24/7 support?", "10-20 people", "call me on +44 7700 900123", "10+ people",
    "3 times a week", "growth + sms", "is the crm sync 2-way?", "do you have 2fa", "budget 300/mo",
    "I'd like to delete my account", "select a plan for me", "mail pro vs growth", "",
    "should I choose 'Growth' or 'Starter'?",
])
func wordsAreNoCodeOrArithmetic(text: String) {
    #expect(!CodeOrMathReading.read(text), "\(text)")
}

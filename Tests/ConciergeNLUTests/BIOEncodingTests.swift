import ConciergeText
import Testing
@testable import ConciergeNLU

@Test func placeholderBIO() { #expect(SlotLabels(slots: ["a"]).tagCount == 3) }

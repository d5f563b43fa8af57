import Foundation

// Replaced by the implementation on branch h16-loader.
extension BusinessHours {
    public func isOpen(at date: Date) -> Bool { true }
    public func nextOpening(after date: Date) -> Date { date }
}

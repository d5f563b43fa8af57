import ConciergeEntities
import Foundation

extension NLUModel {
    /// The entities of a message: built-in entities, resolved against the injected clock.
    func entities(in text: String, now: Date, timeZone: TimeZone) -> [EntityMatch] {
        BuiltinEntityExtractor(now: now, timeZone: timeZone, defaultCountryCode: defaultCountryCode)
            .extract(from: text)
    }
}

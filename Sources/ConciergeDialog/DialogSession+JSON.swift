import ConciergeJSON

/// The one JSON form of a session, as the store keeps it: keys sorted, `lastActivity` in
/// seconds since the reference date (what `JSONDecoder` reads back by default). Written by hand:
/// every turn stores its session, and through `JSONEncoder` that snapshot cost as much as the
/// rest of the commit. A new stored property of `DialogSession` must be written here too (a
/// test counts the properties and round-trips a session with every one set). The personal
/// values held for consent (`pending`) are never written: before consent they appear in no
/// store in the clear. A store with a seal writes them encrypted (`sealedPending`); without
/// one, a process that takes the session up asks for them again.
///
///     DialogSession(state: "welcome", turns: 1).jsonText
///     // {"buttons":[],"consecutiveFallbacks":0,"slots":{},"state":"welcome","transcript":[],"turns":1}
extension DialogSession: JSONWritable {
    public func write(to json: inout JSONWriter) {
        write(to: &json, withTranscript: true)
    }

    /// Without its transcript (`withTranscript: false`) the session is written with an empty
    /// one, for a store that keeps the transcript elsewhere.
    public func write(to json: inout JSONWriter, withTranscript: Bool) {
        json.beginObject()
        json.key("buttons")
        json.beginArray()
        for button in buttons {
            json.beginObject()
            json.key("label"); json.string(button.label)
            json.key("payload"); json.string(button.payload)
            json.endObject()
        }
        json.endArray()
        json.key("consecutiveFallbacks"); json.number(consecutiveFallbacks)
        if consentAskedForPerson == true {
            json.key("consentAskedForPerson"); json.bool(true)
        }
        if let form {
            json.key("form")
            json.beginObject()
            json.key("attempts"); json.number(form.attempts)
            if form.consentPutOff == true {
                json.key("consentPutOff"); json.bool(true)
            }
            json.key("skipped"); form.skipped.write(to: &json)
            json.key("slot"); json.string(form.slot)
            json.endObject()
        }
        if let confirming {
            json.key("confirming"); json.string(confirming)
        }
        if let lastActivity {
            // JSONDecoder's default date strategy: seconds since the reference date.
            json.key("lastActivity"); json.number(lastActivity.timeIntervalSinceReferenceDate)
        }
        if let lastFilled {
            json.key("lastFilled"); json.string(lastFilled)
        }
        if let heldSlots, !heldSlots.isEmpty {
            json.key("heldSlots"); heldSlots.write(to: &json)
        }
        if erasedDetails == true {
            json.key("erasedDetails"); json.bool(true)
        }
        if handedOverForLanguage == true {
            json.key("handedOverForLanguage"); json.bool(true)
        }
        if consentAsked == true {
            json.key("consentAsked"); json.bool(true)
        }
        if let passedOn, !passedOn.isEmpty {
            json.key("passedOn"); passedOn.write(to: &json)
        }
        if let priced, !priced.isEmpty {
            json.key("priced"); priced.write(to: &json)
        }
        if let pricedDiscount {
            json.key("pricedDiscount"); json.string(pricedDiscount)
        }
        if let qualifiedDiscount {
            json.key("qualifiedDiscount"); json.string(qualifiedDiscount)
        }
        if let replyDueAt {
            json.key("replyDueAt"); json.number(replyDueAt.timeIntervalSinceReferenceDate)
        }
        if let requested, !requested.isEmpty {
            json.key("requested"); requested.write(to: &json)
        }
        if let sealedPending {
            json.key("sealedPending"); json.string(sealedPending)
        }
        if let skippedBeforeRefusal {
            json.key("skippedBeforeRefusal"); skippedBeforeRefusal.write(to: &json)
        }
        json.key("slots"); json.value(.object(slots))
        if let state {
            json.key("state"); json.string(state)
        }
        if let suggested {
            json.key("suggested"); suggested.write(to: &json)
        }
        json.key("transcript"); (withTranscript ? transcript : []).write(to: &json)
        json.key("turns"); json.number(turns)
        json.endObject()
    }
}

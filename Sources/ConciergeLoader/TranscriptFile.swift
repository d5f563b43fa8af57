import ConciergeBot
import ConciergeEntities
import Foundation
import ConciergeJSON

/// A conversation test file (`<bot>/tests/*.yml`): named conversations, each a list of user
/// turns with what the bot must do. `TranscriptRunner` (ConciergeEngine) plays them.
///
///     let (files, diagnostics) = TranscriptLoader.load(directory: "brightwave")
///     files[0].conversations[0].name            // "greeting says it is a bot"
///     files[0].conversations[0].turns[0].user   // "hi"
public struct TranscriptFile: Hashable, Sendable {
    public var path: String
    public var conversations: [TranscriptConversation]

    public init(path: String, conversations: [TranscriptConversation]) {
        self.path = path
        self.conversations = conversations
    }
}

/// One conversation from a fresh session.
public struct TranscriptConversation: Hashable, Sendable {
    public var name: String
    public var turns: [TranscriptStep]
    public var location: SourceLocation

    public init(name: String, turns: [TranscriptStep], location: SourceLocation) {
        self.name = name
        self.turns = turns
        self.location = location
    }
}

/// A user message and the expectations on the bot's reply; nil expectations are not checked.
public struct TranscriptStep: Hashable, Sendable {
    public var user: String
    public var context: [String: JSONValue]
    /// Minutes of silence before this message (the clock also moves one minute per turn).
    public var afterMinutes: Double
    public var intent: String?
    public var state: String?
    /// Fragments that must all appear in the reply's text (ignoring case).
    public var reply: [String]
    /// Fragments that must not appear.
    public var notReply: [String]
    /// Slot values the session must hold after the turn; `null` means "not filled".
    public var slots: [String: JSONValue]
    /// Labels that must be among the reply's buttons.
    public var buttons: [String]
    /// The turn's events, in order; nil: not checked, empty: none.
    public var events: [ExpectedEvent]?
    public var location: SourceLocation

    public init(user: String, location: SourceLocation) {
        self.user = user
        context = [:]
        afterMinutes = 0
        reply = []
        notReply = []
        slots = [:]
        buttons = []
        self.location = location
    }
}

/// An expected event: its type and fields that must match (`reason: frustration`, `id: pricing`).
public struct ExpectedEvent: Hashable, Sendable {
    public var type: String
    public var fields: [String: String]

    public init(type: String, fields: [String: String] = [:]) {
        self.type = type
        self.fields = fields
    }
}

import ConciergeEngine
import ConciergeLoader

/// A small bot with a handoff, for the tests of the desk's handback: independent of the demo
/// bot's wording, so they check what a handback does to any bot with a handoff state.
///
///     let bot = try HandoffBot.bot()
///     HandoffBot.files                   // written to a folder for `concierge serve --bot folder`
public enum HandoffBot {
    /// The state the bot hands off in, and where it starts (and takes a conversation back up).
    public static let handoffState = "with_a_person"
    public static let startState = "welcome"
    /// What the bot says when the desk gives a conversation back.
    public static let handbackPhrase = "The assistant here again. What can I do for you?"
    /// What the bot says when it hands over.
    public static let handoffPhrase = "A colleague will take it from here."

    /// The bot's files, paths relative to its folder.
    public static let files: [(path: String, contents: String)] = [
        ("intents/main.yml", """
        intents:
          greet:
            examples: [hello, hi, hey there, good morning, hi there, hello again]
          talk_to_human:
            examples: [I want to talk to a person, get me a human, can I speak to someone, connect me with an agent,
                       a real person please, let me talk to your staff]
          pricing:
            examples: [how much is it, what does it cost, pricing please, what are your prices, is it expensive,
                       how much do you charge]
        """),
        ("dialogs/main.yml", """
        settings:
          start: \(startState)
          handoff_state: \(handoffState)
          labels:
            talk_to_human: Talk to a person
            pricing: Prices
          messages:
            fallback: "Sorry, I didn't get that."
            handback: "\(handbackPhrase)"
        globals:
          greet: \(startState)
          talk_to_human: \(handoffState)
        states:
          \(startState):
            say: "Hello! Ask me about prices, or for a person."
            final: true
          \(handoffState):
            handoff: true
            say: "\(handoffPhrase)"
        faq:
          pricing:
            intent: pricing
            answer: "It costs 10 coins a month."
        """),
    ]

    /// The bot, loaded and trained as every front does it.
    public static func bot() throws -> Bot {
        guard let definition = BotLoader().load(files: files).definition else { throw DemoBot.Missing() }
        return Bot(definition: definition)
    }
}

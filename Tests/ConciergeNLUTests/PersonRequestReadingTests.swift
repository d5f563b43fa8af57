import Testing
@testable import ConciergeNLU

/// A person asked for in another language: the bot cannot answer it, a person may speak it.
@Test(arguments: [
    ("Guten Tag, ich möchte mit einem Mitarbeiter sprechen", true), ("quiero hablar con una persona", true),
    ("je voudrais parler à quelqu'un", true), ("Olá, preciso falar com um atendente", true),
    ("hola, cuánto cuesta?", false), ("wie viel kostet das?", false), ("I want to talk to a person", false),
])
func aPersonAskedForInAnotherLanguage(text: String, asks: Bool) {
    #expect(understand(text).asksForPersonInOwnLanguage == asks, "\(text)")
}

/// A person turned down, however much the words sound like a request for one.
@Test(arguments: [
    ("i dont want a human, just answer", true), ("I don't want to talk to a person", true), ("no human please", true),
    ("I do not need an agent", true), ("not a bot, a real person", false), ("I don't want a bot, I want a person", false),
    ("why can't I talk to a person?", false), ("I can't reach a person", false), ("I need to talk to someone", false),
    ("no, I want a person", false), ("no one has answered my email, I want to talk to somebody", false),
    ("i dont want a checklist i want someone to FIX it", false), ("i didnt even ask for a human lol", true),
    ("can I ask for a human?", false),
    // Calling off the person asked for (blind audit 40).
    ("no i want to book a demo with the bot, cancel the human thing", true), ("forget the person, i'll do it here", true),
    ("cancel my order, I need a person", false),
])
func aPersonTurnedDown(text: String, refuses: Bool) {
    #expect(understand(text).refusesPerson == refuses, "\(text)")
}

/// Words for a person that say what the visitor is ask for nobody.
@Test(arguments: [
    ("I'm a real estate agent in Toronto, solo", true), ("we are two travel agents", true),
    ("I'm an insurance agent, can I talk to a person?", false), ("I'm a customer, get me an agent", false),
    ("agent please", false), ("we need email for our shop", false),
])
func personWordsThatDescribeTheVisitor(text: String, describes: Bool) {
    #expect(understand(text).personWordsDescribeSelf == describes, "\(text)")
}

@Test(arguments: [
    ("can the bot at least tell me the price of growth while i wait", true), ("in the meantime, what does Growth cost?", true),
    ("fine. while i wait, how do i stop a campaign from sending", true), ("hello? anyone there?", false),
    ("how long do I have to wait", false),
])
func aQuestionPutToTheBotMeanwhileIsRead(text: String, meanwhile: Bool) {
    #expect(understand(text).asksBotMeanwhile == meanwhile, "\(text)")
}

@Test(arguments: [
    ("ok whatever. how long until someone answers", true), ("how much longer??", true), ("hello? anyone there?", true),
    ("how long will that take, i have a campaign going out at 2pm", true), ("how long does the trial last", false),
    ("when will someone reply", true), ("thanks", false), ("you are closed now arent you. typical", true),
    ("are you open on sundays?", true), ("how long", true), ("how long is the trial", false),
    ("back. did anyone ever answer me??", true), ("monday now. nobody called. whats going on", true),
    ("did anyone reply to my email about the invoice", true),
    // Session 29: the wait in words of its own.
    ("how long will this take?", true), ("any idea how long?", true), ("whats the wait time", true),
    ("when should i expect to hear back", true), ("ok how long then", true), ("how long is this going to take", true),
    ("when will they answer", true), ("when is support open", false), ("when does the trial end", false),
    ("how long does an export take", false), ("when", true), ("how", false),
])
func aQuestionAboutTheWaitIsRead(text: String, wait: Bool) {
    #expect(understand(text).asksWait == wait, "\(text)")
}

@Test(arguments: [
    ("is this a bot still?", true), ("are you even a real person", true), ("am i talking to a human?", true),
    ("i want a real person", false), ("the bot on our site is slow", false), ("are you there?", false),
])
func aQuestionWhetherABotAnswersIsRead(text: String, asks: Bool) {
    #expect(understand(text).asksIfBot == asks, "\(text)")
}

/// Something asked in place of what was asked before (blind audit 48).
@Test(arguments: [
    ("2 hours?? ok actually can you just book me a demo instead", true), ("i'd rather book it myself", true),
    ("book me a demo", false), ("how long until someone answers", false),
])
func requestsInsteadAreRead(text: String, instead: Bool) {
    #expect(understand(text).asksInstead == instead, "\(text)")
}

import ArgumentParser
import ConciergeJSON
import ConciergeModel
import ConciergeNLU
import Foundation

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print what the bot's NLU makes of each text: intent, ranking, entities (one JSON object per line).",
        discussion: "Texts come from the arguments, or one per line from standard input when there are none."
    )

    @OptionGroup var botOptions: BotOptions
    @OptionGroup var clockOptions: ClockOptions
    @Argument(help: "Texts to parse.") var texts: [String] = []

    func run() throws {
        // NLU alone: the dialog's definition is not even decoded.
        let model = try botOptions.loadBot(reading: []).nlu
        let clock = clockOptions.clock
        let input: AnySequence<String> = texts.isEmpty ? AnySequence(standardInputLines()) : AnySequence(texts)
        for text in input {
            let result = model.parse(text, now: clock.date, timeZone: clock.timeZone)
            writeLine(result.jsonText)
        }
    }
}

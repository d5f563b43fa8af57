@testable import ConciergeFronts
import Testing

@Suite struct ChatRendererTests {
    let plain = ChatRenderer(style: .plain)
    let colour = ChatRenderer(style: .terminal(colour: true))
    let mono = ChatRenderer(style: .terminal(colour: false))

    @Test func plainOutputIsForScripts() {
        #expect(plain.render(.bot("Hi!\nHow can I help?")) == "Hi! How can I help?")
        #expect(plain.render(.buttons(["Pricing", "Book a demo"])) == "[1] Pricing  [2] Book a demo")
        #expect(plain.render(.error("oops")) == "error: oops")
        #expect(plain.render(.detail("state", "welcome")) == "state: welcome")
        #expect(plain.prompt == "you› ")
    }

    @Test func colourOnlyWhenAllowed() {
        #expect(colour.render(.bot("Hi")) == "\u{1B}[1;36mbot›\u{1B}[0m Hi")
        #expect(mono.render(.bot("Hi")) == "bot› Hi")
        #expect(!mono.render(.buttons(["A"])).contains("\u{1B}"))
        #expect(colour.prompt.contains("\u{1}\u{1B}[1;32m\u{2}"))
        #expect(ChatRenderer.colourAllowed(isTerminal: true, environment: [:]))
        #expect(!ChatRenderer.colourAllowed(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!ChatRenderer.colourAllowed(isTerminal: false, environment: [:]))
    }

    @Test func everyPathIsSanitized() {
        let hostile = "x\u{1B}]0;pwned\u{7}\u{202E}"
        let lines: [ChatLine] = [.bot(hostile), .buttons([hostile]), .picked(hostile), .notice(hostile),
                                 .error(hostile), .detail(hostile, hostile)]
        for renderer in [plain, colour, mono] {
            for line in lines {
                let text = renderer.render(line)
                #expect(!text.contains("\u{7}"))
                #expect(!text.contains("\u{202E}"))
                #expect(!text.contains("\u{1B}]"))
                #expect(text.contains("\\e]0;pwned"))
            }
        }
    }
}

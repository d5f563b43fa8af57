import Testing
@testable import ConciergeNLU

@Test(arguments: [
    ("I'm Ana", "Ana"), ("my name is Ana Lopez", "Ana Lopez"), ("Ana here", "Ana"), ("this is Ana from Acme", "Ana"),
    ("name's Bob", "Bob"), ("call me Jo", "Jo"), ("im ana", "ana"), ("hi, I'm Ana and I work at Acme", "Ana"),
    ("my name is: Priya", "Priya"), ("Hello! My name is Jan van Dijk.", "Jan van Dijk"), ("hey im sam lee", "sam lee"),
    ("I am Mary-Jane Watson, head of growth", "Mary-Jane Watson"), ("Ana Lopez here, from Acme", "Ana Lopez"),
    ("you can call me Al", "Al"), ("name: Kenji Sato", "Kenji Sato"), ("I'm Irving", "Irving"), ("I'm ANA LOPEZ", "ANA LOPEZ"),
    ("hi there, Tom from Northwind", "Tom"), ("This is O'Brien", "O'Brien"), ("my names Bob", "Bob"),
    ("just 2 of us and Mia Chen and Tiny Pottery", "Mia Chen"),
    // A name opening a list of contact details, its words in the e-mail address.
    ("Henrik Dahl, henrik.dahl@nordhaven.com, direct line +47 22 33 44 55", "Henrik Dahl"),
    ("Sol Okafor, sol_okafor@brightline.io", "Sol Okafor"), ("Mia Chen, 8 people", "Mia Chen"),
    // A particle inside the name, and an e-mail right after it (blind audit 11).
    ("ja prima. Pieter de Vries, pieter@hop.example", "Pieter de Vries"), ("yep. Carla Mendes carla@mendes.example", "Carla Mendes"),
    ("sure. dev patel, dev@loopkit.io", "dev patel"),
    // One given name, spelled by the e-mail right after it (blind audit 35).
    ("yes - Mira, mira@ostwind.coffee", "Mira"), ("ok. Jonas jonas.berg@kiel.example", "Jonas"),
    // A lowercase given name and surname right before a phone (blind audit 40).
    ("tom reyes, 0044 7700 900123, agency is Loudfox", "tom reyes"),
    // "it's" after a greeting (blind audit 45).
    ("hi its anna kowalski, nordlicht brewing, 8 people in mkt, anna.k@nordlicht-brewing.com", "anna kowalski"),
    // The name to ask for, or said before (blind audit 61).
    ("yes. no email pls, call me: 07700 900123, ask for Maya", "Maya"), ("i literally just said Maya", "Maya"),
])
func personNamesAreRead(text: String, name: String) {
    #expect(understand(text).personName?.value == name, "\(text)")
}

@Test(arguments: [
    "can i ask for a refund", "i said Acme", "i said no demo", "ask for sales", "like i said, newsletters",
    "I'm interested", "I'm looking for a CRM", "I'm the head of marketing", "I'm not sure", "I'm on Growth",
    "I'm just browsing", "I'm from Acme", "I'm with Northwind", "I'm 30", "I'm in London", "this is ridiculous",
    "this is great", "call me back tomorrow", "call me at 555-123-4567", "I'm ready", "I'm good thanks",
    "I'm a marketer", "I'm so confused", "I'm Looking For Pricing", "I'm new here", "it's Acme", "I am here",
    "my name is", "this is taking forever", "I'm still waiting", "I'm happy with it", "I'm based in Berlin",
    "help here", "anyone here?", "I'm responsible for email marketing", "I'm the CEO", "I'm at lunch",
    "Play Hasan Saltik from 2004", "add it to my This Is Stormzy playlist", "show weather forcast here at 19",
    "i am exhausted from work", "this is unimportant to me", "Where and when is This Is England playing",
    "Acme Corp, we're 12 people", "Northwind Traders, sales@northwind.com", "Tom's Bakery", "Rose Gardens Ltd",
    "Grace Church", "John Lewis & Partners", "this is urgent, can I talk to someone?", "this is ridiculous",
    "her name is Mei Lin, mei.lin@jadetea.example", "his name is Tom",
    "10 people, Lindqvist Logistics, jan.lindqvist@lindqvist.example",
    "yes - Sales, sales@acme.example", "Info, info@acme.example", "ok, Mira will write to anna@acme.example",
    // The name of something else (blind audit 10): "the company name is …" names the company.
    "the company name is Fernleaf Labs, not Fernleaf Analytics", "our shop's name is Petal & Stem",
    "my company name is Kite Labs", "the app name is Brightwave",
    // Shouted words (blind audit 27): capitals for emphasis, not a name.
    "im SELLING", "I'm INTERESTED in a demo", "i'm EXHAUSTED",
    // A mistyped address (blind audit 42): its words are no name.
    "helena.vasquez@fernbrookdental",
    // "call me" before a filler (blind audit 41).
    "no. you can call me tho. 0171 555 0199", "pls call me back",
])
func commonWordsAreNoNames(text: String) {
    #expect(understand(text).personName == nil, "\(text): \(String(describing: understand(text).personName?.value))")
}

/// A person's name on its own, whatever was asked: the dialog does not take it for a company.
@Test(arguments: [("Mia Chen", "Mia Chen"), ("Ana Lima", "Ana Lima"), ("carlos", "carlos"),
                  ("Carlos, carlos@acme.com", "Carlos"), ("Mary-Jane O'Neil", "Mary-Jane O'Neil")])
func aBareNameIsAName(text: String, name: String) {
    #expect(understand(text).personName?.value == name, "\(text)")
}

@Test(arguments: [
    ("I work at Acme", "Acme"), ("I'm with Northwind", "Northwind"), ("the company is called Vela Travel", "Vela Travel"),
    ("our company is Acme Corp", "Acme Corp"), ("I'm Ana from Acme Corp", "Acme Corp"), ("I'm at Acme Inc", "Acme Inc"),
    ("this is Ana from Acme", "Acme"), ("i work at acme and we are 12", "acme"), ("I work for Books&Co", "Books&Co"),
    ("we're called Brightline", "Brightline"), ("I'm head of marketing at Vela Travel.", "Vela Travel"),
    ("we are a startup called Vela", "Vela"), ("company: Northwind Traders", "Northwind Traders"),
    ("i work at vela travel, we sell trips", "vela travel"), ("I'm Ana from Acme Inc.", "Acme Inc"),
    ("Ana here, from Acme", "Acme"), ("I work for 3M", "3M"), ("We work at Acme in London", "Acme"),
    ("i'm ana lopez from northwind traders", "northwind traders"), ("I run Vela Travel", "Vela Travel"),
    ("we bought it for Acme Ltd last year", "Acme Ltd"), ("we're 12 people at Acme", "Acme"),
    ("about 40 of us at northwind traders", "northwind traders"), ("200 employees at Globex", "Globex"),
    // A Nordic legal form in capitals (blind audit 39), and the word "as" after a name.
    ("jan. company is Halvorsen Retail AS", "Halvorsen Retail AS"), ("I work at Acme as a designer", "Acme"),
    // The item after the name in a list of facts (blind audit 45).
    ("hi its anna kowalski, nordlicht brewing, 8 people in mkt, anna.k@nordlicht-brewing.com", "nordlicht brewing"),
    ("Tom Berg, Kiel Bikes, tom@kielbikes.example", "Kiel Bikes"),
    // A chief's title with "of" (blind audit 51).
    ("My name is Daniel and I'm the CMO of Heliotrope Retail, 120 staff in marketing", "Heliotrope Retail"),
    // "we're" without its apostrophe, and the name of a kind of business (blind audit 65).
    ("ok can we do a demo then, sometime next week. were called Pixel & Pine", "Pixel & Pine"),
    ("its just me deciding, practice name is Smile Studio Köln", "Smile Studio Köln"),
])
func companiesAreRead(text: String, company: String) {
    #expect(understand(text).company?.value == company, "\(text)")
}

@Test(arguments: [
    "please remove our company name as well", "I work at a bank", "I work for myself", "I work from home", "I'm with my team", "I'm with you",
    "I work in marketing", "I'm at work", "I run a small bookstore", "I own a shop", "the company is a startup",
    "I'm from London", "we are 12 people", "I work at the moment on our newsletter", "company", "I'm at lunch",
    "I run marketing", "where do you work", "I work at night", "Play music from 1999", "I'm Alex from sales", "this is Ana from the marketing team",
    "how many people at once can use it", "we have 5 people at most", "10 people at peak times", "3 people at the moment",
    "we're 3 in marketing, but the whole company is like 25", "the company is about 40 people",
    "Tom Berg, looking for email tools, 8 people", "Tom Berg, we need sms, tom@kielbikes.example",
    "we were called back yesterday", "the practice name is still open",
    "i need invoice with my company VAT number", "can I change the company Email on the invoice",
])
func nonCompaniesAreNotRead(text: String) {
    #expect(understand(text).company == nil, "\(text): \(String(describing: understand(text).company?.value))")
}

/// A free text about the writer says what they do, not a company's or a person's name.
@Test(arguments: [
    ("I'm head of marketing, I sign off together with our CFO", true), ("yes i handle the marketing", true), ("I already told you, Vela Travel", false),
    // "im back" alone in its sentence is a lead-in (blind audit 55): the name after it is free text.
    ("ok im back. Crumb & Co", false), ("ok im back", false),
    ("Tessellate", false), ("Iris Studio", false), ("my bakery, Crumb & Co", false), ("Indigo Labs", false),
])
func aStatementAboutTheWriterIsNoName(text: String, aboutSelf: Bool) {
    #expect(understand(text).freeTextSpeaksOfSelf == aboutSelf, "\(text)")
}

/// A role in a few words says who the writer is, not what they need.
@Test(arguments: [
    ("I'm the IT lead", true), ("im a florist", true), ("I am an accountant", true), ("Northgate Advisory GmbH. I'm the IT lead; final sign-off is with our COO", true),
    ("I'm looking for email campaigns for my shop", false), ("I need a newsletter", false), ("Iris Studio", false),
    ("I'm the one who wants newsletters for the shop", false), ("the IT lead", false),
])
func aRoleInAFewWordsOnlyIntroducesTheWriter(text: String, introduces: Bool) {
    #expect(understand(text).onlyIntroducesSelf == introduces, "\(text)")
}

/// A name and the words that introduce it, and nothing else: the visitor introduces themselves.
@Test(arguments: [
    ("my name is Dev Raman", true), ("I'm Ana", true), ("hi, I'm Ana Lopez", true),
    ("I'm Ana, how much is Growth?", false), ("my name is Ana, ana@acme.com", false), ("Acme Corp", false),
    ("this is urgent", false),
])
func aNameAloneIntroducesTheVisitor(text: String, introduces: Bool) {
    #expect(understand(text).givesNameOnly == introduces, "\(text)")
}

@Test(arguments: [
    ("no sorry. Brightside Solar.", "Brightside Solar"), ("no company, just my own name. Lena Park design", "Lena Park design"),
    ("No. Thanks", nil), ("no. Not now", nil), ("no, Acme", nil), ("no. i don't want to", nil), ("yes. Acme", nil),
    ("no. Delete my data", nil),
])
func aNameInItsOwnSentenceAfterANoIsRead(text: String, name: String?) {
    #expect(understand(text).nameAfterNo == name, "\(text)")
}

/// Word lists of English, German, Dutch, Swedish and Danish for `LanguageIdentifier`: the
/// words people use most in short chat messages (function words, greetings, the verbs and
/// nouns of asking for help, prices and people), in lower case. A word ending in `'` is the
/// part before an apostrophe ("don'" of "don't", "l'" of "l'heure").
extension LanguageProfile {
    static let english = LanguageProfile(
        code: "en",
        strong: """
            the and you your yours what which who whom whose where when why how this that these
            those there their they them theyre thats whats hows hello hey thanks thank please pls
            plz would could should shall wont can cant cannot couldnt wouldnt shouldnt dont doesnt
            didnt isnt arent wasnt werent havent hasnt hadnt im ive ill youre youve youll weve don'
            doesn' didn' isn' aren' wasn' weren' haven' hasn' hadn' can' won' couldn' wouldn'
            shouldn' i' it' that' what' you' we' they' let' there' he' she' who' where' how' here'
            of with without from about into onto over under after before between through during are
            am been being have has had having does did doing done get got getting gets my mine
            myself our ours us its itself he him his she her hers i want wanted wants need needs
            needed like likes know knew think thought make made just only very really too much many
            more most some any anything something nothing everything every each all both either
            neither other another such same own yes yeah yep yup nope okay sure maybe thx lol omg
            btw idk tbh asap price prices pricing cost costs buy sell pay paid order account email
            phone number call help support question questions problem issue team company people
            person someone somebody anyone talk speak tell told say said ask asked show give send
            sent find look looking free trial month monthly year yearly week day days today tomorrow
            yesterday now then than here still already again soon later never always often sometimes
            good great nice better best worse worst fine cool awesome cheers up down out off away
            back right left next last first new old big small song music playlist album artist track
            weather rain forecast movie book rate stars set alarm remind reminder wake turn lights
            volume news calendar meeting schedule play add search open close stop start cancel check
            should would might must may because while until unless although though however whether
            if but or nor not to for at by be do it we they an as time put go goes going went gone
            come comes coming came take takes took taken taking let lets try tried trying use used
            using keep kept bring brought feel felt leave mean means meant work works working worked
            run running move live living believe hold happen happens write wrote written read
            reading provide sit stand lose lost understand watch follow create allow grow offer
            remember love consider appear wait waiting serve die expect build stay fall reach kill
            remain suggest raise pass report decide pull listen hear heard seem seems seemed become
            became change changed changes begin began called calling asking thing things times way
            ways life world hand part place case point group night home water room mother area money
            story fact lot study eye job word business side kind head house service friend father
            power hour game line end member law car city name president minute idea kid body
            information parent face others level office door health art war history party result
            morning reason research girl guy moment air teacher force education everyone nobody
            somewhere anywhere nowhere everywhere whatever whenever anyway anyways actually probably
            basically literally definitely totally pretty quite rather almost enough least less few
            little long short high low large early late young important public able real full
            special easy clear recent certain personal red black white dark hot cold warm current
            available dance wave beautiful happy sad songs movies shows tv radio tonight weekend
            evening afternoon minutes hours seconds
            """,
        common: """
            a in on is me no so was will man hat also war die see fast kind rest gift art bad son
            pain come sale far bin hi ok
            """
    )

    static let german = LanguageProfile(
        code: "de",
        strong: """
            ich du er sie wir ihr mich mir dich dir uns euch ihnen ihm sich mein meine meinen meinem
            meiner dein deine sein seine unser unsere euer ihre ihren nicht nichts kein keine keinen
            einen einem einer eines der das dem den des und oder aber doch auch noch schon nur sehr
            ist sind bin bist seid war waren wird werden wurde hat habe hast haben hatte hätte kann
            kannst können könnte konnte muss musst müssen möchte möchten will willst wollen soll
            sollte darf dürfen mag mögen gibt gehen geht kommen kommt machen macht sagen sagt wissen
            weiß brauche brauchen braucht suche suchen sprechen spreche sprichst sprechen verstehe
            wie was wer wo wann warum wieso weshalb welche welcher welches wieviel wieviele woher
            wohin hallo moin servus tschüss tschüs danke bitte gerne genau ja jein nein stimmt mit
            ohne für gegen durch über unter zwischen nach vor bei seit von zum zur aus beim vom im
            ins ans auf hier dort heute morgen gestern jetzt bald immer nie oft etwas viel viele
            mehr weniger alle alles jeder jede jedes andere schlecht schön toll preis preise kosten
            kostet kostenlos geld monat jahr woche stunde hilfe frage fragen konto rechnung firma
            unternehmen mitarbeiter leute mensch kunde kunden vertrieb angebot termin vorführung
            anrufen deutsch englisch wenn dass weil ob denn damit sondern also eigentlich vielleicht
            natürlich bestimmt guten abend nacht entschuldigung leider gibt's geht's wie's
            funktioniert klappt daten löschen finde hilft werkzeug denken arbeit helfen testen zwei
            drei vier fünf sechs zehn montag dienstag mittwoch donnerstag freitag samstag sonntag
            würde würden könnten produkt rabatt unterschied kontakt passwort abo
            """,
        common: """
            am super tag mal person problem euro gut es in an so man hat also war die was will fast
            kind rest gift art bad was
            """
    )

    static let dutch = LanguageProfile(
        code: "nl",
        strong: """
            ik jij jou jouw hij zij ze wij jullie mij mijn onze ons zijn haar niet geen niets een
            het of maar ook nog alleen erg wel bent zijn waren wordt worden werd heeft heb hebt
            hebben kan kun kunt kunnen kon moet moeten wil wilt willen zou zouden mag mogen gaat
            gaan komt komen doe doet doen maak maakt maken zeg zegt zeggen weet weten zoek zoeken
            spreek spreekt spreken begrijp nodig wie waar wanneer waarom welke welk hoeveel hallo
            hoi dag doei dank bedankt alsjeblieft alstublieft graag ja nee jazeker met zonder voor
            tegen door onder tussen naar bij sinds van uit om op aan hier daar vandaag morgen
            gisteren nu straks altijd nooit vaak iets veel meer minder alle alles iedereen andere
            goed slecht mooi leuk prijs prijzen kosten kost geld maand jaar week uur hulp vraag
            vragen probleem rekening bedrijf mensen iemand klant klanten offerte afspraak bellen
            nederlands engels als dat omdat want dus toch misschien natuurlijk zeker eigenlijk
            goedemorgen goedemiddag goedenavond helaas er werkt praten vind factuur verwijderen
            gereedschap denken werk helpen twee drie vier vijf zes tien maandag dinsdag woensdag
            donderdag vrijdag zaterdag zondag korting verschil wachtwoord abonnement
            """,
        common: """
            over we je de en is was ben had al na even hoe wat hun hen heel gratis prima sorry in
            was man die so will kind art rest
            """
    )

    static let swedish = LanguageProfile(
        code: "sv",
        strong: """
            jag du han hon vi ni dom dem mig mej dig dej oss er honom henne min mitt mina din ditt
            dina vår vårt våra inte ingen inget inga och eller också bara mycket väldigt är var
            varit blir blev har hade kan kunde måste vill ville ska skulle får fick går gick kommer
            kom gör gjorde säger sa vet visste söker behöver pratar talar förstår vad vem var när
            varför hur vilken vilket vilka hur mycket hej hejsan tjena hallå tack snälla gärna ja
            nej jo med utan mot genom över mellan efter före hos sedan från till om på av ur här där
            idag imorgon igår nu snart alltid aldrig ofta något några mer mindre alla allt andra bra
            dålig dåligt fin trevlig pris priser kostar kostnad pengar kronor månad år vecka dag
            timme hjälp fråga frågor konto faktura företag någon kund kunder offert möte ringa
            svenska engelska att eftersom därför kanske självklart faktiskt för morgon kväll förlåt
            tyvärr finns personer många människa prata fungerar bort verktyg tänka jobb jobbar
            hjälpa två tre fyra fem måndag tisdag onsdag torsdag fredag lördag söndag vilja produkt
            rabatt skillnad kontakt lösenord
            """,
        common: """
            i de men under over god folk problem gratis i en ett det den de som så man hat fast er
            """
    )

    static let danish = LanguageProfile(
        code: "da",
        strong: """
            jeg du han hun vi dem mig dig os ham hende min mit mine din dit dine vores jeres ikke
            ingen intet og eller også kun meget rigtig er var været bliver blev har havde kan kunne
            skal skulle må måtte vil ville får fik går gik kommer kom gør gjorde siger sagde ved
            vidste søger leder behøver taler forstår hvad hvem hvor hvornår hvorfor hvordan hvilken
            hvilket hvilke hvor meget hej hejsa goddag tak venligst gerne ja nej jo med uden mod
            gennem mellem efter før hos siden fra til om på af ud her der idag dag imorgon morgen
            igår nu snart altid aldrig ofte noget nogle mere mindre alle alt andre godt dårlig
            dårligt fint flot pris priser koster penge kroner måned år uge dag hjælp spørgsmål konto
            faktura firma virksomhed nogen kunde kunder tilbud møde ringe dansk engelsk at fordi
            derfor måske selvfølgelig faktisk godmorgen godaften undskyld desværre mange personer
            menneske brug virker slette værktøj tænke arbejde hjælpe tre fem mandag tirsdag onsdag
            torsdag fredag lørdag søndag produkt rabat forskel kontakt adgangskode abonnement
            """,
        common: """
            i men under over for god folk problem gratis de en et det den de som så man hat fast
            """
    )
}

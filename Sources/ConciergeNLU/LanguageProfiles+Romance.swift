/// Word lists of French, Spanish, Italian, Portuguese and Polish for `LanguageIdentifier`
/// (see `LanguageProfiles+Germanic.swift` for the format). Words are listed with their
/// accents and, where people often drop them in chat, without ("cuanto", "ca").
extension LanguageProfile {
    static let french = LanguageProfile(
        code: "fr",
        strong: """
            je il elle nous vous ils elles moi toi lui leur leurs ma mes tes sa ses notre votre vos
            ne pas rien jamais personne aucun aucune le les du des au aux une et ou mais donc aussi
            encore déjà seulement très trop beaucoup est suis sommes êtes sont était étais être
            avons avez ont avait avoir fait faire fais peux peut pouvez pouvons peuvent veux veut
            voulez voudrais voudrait dois doit devez faut vais allez aller viens vient venir dis dit
            dire sais sait savoir cherche cherchez besoin parle parlez parler comprends comprend
            quoi qui où quand pourquoi combien quel quelle quels quelles lequel laquelle bonjour
            bonsoir salut coucou merci svp plaît oui ouais voilà avec sans contre sur sous après
            avant chez depuis dans vers ici là demain hier maintenant bientôt toujours souvent
            quelque chose tous toute toutes autre autres bonne bien mauvais génial prix tarif tarifs
            coût coûte coute gratuit gratuite argent mois année semaine jour heure problème compte
            facture entreprise société gens devis appeler français anglais que qu' l' d' j' c' n' s'
            m' t' jusqu' lorsqu' puisqu' parce bien sûr vraiment désolé malheureusement aujourd'
            accord quelqu' rendez marche fonctionne équipe personnes essai supprimer outil réfléchir
            travail aider deux trois quatre cinq dix lundi mardi mercredi jeudi vendredi samedi
            dimanche aimerais aimerait pourriez pourrais moins produit réduction infos différence
            abonnement
            """,
        common: """
            la de en un on me mal son sale pain vie rose as ta ton plus es ai va bon super client
            clients aide entre par pour tout non mon nos tu question
            """
    )

    static let spanish = LanguageProfile(
        code: "es",
        strong: """
            tú él nosotros nosotras vosotros ellos ellas usted ustedes mí mis tus nuestro nuestra
            vuestro una unos unas pero también tampoco todavía sólo muy mucha muchos muchas eres
            somos está estoy estás estamos están fue ser estar hemos tengo tienes tiene tenemos
            tienen tener hace hacer hago puedo puede puedes podemos pueden poder quiero quieres
            quiere queremos quieren necesito necesita necesitamos voy vas vamos vengo viene decir sé
            sabe busco buscando hablo habla hablas hablan hablar entiendo qué quién quiénes dónde
            donde cuándo cuando por qué porqué cómo como cuánto cuanto cuánta cuanta cuántos cuantos
            cuál cual cuáles hola buenas buenos gracias porfa sí claro adiós chao por sobre después
            antes desde hasta hacia aquí allí hoy mañana ayer ahora siempre nunca todos toda todas
            otro otra otros otras bueno buena bien malo mala mejor peor precio precios cuesta
            cuestan coste costo gratis dinero mes año semana día ayuda pregunta preguntas problema
            cuenta factura empresa compañía gente alguien cliente clientes presupuesto cita llamar
            español inglés que porque entonces quizás quizá vez seguro realmente perdón lo siento
            prueba esto eso esta este estos estas funciona equipo personas ayudar trabajo borrar
            herramienta pensar dos tres cuatro cinco seis diez lunes martes miércoles jueves viernes
            sábado domingo gustaría gusta quisiera podría más menos producto descuento información
            diferencia contacto contraseña suscripción consigo cobrar cobraron
            """,
        common: """
            a de la en un no me se te lo sale son mal come ha han era hay van dice favor vale con
            sin para entre nada todo genial hora tal el los las del al y o solo mucho poco mi tu su
            sus le les nos os ti ella yo soy es ir saber contra pronto algo
            """
    )

    static let italian = LanguageProfile(
        code: "it",
        strong: """
            lui noi voi loro mio miei mie tuo tua tuoi suo sua suoi nostro nostra vostro il gli
            della dello delle degli dei alla allo alle agli ai nel nella nei nelle sul sulla dalla
            una anche ancora già molto troppo tanto è sono sei siamo siete ero essere abbiamo avete
            hanno avere faccio posso puoi può possiamo possono potere voglio vuoi vuole vogliamo
            vorrei devo deve dobbiamo bisogna vado vai andare vengo viene dico sa sapere cerco
            cerchiamo bisogno parlo parla parli parlate parlare capisco cosa quando perché perche
            quanto quanta quanti quante quale quali ciao buongiorno buonasera grazie prego favore sì
            certo arrivederci senza contro tra fra dopo presso verso qui qua lì là oggi domani ieri
            adesso subito sempre spesso qualcosa niente nulla tutto tutti tutta tutte altro altra
            altri buono buona bene meglio peggio prezzo prezzi costa costano costo gratuito gratis
            soldi mese anno settimana giorno aiuto domanda domande problema conto fattura azienda
            società gente qualcuno cliente clienti preventivo appuntamento chiamare italiano inglese
            perché quindi allora forse davvero sicuro scusa scusi purtroppo l' dell' all' nell'
            dall' sull' un' c' dov' quest' com' funziona persone squadra prova cancellare strumento
            pensare lavoro aiutare tre quattro cinque dieci lunedì martedì mercoledì giovedì venerdì
            sabato domenica piacerebbe potrei potreste più meno prodotto sconto informazioni
            differenza contatto abbonamento riesco addebitato
            """,
        common: """
            a e i o di la in un non no me ti se mi ci ne come son sale va io lei mia lo del al dal
            uno ed ma solo poco era ho hai fa dice dire so chi dove salve per si con prima da ora
            mai che due
            """
    )

    static let portuguese = LanguageProfile(
        code: "pt",
        strong: """
            você vocês ele ela nós eles elas meu minha meus minhas teu seu sua seus suas nosso nossa
            ao aos pelo pela uma uns umas também ainda já só muito muita muitos muitas pouco é sou
            somos são está estou estás estamos estão foi ser estar tenho tem temos têm ter há faz
            fazer faço posso pode podemos podem poder quero quer queremos queria preciso precisa
            precisamos vou vamos vão venho vem diz dizer sabe saber procuro procurando falo fala
            falam falar entendo quê quem onde quando porquê como quanto quanta quantos quantas qual
            quais olá obrigado obrigada obg valeu por favor claro tchau contra por sobre entre
            depois antes desde até aqui hoje amanhã ontem agora sempre nunca alguma tudo todos toda
            todas outro outra outros outras bom bem melhor pior ótimo preço preços custa custam
            custo grátis gratuito dinheiro mês ano semana dia ajuda pergunta perguntas problema
            conta fatura empresa pessoas gente alguém cliente clientes orçamento reunião ligar
            português inglês que porque então talvez realmente certeza desculpa desculpe
            infelizmente não plano isso isto esse essa funciona equipe teste apagar ferramenta
            pensar trabalho ajudar dois duas três quatro cinco seis dez segunda terça quarta quinta
            sexta sábado domingo gostaria gosto poderia mais menos produto desconto informações
            diferença contato senha assinatura consigo cobraram cobrança
            """,
        common: """
            a e o de em se me te lo no sale son mal come eu os as da dos das na nos nas um mas era
            vai ir oi sim com sem para ali algo nada boa hora tua sei
            """
    )

    static let polish = LanguageProfile(
        code: "pl",
        strong: """
            ja ty ona ono wy oni mnie ciebie cię tobie jego jej nas ich mój moja moje twój twoja
            twoje nasz nasza wasz wasza nie nigdy są jestem jesteś jesteśmy był była było masz mamy
            mają mieć może mogę możesz możemy mogą chcę chcesz chce chcemy potrzebuję potrzebuje
            szukam mówię mówisz mówi rozumiem wiem wiesz kto gdzie kiedy dlaczego czemu ile który
            która które jaki jaka jakie czy cześć dzień dobry witam dziękuję dzięki proszę tak
            oczywiście ze bez dla przez nad przed przy od tutaj tam dzisiaj dziś jutro wczoraj teraz
            zaraz zawsze często coś wszystko wszyscy inny inna inne dobrze źle dobra dobre lepiej
            cena ceny kosztuje koszt koszty darmowy pieniądze miesiąc rok tydzień godzina pomoc
            pytanie pytania faktura ludzie ktoś klient klienci oferta spotkanie zadzwonić polsku
            polski angielski że bo więc może chyba naprawdę przepraszam niestety bardzo pomocy osób
            osoby rozmawiać człowiek człowiekiem zespół działa usunąć narzędzie praca pomóc dwa trzy
            cztery pięć poniedziałek wtorek środa czwartek piątek sobota niedziela chciałbym
            chciałabym więcej mniej produkt zniżka informacji różnica kontakt hasło subskrypcja
            """,
        common: """
            a i to ale no mi im ma co jak z na pod po u w we o super problem firma konto nic ani
            jest mam was do my on one
            """
    )
}

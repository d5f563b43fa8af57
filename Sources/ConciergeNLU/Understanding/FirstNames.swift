/// Frequent given names across the languages of our visitors, lower case: what lets a
/// clause of capitalised words alone ("2 people, Mia Chen") be read as a signature rather
/// than a company ("Tiny Pottery"). Only for that reading: a name after "I'm" or "my name
/// is" needs no list.
enum FirstNames {
    static func contains(_ word: String) -> Bool { names.contains(word) }

    static let names: Set<String> = [
        // English
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
        "aaron", "adam", "nathan", "henry", "peter", "zachary", "kyle", "noah", "ethan", "jeremy", "christian",
        "sean", "austin", "oliver", "harry", "liam", "lucas", "mason", "logan", "owen", "leo", "max", "sam",
        "tom", "tim", "ben", "dan", "joe", "mike", "chris", "nick", "rob", "bob", "bill", "steve", "matt", "alex",
        "ray", "greg", "jeff", "jim", "dave", "tony", "ted", "fred", "ken", "jon", "josh", "jake", "luke", "zach",
        "alan", "billy", "bobby", "brett", "bruce", "bryan", "carl", "chad", "cole", "craig", "derek", "douglas",
        "dylan", "elijah", "eugene", "gabriel", "gerald", "harold", "jesse", "joel", "keith", "lawrence", "philip",
        "ralph", "randy", "roger", "roy", "russell", "shane", "terry", "todd", "troy", "vincent", "walter", "wayne",
        "willie", "ellie", "gina", "holly", "leah", "lucy", "maya", "molly", "nora", "tina",
        // More given names from blind audits ("Jenny Park", "Ray Mitchell" are people, not companies).
        "abbie", "abby", "alba", "alberto", "alessia", "amira", "amélie", "anjali", "aurélie", "avery",
        "becky", "benoit", "björn", "bridget", "brooke", "caitlin", "carla", "carrie", "casey", "chloé",
        "cindy", "clara", "claudia", "colleen", "courtney", "céline", "davide", "divya", "edith", "eduardo",
        "eilidh", "eleanor", "elin", "elisa", "ellen", "elodie", "erin", "esme", "evie", "fabio", "faisal",
        "fiona", "francesco", "françois", "freja", "greta", "guillaume", "hailey", "haley", "harriet",
        "henrik", "ibrahim", "ilaria", "imogen", "inès", "isabelle", "jamie", "jana", "jeanne", "jenny",
        "jeroen", "joanna", "joanne", "joris", "juliet", "juliette", "kaitlyn", "katie", "katja", "kerry",
        "khalid", "koen", "krista", "kristen", "kristin", "laurent", "leslie", "lindsay", "lindsey", "linnea",
        "louise", "lucie", "léa", "maddie", "madeline", "mairi", "mandy", "mario", "mathilde", "maureen",
        "maxime", "morag", "mustafa", "nabil", "naomi", "nathalie", "niels", "nikki", "noemi", "noreen",
        "olaf", "olivier", "paige", "peggy", "philippe", "phoebe", "piet", "polly", "quinn", "rami", "rashid",
        "ricardo", "riccardo", "riley", "sally", "sami", "sandrine", "saoirse", "sasha", "sebastien",
        "sigrid", "silke", "simone", "stacy", "stijn", "susie", "suzanne", "svetlana", "tanya", "tara",
        "taylor", "tessa", "thijs", "tiffany", "tracy", "vanessa", "vicky", "wendy", "whitney", "yasmin",
        "yvonne",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
        "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha",
        "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane",
        "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan",
        "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa",
        "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice", "judy", "sophia",
        "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana",
        "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori", "mia", "ava", "chloe", "ella",
        "lily", "zoe", "ruby", "amelia", "isla", "poppy", "jess", "kate", "liz", "jen", "sue", "beth", "meg",
        // Spanish, Portuguese, Italian, French
        "ana", "jose", "juan", "luis", "carlos", "jorge", "pedro", "miguel", "javier", "antonio", "manuel",
        "francisco", "alejandro", "pablo", "diego", "sergio", "fernando", "raul", "andres", "rafael", "lucia",
        "carmen", "elena", "sofia", "paula", "marta", "isabel", "pilar", "rosa", "cristina", "beatriz", "ines",
        "joao", "tiago", "rui", "mariana", "giulia", "giuseppe", "marco", "luca", "matteo", 
        "francesca", "chiara", "alessandro", "lorenzo", "giovanni", "federica", "valentina", "paolo", "stefano",
        "pierre", "louis", "nicolas", "julien", "camille", "claire", "manon", "sophie",
        "antoine", "hugo", "mathieu", "celine", "amelie", "margaux", "lea", "theo", "francois",
        // German, Dutch, Nordic, Slavic
        "hans", "jurgen", "klaus", "stefan", "andreas", "wolfgang", "uwe", "jonas", "lukas", "felix", 
        "katharina", "julia", "lena", "anja", "sabine", "petra", "monika", "ursula", "birgit", "jan", "pieter",
        "sanne", "femke", "daan", "bram", "lars", "erik", "nils", "sven", "anders", "ingrid", "astrid", "freya",
        "karin", "magnus", "piotr", "tomasz", "katarzyna", "agnieszka", "marek", "pavel", "ivan", "olga",
        "natalia", "irina", "dmitri", "sergei", "anastasia", "tatiana", "ewa", "zofia",
        // Asian, Middle Eastern, African
        "wei", "li", "ming", "jun", "hui", "yan", "xin", "lei", "chen", "hiroshi", "yuki", "haruto", "sakura",
        "kenji", "takashi", "akira", "min", "ji", "seo", "hyun", "priya", "rahul", "amit", "anil", "arjun",
        "deepak", "kavya", "neha", "pooja", "raj", "ravi", "sanjay", "sunita", "vijay", "aisha", "ahmed",
        "ali", "fatima", "hassan", "hussein", "mohammed", "muhammad", "omar", "yusuf", "zainab", "layla",
        "noor", "leila", "mehmet", "emre", "elif", "kemal", "ayse", "chidi", "ngozi", "kwame",
        "amara", "kofi", "tunde", "nia", "thabo", "zara", "yara", "dana", "nina", "eva", "ivy", "iris",
        // Irish, Nordic, German, Dutch, Polish, Arabic and more
        "leon", "oscar", "victor", "mohamed", "aoife", "niamh", "siobhan", "conor", "ciara", "cian", "sinead",
        "kasia", "magdalena", "bjorn", "finn", "emil", "natasha", "katrin", "helmut", "anke", "frida", "elsa",
        "matilda", "arthur", "albert", "jules", "camila", "martina", "jasper", "ruben", "joost", "hendrik",
        "wouter", "mikael", "johan", "annika", "hanna", "saskia", "heike", "jens", "dirk", "ute", "nadia", "samir",
        "karim", "youssef", "tariq", "rania", "dina", "krzysztof", "pawel",
    ]
}

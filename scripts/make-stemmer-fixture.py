#!/usr/bin/env python3
"""Regenerate Tests/ConciergeTextTests/Fixtures/porter2.tsv, the reference outputs that
EnglishStemmerTests checks the Swift Porter2 stemmer against.

Reference: the PyPI package `snowballstemmer` 3.1.1 (generated from Snowball 3.1.1's
english.sbl). The script refuses to run with another version, because the English algorithm
has changed between Snowball releases and the fixture must name the version it encodes.

Regenerate (from the repository root):

    python3 -m venv /tmp/stemvenv
    /tmp/stemvenv/bin/pip install snowballstemmer==3.1.1
    /tmp/stemvenv/bin/python scripts/make-stemmer-fixture.py

Word list: every distinct lower-cased word of /work/shared/datasets/*/train.jsonl (field
"text", split on anything that is not a letter; Unicode letters count, so accented words are
covered), plus the hand-written tricky cases below. To keep the fixture small (~150 KB), all
tricky words, all non-ASCII words and all words the stemmer changes are kept, and the words it
leaves unchanged are thinned out by a stable hash until the budget is met. Output: one
`word<TAB>stem` line per word, sorted by word, UTF-8, LF line ends.
"""
import glob
import hashlib
import importlib.metadata
import json
import os
import re
import sys

import snowballstemmer

EXPECTED_VERSION = "3.1.1"
BUDGET_BYTES = 148_000
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "Tests", "ConciergeTextTests", "Fixtures", "porter2.tsv")
DATASETS = "/work/shared/datasets/*/train.jsonl"

# Cases that exercise each branch of the algorithm, whether or not the datasets contain them.
TRICKY = """
skis skies dying lying tying idly gently ugly early only singly sky news howe atlas cosmos bias
andes inning innings outing outings canning cannings herring herrings earring earrings proceed
exceed succeed proceeding exceeded succeeds evening evenings eying
generously generate generation generator general generic communication communism community
communal arsenal arsenals arsenic emergency emerging emergence interest internal international
latest lateral organ organize organization organic past pasted pasting paste universe university
universal universally
say says saying sayings play player played playing boy boys toy toyed enjoy enjoying enjoyment
buy buying obey obeyed key keys monkey monkeys yes yellow young yield youth eye eyes eyed
yay yoyo yaya sayyid by bye cry cries cried crying try tries tried dry drier driest fly flies
happy happiness happily apply reply replies replied deny denied enemy enemies toys joys
agreed feed feeds feeding bleed bleeding need needed needing speed speedily agreedly
exceedingly deed deeds indeed
sing singing ring bring king thing things nothing something anything sting hopping hoping
hopped hoped running runs ran jumped jumping tapping taping filing filling falling fizzed
add added adding egg eggs off offed err erred ebb ebbed odd addition
hurriedly amazingly exceedingly surprisingly unfeelingly
lies ties pies dies flies spies species series ties cries
caresses misses classes glasses kisses dresses passes bosses
us bus gas gasses bonus virus status campus census abacus thus plus
ss ass boss class glass kiss miss press dress
cats dogs gaps kiwis news dress
dog's dogs' 'tis 'twas o'clock rock'n'roll it's isn't can't won't john's james' 's '
relational conditional rational valenci hesitanci digitizer conformabli radicalli
differentli vileli analogi archeologist geologist biologist fulli carefulli
hopefulli lessli helplessli carelessly formaliti sensitiviti sensibiliti
triplicate formative formalize electriciti electrical hopeful goodness
revival allowance inference airliner gyroscopic adjustable defensible irritant
replacement adjustment dependent adoption homologous communism activate angulariti
effective bowdlerize adoption controll roll rolled
skiing skied ski flying sky's skyline
a an be by i me my on or to up
aa ab ay ye yo ya
aer aye ays ayy yyy yy ey eys oys
cafe café cafés naïve naïvely résumé señor señora jalapeños façade über müller ça
"""


def main() -> None:
    version = importlib.metadata.version("snowballstemmer")
    if version != EXPECTED_VERSION:
        sys.exit(f"snowballstemmer {version} installed, fixture is defined for {EXPECTED_VERSION}")
    stemmer = snowballstemmer.stemmer("english")

    tricky = set(TRICKY.split())
    dataset_words = set()
    for path in sorted(glob.glob(DATASETS)):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line)["text"].lower()
                dataset_words.update(re.findall(r"[^\W\d_]+", text))

    def line(word: str) -> str:
        return f"{word}\t{stemmer.stemWord(word)}\n"

    kept = set(tricky)
    kept.update(w for w in dataset_words if not w.isascii() or stemmer.stemWord(w) != w)
    size = sum(len(line(w).encode()) for w in kept)
    rest = sorted(dataset_words - kept, key=lambda w: hashlib.sha1(w.encode()).hexdigest())
    for word in rest:
        cost = len(line(word).encode())
        if size + cost > BUDGET_BYTES:
            break
        kept.add(word)
        size += cost

    for word in kept:
        assert "\t" not in word and "\n" not in word, word
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as out:
        out.writelines(line(w) for w in sorted(kept))
    print(f"{len(kept)} words ({len(dataset_words)} distinct in the datasets), {size} bytes -> {OUTPUT}")


if __name__ == "__main__":
    main()

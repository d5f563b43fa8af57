"""A bot of CLINC150's shape for the start-time benchmarks (issue #18): 150 intents of 100
examples each (15,000 examples) in one intents file, built from the HWU64 and Snips training
sets. Like CLINC150, the examples carry no slot annotations (`--slots` keeps the datasets'
annotations as `[value](slot)` markup and declares every slot as free text: training the
tagger on 89 slots then takes most of a minute). Texts are deduplicated across both sets; intents with at least 100 examples are cut into chunks of 100 (`alarm_query`,
`PlayMusic_3`, …): every HWU64 intent that has 100, then Snips chunks round-robin over its
intents until there are 150.

    python3 bench/make_big_bot.py /work/shared/datasets /tmp/bigbot [--slots]
    concierge parse --bot /tmp/bigbot hello
"""
import json
import re
import os
import sys

INTENTS, PER_INTENT = 150, 100


def read(path, seen):
    """Rows by intent, without texts seen before (the loader rejects an example of two intents)."""
    by_intent = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            key = " ".join(re.findall(r"\w+", row["text"].lower()))
            if key in seen:
                continue
            seen.add(key)
            by_intent.setdefault(row["intent"], []).append(row)
    return by_intent


def chunks(by_intent):
    """Per intent, its chunks of PER_INTENT examples, in file order."""
    return {
        name: [rows[start:start + PER_INTENT] for start in range(0, len(rows) - PER_INTENT + 1, PER_INTENT)]
        for name, rows in sorted(by_intent.items())
    }


def escape(text):
    return "".join("\\" + c if c in "[]()\\" else c for c in text)


def marked_up(row, slots):
    """The example with its slots as `[value](slot)` markup (offsets are code points)."""
    text, out, at = row["text"], [], 0
    for slot in row["slots"] if slots else []:
        out.append(escape(text[at:slot["start"]]))
        out.append("[" + escape(text[slot["start"]:slot["end"]]) + "](" + slot["slot"] + ")")
        at = slot["end"]
    out.append(escape(text[at:]))
    return " ".join("".join(out).split())


def main():
    datasets, out = sys.argv[1], sys.argv[2]
    keep_slots = "--slots" in sys.argv[3:]
    chosen, seen = [], set()
    for name, parts in chunks(read(os.path.join(datasets, "hwu64", "train.jsonl"), seen)).items():
        chosen += [(name if i == 0 else f"{name}_{i}", part) for i, part in enumerate(parts[:1])]
    snips = chunks(read(os.path.join(datasets, "snips", "train.jsonl"), seen))
    round_ = 0
    while len(chosen) < INTENTS:
        for name, parts in snips.items():
            if round_ < len(parts) and len(chosen) < INTENTS:
                chosen.append((f"{name}_{round_}", parts[round_]))
        round_ += 1
    slots = sorted({slot["slot"] for _, rows in chosen for row in rows for slot in row["slots"]}) if keep_slots else []
    os.makedirs(os.path.join(out, "intents"), exist_ok=True)
    lines = ["settings:", "  name: bigbot", ""]
    if slots:
        lines += ["slots:"] + [f"  {slot}: text" for slot in slots]
    lines += ["", "intents:"]
    for name, rows in chosen:
        lines.append(f"  {name}:")
        lines.append("    examples:")
        lines += ["      - " + json.dumps(marked_up(row, keep_slots), ensure_ascii=False) for row in rows]
    with open(os.path.join(out, "intents", "intents.yml"), "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    print(f"{len(chosen)} intents, {sum(len(rows) for _, rows in chosen)} examples, {len(slots)} slots → {out}")


main()

#!/usr/bin/env python3
"""Out-of-scope detection measured on a data set without out-of-scope items: a seeded share of
its intents is held out as unknown. The classifier trains on the other intents' training items;
the test set is the whole test split, with the held-out intents' items labelled `oos`. Prints,
for each fallback threshold, in-scope accuracy and out-of-scope recall (`concierge eval`).

    python3 scripts/oos-sweep.py BIN DATA_DIR [--hold 0.2] [--seed 0] [--per-intent K] [-- EVAL_OPTIONS]

DATA_DIR holds train.jsonl and test.jsonl. --per-intent K trains on K items per known intent.
"""
import argparse, json, os, random, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("binary"); ap.add_argument("data")
ap.add_argument("--hold", type=float, default=0.2); ap.add_argument("--seed", type=int, default=0)
ap.add_argument("--per-intent", type=int); ap.add_argument("--thresholds", default="0,0.2,0.3,0.4,0.5,0.6,0.7")
# What follows "--" goes to `concierge eval` as it is.
argv = sys.argv[1:]
extra = argv[argv.index("--") + 1:] if "--" in argv else []
args = ap.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
args.rest = extra

read = lambda p: [json.loads(l) for l in open(os.path.join(args.data, p)) if l.strip()]
train, test = read("train.jsonl"), read("test.jsonl")
intents = sorted({u["intent"] for u in train})
rng = random.Random(args.seed)
held = set(rng.sample(intents, round(len(intents) * args.hold)))
known = [u for u in train if u["intent"] not in held]
if args.per_intent:
    by = {}
    for u in known: by.setdefault(u["intent"], []).append(u)
    known = [u for i in sorted(by) for u in rng.sample(by[i], min(args.per_intent, len(by[i])))]
tests = [dict(u, intent="oos", slots=[]) if u["intent"] in held else u for u in test]
d = tempfile.mkdtemp()
for name, items in (("train", known), ("test", tests)):
    with open(os.path.join(d, name + ".jsonl"), "w") as f:
        for u in items: f.write(json.dumps(u) + "\n")
print("held out %d of %d intents; train %d, test %d (%d oos)" % (
    len(held), len(intents), len(known), len(tests), sum(u["intent"] == "oos" for u in tests)))
for t in args.thresholds.split(","):
    out = subprocess.run([args.binary, "eval", "--train", os.path.join(d, "train.jsonl"),
                          "--test", os.path.join(d, "test.jsonl"), "--threshold", t, "--json",
                          "--now", "2024-05-01T09:30:00Z"] + args.rest,
                         capture_output=True, text=True, check=True).stdout
    r = json.loads(out)
    print("threshold %s  in-scope accuracy %.4f  oos recall %.4f  ECE %.4f" % (
        t, r["in_scope_accuracy"], r["oos_recall"], r["ece"]))

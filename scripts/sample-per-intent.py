#!/usr/bin/env python3
"""Draws K examples per intent from a JSON-lines dataset with a seed (the first K of each
intent after a seeded shuffle), for few-shot measurements (issue #20, BENCHMARKS.md).

    python3 scripts/sample-per-intent.py TRAIN.jsonl K SEED OUT.jsonl
"""
import json, random, sys, collections
src, k, seed, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rows = [json.loads(l) for l in open(src)]
by = collections.defaultdict(list)
for r in rows: by[r["intent"]].append(r)
rng = random.Random(seed)
with open(out, "w") as f:
    for intent in sorted(by):
        xs = by[intent][:]
        rng.shuffle(xs)
        for r in xs[:k]: f.write(json.dumps(r) + "\n")

#!/usr/bin/env python3
"""Held-out intent check: run visitor-style questions the bot was not trained on through
`concierge parse` and report how many get the expected intent.

    python3 bench/heldout.py [--bin .build/debug/concierge] [--bot .] [--verbose]
        [bench/heldout-visitor-questions.jsonl]

A question is a hit when parse's intent (after the fallback threshold; patterns and exact
examples included) is the expected one. Misses are listed with what the bot made of them.
"""
import argparse
import json
import subprocess
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", default="bench/heldout-visitor-questions.jsonl")
    parser.add_argument("--bin", default=".build/debug/concierge")
    parser.add_argument("--bot", default=".")
    parser.add_argument("--verbose", action="store_true", help="also list the hits")
    args = parser.parse_args()

    cases = [json.loads(line) for line in open(args.file, encoding="utf-8") if line.strip()]
    texts = "\n".join(case["text"] for case in cases) + "\n"
    run = subprocess.run([args.bin, "parse", "--bot", args.bot], input=texts,
                         capture_output=True, text=True, check=True)
    results = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    if len(results) != len(cases):
        print(f"expected {len(cases)} parse results, got {len(results)}", file=sys.stderr)
        return 2
    hits = 0
    for case, result in zip(cases, results):
        got = result["intent"]["name"]
        confidence = result["intent"]["confidence"]
        ok = got == case["expected"]
        hits += ok
        if not ok or args.verbose:
            mark = "hit " if ok else "MISS"
            print(f"{mark} {case['text']!r}: expected {case['expected']}, "
                  f"got {got} ({confidence}, {result['decision']})")
    print(f"held-out hit rate: {hits}/{len(cases)} = {hits / len(cases):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

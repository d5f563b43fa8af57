#!/usr/bin/env python3
"""Throughput of `concierge serve` on each store, in one run: in memory, SQLite, and
PostgreSQL with one and with two processes (issue #19). Same deterministic 100,000-message
file as `bench/serve_load.py` (1,000 interleaved sessions of the demo bot); each run gets a
fresh store. With two processes the lines are split by session (a sticky router: a hash of
the session id picks the worker), both workers start together on one database, and the wall
time is until the last one is done. Every response is checked (no error, ids in order).

    python3 bench/serve_scale.py --binary .build/release/concierge --postgres postgresql://…/db [--runs 3]
    # {"store": "postgresql x2", "messages": 100000, "seconds": …, "messages_per_second": …}

Python standard library, plus `psql` to create the databases.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import serve_load  # noqa: E402


def fresh_database(url, label):
    name = "bench_%s_%d_%d" % (label, os.getpid(), time.monotonic_ns() % 1_000_000_000)
    subprocess.run(["psql", url, "-q", "-c", f"CREATE DATABASE {name}"], check=True)
    return url.rsplit("/", 1)[0] + "/" + name


def serve_all(binary, bot, now, files, store):
    """Runs one serve per file at the same time on `store`; wall seconds and the outputs."""
    started = time.perf_counter()
    processes = []
    for path in files:
        stdin = open(path, "rb")
        processes.append((subprocess.Popen([binary, "serve", "--bot", bot, "--now", now] + store,
                                           stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL), stdin))
    outputs = [process.communicate()[0].splitlines() for process, _ in processes]
    seconds = time.perf_counter() - started
    for process, stdin in processes:
        stdin.close()
        if process.returncode != 0:
            sys.exit(f"error: serve exited {process.returncode}")
    return seconds, outputs


def check(lines, output):
    if len(output) != len(lines):
        sys.exit(f"error: {len(lines)} requests but {len(output)} responses")
    for request, response in zip(lines, output):
        answer = json.loads(response)
        if "error" in answer or answer["id"] != json.loads(request).get("id"):
            sys.exit(f"error: bad response {response[:300]!r} to {request!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/concierge")
    parser.add_argument("--bot", default=".")
    parser.add_argument("--postgres", required=True, help="a server URL; each run gets a new database there")
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--now", default="2026-11-22T10:00:00Z")
    args = parser.parse_args()
    lines = serve_load.requests(args.messages, args.sessions, 7)
    with tempfile.TemporaryDirectory() as folder:
        whole = os.path.join(folder, "all.jsonl")
        with open(whole, "w") as file:
            file.write("\n".join(lines) + "\n")
        halves = [[], []]
        for line in lines:
            halves[zlib.crc32(json.loads(line)["session"].encode()) % 2].append(line)
        parts = []
        for index, half in enumerate(halves):
            parts.append(os.path.join(folder, f"part{index}.jsonl"))
            with open(parts[-1], "w") as file:
                file.write("\n".join(half) + "\n")
        setups = [
            ("memory", lambda: ["--no-store"], [whole], [lines]),
            ("sqlite", lambda: ["--store", os.path.join(folder, f"s{time.monotonic_ns()}.sqlite")], [whole], [lines]),
            ("postgresql x1", lambda: ["--store", fresh_database(args.postgres, "one")], [whole], [lines]),
            ("postgresql x2", lambda: ["--store", fresh_database(args.postgres, "two")], parts, halves),
        ]
        results = {label: [] for label, *_ in setups}
        # Alternated, run after run, so a slow stretch of the machine hits every store alike.
        for _ in range(args.runs):
            for label, store, files, expected in setups:
                seconds, outputs = serve_all(args.binary, args.bot, args.now, files, store())
                for want, got in zip(expected, outputs):
                    check(want, got)
                results[label].append(args.messages / seconds)
        memory = statistics.median(results["memory"])
        for label, rates in results.items():
            print(json.dumps({"store": label, "messages": args.messages, "runs": [round(rate) for rate in rates],
                              "median_messages_per_second": round(statistics.median(rates)),
                              "share_of_memory": round(statistics.median(rates) / memory, 3)}), flush=True)


if __name__ == "__main__":
    main()

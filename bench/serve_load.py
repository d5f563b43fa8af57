"""Load test of `concierge serve`: many interleaved sessions of the demo bot on one stream.

Generates request files deterministically (a fixed seed picks, for each message, a session
among --sessions and that session's next line of a realistic visitor script), pipes each
file through `concierge serve --now …` under `/usr/bin/time -f %M`, checks that every line
got a non-error response in order, and prints messages/s and peak RSS for each size, so
memory can be compared at 10k and 100k messages (it should stay flat: it depends on the
number of sessions, not of messages).

    python3 bench/serve_load.py --binary .build/release/concierge --bot .
    # {"messages": 10000, "sessions": 1000, "seconds": 0.71, "startup_seconds": 0.05,
    #  "messages_per_second": 14084, "steady_messages_per_second": 15130, "peak_rss_kb": 20512}

Python standard library only.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

# What visitors of a marketing site type, as short conversations: a greeting, questions,
# a demo booking with its form answers, small talk, things the bot cannot answer, button
# labels clicked, and people asking for a human.
SCRIPTS = [
    ["hi", "how much does it cost?", "do you have a free trial", "thanks!"],
    ["hello there", "I'd like to book a demo", "ana@acme.com", "we are 40 people", "growth", "no thanks"],
    ["Pricing", "Book a demo", "bob@example.org", "12", "starter", "+1 415 555 0134"],
    ["what does brightwave do?", "does it integrate with shopify", "is my data safe", "bye"],
    ["can I cancel anytime", "what are your support hours", "are you a bot?", "ok thanks"],
    ["hey", "price for a team of 25 people", "is the enterprise plan cheaper", "Book a demo",
     "my email is carla.m@startup.io", "around 8 marketers", "enterprise", "skip"],
    ["asdf qwerty", "what's the weather like", "I want to talk to a human"],
    ["good morning", "Free trial", "do I need a credit card for the trial", "sign me up for a trial"],
    ["this is useless, nothing works", "let me talk to sales"],
    ["how long is the trial", "what happens to my data if I cancel", "which integrations do you have",
     "can we schedule a demo next tuesday at 3pm?", "dana@corp.example", "150", "growth", "no"],
]
CONTEXTS = [None, None, None, {"name": "Ana", "company": "Acme"}, {"name": "Ben"}]


def requests(count, sessions, seed):
    """`count` request lines over `sessions` sessions, each session walking its own script."""
    rng = random.Random(seed)
    progress = {}
    lines = []
    for index in range(count):
        session = rng.randrange(sessions)
        script_index, step = progress.get(session, (rng.randrange(len(SCRIPTS)), 0))
        script = SCRIPTS[script_index]
        request = {"session": f"visitor-{session}", "text": script[step], "id": index}
        context = CONTEXTS[session % len(CONTEXTS)]
        if step == 0 and context:
            request["context"] = context
        step += 1
        if step == len(script):
            # Next conversation of this visitor: sometimes a reset, like a reopened widget.
            if rng.random() < 0.3:
                lines.append(json.dumps({"session": f"visitor-{session}", "type": "reset", "id": f"r{index}"}))
            script_index, step = rng.randrange(len(SCRIPTS)), 0
        progress[session] = (script_index, step)
        lines.append(json.dumps(request))
    return lines[:count]


def run(binary, bot, path, now, store_arguments):
    """Wall seconds, peak RSS (KB), and the output lines of one `serve` run."""
    with open(path, "rb") as stdin, tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", binary, "serve", "--bot", bot, "--now", now] + store_arguments,
                       stdin=stdin, stdout=stdout, stderr=stderr, check=True)
        seconds = time.perf_counter() - start
        stderr.seek(0)
        rss = int(stderr.read().decode().strip().splitlines()[-1])
        stdout.seek(0)
        return seconds, rss, stdout.read().splitlines()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/concierge")
    parser.add_argument("--bot", default=".")
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--sizes", default="10000,100000", help="message counts, comma-separated")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--now", default="2026-11-22T10:00:00Z")
    parser.add_argument("--store", default=None,
                        help="store file for serve (a new temporary one per run with 'temp'); default: --no-store")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        empty = os.path.join(folder, "empty.jsonl")
        open(empty, "w").close()
        # Loading and training the bot: measured alone, to report the steady rate too.
        runs = [0]

        def store_arguments():
            # A fresh store per run: resumed sessions from an earlier run would change the answers.
            if args.store is None:
                return ["--no-store"]
            runs[0] += 1
            return ["--store", os.path.join(folder, f"store-{runs[0]}.sqlite") if args.store == "temp" else args.store]

        startup = min(run(args.binary, args.bot, empty, args.now, store_arguments())[0] for _ in range(3))
        for size in (int(text) for text in args.sizes.split(",")):
            path = os.path.join(folder, f"requests-{size}.jsonl")
            lines = requests(size, args.sessions, args.seed)
            with open(path, "w") as file:
                file.write("\n".join(lines) + "\n")
            seconds, rss, output = run(args.binary, args.bot, path, args.now, store_arguments())
            if len(output) != len(lines):
                sys.exit(f"error: {len(lines)} requests but {len(output)} responses")
            for request, response in zip(lines, output):
                answer = json.loads(response)
                if "error" in answer or answer["id"] != json.loads(request).get("id"):
                    sys.exit(f"error: bad response {response[:200]!r} to {request!r}")
            print(json.dumps({
                "messages": size,
                "sessions": args.sessions,
                "seconds": round(seconds, 3),
                "startup_seconds": round(startup, 3),
                "messages_per_second": round(size / seconds),
                "steady_messages_per_second": round(size / max(seconds - startup, 1e-9)),
                "peak_rss_kb": rss,
                "store": args.store is not None,
            }), flush=True)


if __name__ == "__main__":
    main()

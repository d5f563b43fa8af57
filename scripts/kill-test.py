#!/usr/bin/env python3
"""Kill test: no lead that the bot acknowledged may ever be lost.

Drives `concierge serve` with many lead conversations over JSON lines, kills it with
SIGKILL at random moments, restarts it on the same store, resumes every conversation where
its last acknowledged turn left it, and finally checks that every `lead_captured` event that
reached stdout is in `concierge leads`, and that sessions resumed (no conversation had to
start over after a kill).

    python3 scripts/kill-test.py --binary .build/release/concierge --kills 200 [--seed 1]
    python3 scripts/kill-test.py --binary .build/release/concierge --kills 200 --postgres postgresql://…/db

With --postgres, two serve processes share a fresh database on that server; each line goes to
either of them at random (a session moves between processes all the time). The one a kill
hits is restarted, and the request it left unanswered is resent, with its id, to the other:
retry-safe requests mean it is answered once, whether or not its turn was stored before the
kill. At the end every session must hold exactly its turns (none applied twice) and one lead.

Deterministic for a seed (kill moments are drawn from it). Standard library only.
"""
import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

# One conversation that ends in a captured lead with consent; {n} makes each person unique.
CONVERSATION = [
    "can someone from sales contact me?",
    "We want to automate our email campaigns and win back lapsed customers",
    "we're 40 people with about $20k a year, starting next month",
    "Globex",
    "yes, I'm the CMO",
    "sure",
    "I'm Ana Lopez",
    "ana{n}@globex.com",
    "skip",
]


def start(binary, bot, store, log):
    # serve's standard error goes to a file beside the store, so a death is explained.
    with open(log + ".stderr", "ab") as log:
        return subprocess.Popen(
            [binary, "serve", "--bot", bot, "--store", store, "--now", "2026-11-22T10:00:00Z"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, bufsize=0)


def fresh_database(url):
    """A new database on the server of `url` (psql comes with the server); its URL."""
    name = "kill_%d_%d" % (os.getpid(), int(time.time()))
    subprocess.run(["psql", url, "-q", "-c", f"CREATE DATABASE {name}"], check=True)
    return url.rsplit("/", 1)[0] + "/" + name


def exchange(process, line):
    """Writes a request and reads its response line (b"" when the process is gone)."""
    try:
        process.stdin.write(line.encode())
        return process.stdout.readline()
    except BrokenPipeError:
        return b""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/concierge")
    parser.add_argument("--bot", default=".")
    parser.add_argument("--sessions", type=int, default=400)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--postgres", help="a server URL: two processes on a fresh database there")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = tempfile.mkdtemp(prefix="concierge-kill-")
    store = fresh_database(args.postgres) if args.postgres else os.path.join(folder, "store.sqlite")
    log = os.path.join(folder, "serve")

    # Every session's next turn; a turn counts as done only once its response was read.
    progress = {f"s{n}": 0 for n in range(args.sessions)}
    acknowledged_leads = set()
    restarts_without_resume = 0  # reported: a resumed session never shows the opener again
    kills = 0
    resent_elsewhere = 0
    refused_and_resent = 0
    processes = [start(args.binary, args.bot, store, log) for _ in range(2 if args.postgres else 1)]
    # Kill after a random number of exchanged lines, so kills land everywhere in a turn.
    total_turns = args.sessions * len(CONVERSATION)
    kill_points = sorted(rng.sample(range(1, total_turns), min(args.kills, total_turns - 1)))
    exchanged = 0
    pending = [s for s in progress]
    while pending:
        session = rng.choice(pending)
        n = int(session[1:])
        turn = progress[session]
        text = CONVERSATION[turn].format(n=n)
        line = json.dumps({"session": session, "text": text, "id": [session, turn]}) + "\n"
        target = rng.randrange(len(processes))
        process = processes[target]
        killed = False
        if kill_points and exchanged == kill_points[0]:
            try:
                process.stdin.write(line.encode())
            except BrokenPipeError:
                pass
            # Kill while the request may be half processed: the response may be lost.
            time.sleep(rng.random() * 0.002)
            process.send_signal(signal.SIGKILL)
            killed = True
            response_line = process.stdout.readline()
        else:
            response_line = exchange(process, line)
        if not killed and not response_line:
            print(f"serve died by itself at line {exchanged} (exit {process.wait()})", file=sys.stderr)
            with open(log + ".stderr", errors="replace") as stderr:
                print("".join(stderr.readlines()[-5:]), file=sys.stderr, end="")
            return 1
        if killed:
            process.wait()
            kills += 1
            kill_points.pop(0)
            processes[target] = start(args.binary, args.bot, store, log)
            if not response_line.endswith(b"\n"):
                if len(processes) == 1:
                    continue  # the turn was not acknowledged: send it again
                # Unanswered: resent, with its id, to the other process. Whether the killed
                # one stored its turn or not, it is applied once.
                resent_elsewhere += 1
                response_line = exchange(processes[1 - target], line)
                if not response_line:
                    print("the other serve died", file=sys.stderr)
                    return 1
            # The response reached stdout before the kill: it is acknowledged like any other
            # (its lead must be stored), and resending the turn would apply it twice.
        exchanged += 1
        response = json.loads(response_line)
        # A worker killed with its commit in flight may still have it land after the other
        # read the session: the other's turn is refused as computed on a stale session, and
        # the client resends it with its id (PROTOCOL.md, "Retries"), as a desk would.
        attempts = 0
        while "send the request again" in response.get("error", {}).get("message", "") and attempts < 5:
            attempts += 1
            refused_and_resent += 1
            time.sleep(0.05)
            response_line = exchange(processes[rng.randrange(len(processes))], line)
            if not response_line:
                print("serve died on a resend", file=sys.stderr)
                return 1
            response = json.loads(response_line)
        if "error" in response:
            print(f"error response: {response}", file=sys.stderr)
            return 1
        if response.get("id") != [session, turn]:
            print(f"out of order: sent {[session, turn]}, got {response.get('id')}", file=sys.stderr)
            return 1
        if turn > 0 and response.get("state") == "welcome":
            restarts_without_resume += 1
        for event in response.get("events", []):
            if event.get("type") == "lead_captured":
                email = (event.get("lead") or {}).get("email")
                acknowledged_leads.add(email)
        progress[session] += 1
        if progress[session] == len(CONVERSATION):
            pending.remove(session)
    for process in processes:
        process.stdin.close()
        process.wait()

    exported = subprocess.run([args.binary, "leads", "--bot", args.bot, "--store", store, "--format", "jsonl"],
                              check=True, capture_output=True, text=True).stdout
    stored = {json.loads(line).get("email") for line in exported.splitlines() if line.strip()}
    lost = acknowledged_leads - stored
    print(f"kills: {kills}; sessions: {args.sessions}; acknowledged leads: {len(acknowledged_leads)}; "
          f"in the store: {len(stored)}; lost: {len(lost)}; turns that restarted a conversation: {restarts_without_resume}")
    if lost:
        print(f"lost leads: {sorted(lost)[:10]}", file=sys.stderr)
        return 1
    expected = {f"ana{n}@globex.com" for n in range(args.sessions)}
    if args.postgres:
        # No turn applied twice: each session holds exactly its turns, at that revision, and
        # one lead.
        twice = subprocess.run(["psql", store, "-tA", "-c", """
            SELECT count(*) FROM session s WHERE s.revision <> %d
                OR (SELECT count(*) FROM turn t WHERE t.session_id = s.id) <> %d
                OR (SELECT count(*) FROM lead l WHERE l.session_id = s.id) <> 1
            """ % (len(CONVERSATION), len(CONVERSATION))], check=True, capture_output=True, text=True).stdout.strip()
        print(f"resent to the other process: {resent_elsewhere}; refused as stale and resent: {refused_and_resent}; sessions with a turn applied twice or missing: {twice}")
        if twice != "0":
            return 1
    if stored != expected:
        # A conversation that did not resume after a kill would not reach its lead. (A lead
        # whose response was cut by a kill is stored but not acknowledged: the resent turn
        # finds it already captured, which is right.)
        print(f"conversations without a stored lead: {sorted(expected - stored)[:10]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

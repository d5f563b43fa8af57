#!/usr/bin/env python3
"""Usage: python3 scripts/readme-conversations.py [path/to/concierge]

Plays the README's two conversations through `concierge serve --no-store` (fixed clock)
and prints them as Markdown."""
import json, os, subprocess, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/concierge"
NOW = "2026-11-23T10:00:00Z"   # a Monday morning in Berlin: people answer handoffs
def play(session, turns, context=None):
    lines = []
    for text in turns:
        req = {"session": session, "text": text}
        if context: req["context"] = context
        lines.append(json.dumps(req))
    out = subprocess.run([BIN, "serve", "--no-store", "--now", NOW], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, cwd=ROOT).stdout.splitlines()
    md = []
    for text, line in zip(turns, out):
        r = json.loads(line)
        md.append(f"**Visitor:** {text}\n")
        for m in r["replies"]:
            body = m["text"].replace("\n", "  \n")
            buttons = m.get("buttons") or []
            md.append(f"**Bot:** {body}" + ("  \n*[buttons: " + " | ".join(buttons) + "]*" if buttons else "") + "\n")
        for e in r["events"]:
            if e["type"] in ("lead_captured", "handoff"):
                e2 = dict(e)
                if "transcript" in e2: e2["transcript"] = "[…]"
                md.append(f"*Event:* `{json.dumps(e2, ensure_ascii=False)}`\n")
    return "\n".join(md)
one = ["how much does brightwave cost?",
       "We run an online shop and need email campaigns plus SMS, ideally under $150 a month",
       "great — can someone from sales get in touch?",
       "we're 12 people and want to start next month",
       "Acme Outdoors",
       "yes, I'm the founder",
       "sure",
       "I'm Ana Lopez",
       "ana@acmeoutdoors.com, 555-201-3344"]
two = ["hi",
       "which product would you recommend for live chat on our website to capture leads? our budget is around $1,200 a year",
       "anything cheaper?",
       "compare Brightwave Chat and Brightwave Chat Plus",
       "I want to talk to a human",
       "hello??"]
print("### 1\n"); print(play("one", one))
print("### 2\n"); print(play("two", two, {"name": "Ana", "company": "Northwind", "returning": True, "products": ["Brightwave Mail Pro"]}))

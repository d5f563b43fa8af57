"""Turns the raw results of bench/run.sh into the markdown tables of BENCHMARKS.md."""
import json
import re
import statistics
import sys

out, runs = sys.argv[1], sys.argv[2]


def median(rows, key):
    return statistics.median(row[key] for row in rows)


sk = {}
crf = {}
for line in open(f"{out}/sklearn.md"):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) == 8 and cells[0] in ("snips", "hwu64") and "/" in cells[1]:
        wall, cpu = cells[5].split("/")
        crf[cells[0]] = dict(p=float(cells[2]), r=float(cells[3]), f1=float(cells[4]), train=float(wall),
                             latency=float(cells[6]))
    elif len(cells) >= 10 and cells[0] in ("snips", "hwu64"):
        wall, cpu = cells[5].split("/")
        single = re.match(r"([\d.]+)", cells[7]).group(1)
        sk[cells[0]] = dict(acc=float(cells[2]), f1=float(cells[4]), train=float(wall), train_cpu=float(cpu),
                            ups=float(cells[6]), single=float(single), cold=float(cells[8]))
sk_rss = int(open(f"{out}/sklearn-rss.txt").read().split()[-1])

print(f"Intent classification, test split (Concierge: median of {runs} runs; reference: scikit-learn word+char LinearSVC)\n")
print("| dataset | system | accuracy | macro-F1 | train s | 1-utt median µs | utt/s (one thread) | peak RSS MB |")
print("|---|---|---|---|---|---|---|---|")
for dataset in ("snips", "hwu64"):
    rows = [json.loads(l) for l in open(f"{out}/concierge-{dataset}.jsonl")]
    print(f"| {dataset} | Concierge | {median(rows, 'accuracy'):.4f} | {median(rows, 'macro_f1'):.4f} | "
          f"{median(rows, 'train_seconds'):.2f} | {median(rows, 'latency_us_median'):.1f} | "
          f"{median(rows, 'utterances_per_second'):,.0f} | {median(rows, 'peak_rss_kb') / 1024:.0f} |")
    if dataset in sk:
        r = sk[dataset]
        print(f"| {dataset} | scikit-learn | {r['acc']:.4f} | {r['f1']:.4f} | {r['train']:.2f} | "
              f"{r['single']:.0f} | {r['ups']:,.0f} (batch) | {sk_rss / 1024:.0f} (whole script) |")
print("\nSlot filling, test split: exact match of (slot, start, end), micro-averaged "
      "(Concierge: learned tagger; reference: sklearn-crfsuite CRF)\n")
print("| dataset | system | P | R | F1 | train s | 1-utt median µs |")
print("|---|---|---|---|---|---|---|")
for dataset in ("snips", "hwu64"):
    rows = [json.loads(l) for l in open(f"{out}/concierge-{dataset}.jsonl")]
    if rows and rows[0].get("slot_f1") is not None:
        print(f"| {dataset} | Concierge | {median(rows, 'slot_precision'):.4f} | {median(rows, 'slot_recall'):.4f} | "
              f"{median(rows, 'slot_f1'):.4f} | {median(rows, 'slot_train_seconds'):.2f} | "
              f"{median(rows, 'latency_us_median'):.1f} (intent + all entities) |")
    if dataset in crf:
        r = crf[dataset]
        print(f"| {dataset} | CRF reference | {r['p']:.4f} | {r['r']:.4f} | {r['f1']:.4f} | {r['train']:.1f} | "
              f"{r['latency']:.0f} (slots only) |")
cold = json.load(open(f"{out}/cold.json"))
print("\nCold start (new process → first answer; median of 15, interleaved)\n")
print("| command | seconds |")
print("|---|---|")
for name, value in cold.items():
    print(f"| {name} | {value:.3f} |")
print(f"\nRatio: importing scikit-learn takes {cold['python_import_sklearn'] / cold['concierge_parse_hello']:.0f}× "
      f"as long as `concierge parse hello` answering.")

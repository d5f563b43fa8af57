"""Start time and peak memory of `concierge parse hello` with compiled models (issue #18),
side by side with a previous binary (which trains at every start) and a Python process that
imports scikit-learn. Runs are interleaved; medians are printed as JSON.

    python3 bench/make_big_bot.py /work/shared/datasets /tmp/bigbot
    python3 bench/model_start.py .build/release/concierge /work/bench-s8/concierge \
        VENV/bin/python /tmp/bigbot --runs 7

Cases: `big_cold` (an empty cache: load, train, write the model), `big_warm` (the cache
written by the first run), `big_previous`; `demo_warm`, `demo_cold`, `demo_previous` (the
demo bot in this folder); `help` (`concierge --help`: the process alone);
`python_import_sklearn`. Each run is a new process; wall time and
peak RSS (ru_maxrss of that child, from wait4).

The previous binary gets a cache folder of its own, filled before the runs (with
`--previous-trains`, none: for a previous binary without a model cache, which trains at
every start anyway), so its starts are warm too: two builds sharing one folder would
replace each other's model (the cache key is the bot, the engine build is checked inside).
`python_import_sklearn_bare` is `python -c "import sklearn"`.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time


def run(command, environment):
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = child.stderr.read().decode()
    child.stderr.close()
    if status != 0:
        raise SystemExit(f"{command} failed: {stderr}")
    return elapsed, usage.ru_maxrss / 1024  # MB


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("previous")
    parser.add_argument("python")
    parser.add_argument("big_bot")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-big-cold", action="store_true", help="big_cold takes seconds per run")
    parser.add_argument("--previous-trains", action="store_true",
                        help="the previous binary has no model cache: do not fill one for it")
    args = parser.parse_args()

    warm_home = tempfile.mkdtemp(prefix="concierge-bench-cache-")
    previous_home = tempfile.mkdtemp(prefix="concierge-bench-cache-previous-")
    base = dict(os.environ, XDG_CACHE_HOME=warm_home)
    previous_base = dict(os.environ, XDG_CACHE_HOME=previous_home)
    big = ["parse", "--bot", args.big_bot, "hello"]
    demo = ["parse", "hello"]
    # Fill the warm caches once for both bots.
    run([args.binary] + big, base)
    run([args.binary] + demo, base)
    if not args.previous_trains:
        run([args.previous] + big, previous_base)
        run([args.previous] + demo, previous_base)

    def cold(arguments):
        def command():
            home = tempfile.mkdtemp(prefix="concierge-bench-cold-")
            try:
                return run([args.binary] + arguments, dict(os.environ, XDG_CACHE_HOME=home))
            finally:
                shutil.rmtree(home, ignore_errors=True)
        return command

    cases = {
        "big_warm": lambda: run([args.binary] + big, base),
        "big_previous": lambda: run([args.previous] + big, previous_base),
        "demo_warm": lambda: run([args.binary] + demo, base),
        # The floor: a process that loads the same executable and prints its help.
        "help": lambda: run([args.binary, "--help"], base),
        "demo_cold": cold(demo),
        "demo_previous": lambda: run([args.previous] + demo, previous_base),
        "python_import_sklearn": lambda: run(
            [args.python, "-c", "import sklearn.pipeline, sklearn.svm, sklearn.linear_model, sklearn.feature_extraction.text"],
            base),
        "python_import_sklearn_bare": lambda: run([args.python, "-c", "import sklearn"], base),
    }
    if not args.skip_big_cold:
        cases["big_cold"] = cold(big)
    results = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, case in cases.items():
            results[name].append(case())
    summary = {
        name: {"seconds": round(statistics.median(t for t, _ in values), 4),
               "peak_rss_mb": round(statistics.median(m for _, m in values), 1)}
        for name, values in results.items()
    }
    for name in ["demo_warm", "demo_previous"]:
        for python in ["python_import_sklearn", "python_import_sklearn_bare"]:
            summary[f"{name}_vs_{python}"] = round(summary[python]["seconds"] / summary[name]["seconds"], 1)
    model_sizes = {name: os.path.getsize(os.path.join(warm_home, "concierge", name))
                   for name in os.listdir(os.path.join(warm_home, "concierge"))}
    summary["model_file_bytes"] = sorted(model_sizes.values())
    shutil.rmtree(warm_home, ignore_errors=True)
    shutil.rmtree(previous_home, ignore_errors=True)
    print(json.dumps(summary, indent=1))


main()

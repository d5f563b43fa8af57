"""Cold start, side by side: `concierge parse hello` with the starter bot in this folder
(new process → first answer, which includes loading the bot files and training), against a
Python process that only imports scikit-learn. Median of 15 runs each, interleaved."""
import json
import statistics
import subprocess
import sys
import time

binary, python = sys.argv[1], sys.argv[2]
commands = {
    "concierge_parse_hello": [binary, "parse", "hello"],
    "python_import_sklearn": [python, "-c", "import sklearn.pipeline, sklearn.svm, sklearn.linear_model, sklearn.feature_extraction.text"],
    "python_pass": [python, "-c", "pass"],
}
times = {name: [] for name in commands}
for _ in range(15):
    for name, command in commands.items():
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times[name].append(time.perf_counter() - start)
print(json.dumps({name: statistics.median(values) for name, values in times.items()}))

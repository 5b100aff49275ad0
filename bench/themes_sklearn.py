#!/usr/bin/python3
"""Theme model speed beside scikit-learn, on the same paragraphs, in one run.

Builds the benchmark paragraphs exactly as `textminer bench classifier` does (corpus/labels train, dev, and
../shared/realistic/labels-dev.jsonl when present, repeated in that order up to --paragraphs), then:
  * scikit-learn: TfidfVectorizer(word 1-2 grams, sublinear tf) + one-vs-rest LogisticRegression: fit seconds, and
    predict_proba paragraphs/s over the same paragraphs;
  * TextMiner: runs `textminer bench classifier --paragraphs N` (built from this checkout) and reads its figures.
Prints both and the ratios. Needs python3-sklearn (Debian; run it with /usr/bin/python3 if another python3 comes
first on PATH) and a Release build of src/TextMiner.Cli.

    /usr/bin/python3 bench/themes_sklearn.py [--paragraphs 20000]
"""
import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "corpus", "labels")
REALISTIC_DEV = os.path.join(os.path.dirname(ROOT), "shared", "realistic", "labels-dev.jsonl")
CLI = os.path.join(ROOT, "src", "TextMiner.Cli", "bin", "Release", "net10.0", "textminer.dll")


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def paragraphs(count):
    pool = read(os.path.join(LABELS, "train.jsonl")) + read(os.path.join(LABELS, "dev.jsonl"))
    if os.path.exists(REALISTIC_DEV):
        pool += read(REALISTIC_DEV)
    return [pool[i % len(pool)] for i in range(count)]


def sklearn_figures(rows):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import MultiLabelBinarizer

    texts = [r["text"] for r in rows]
    y = MultiLabelBinarizer().fit_transform([r["labels"] for r in rows])
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
                          OneVsRestClassifier(LogisticRegression(max_iter=1000)))
    started, cpu = time.perf_counter(), time.process_time()
    model.fit(texts, y)
    train_seconds, train_cpu = time.perf_counter() - started, time.process_time() - cpu
    model.predict_proba(texts[:256])  # warm-up, as TextMiner's bench does
    started, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(texts), 256):
        model.predict_proba(texts[i:i + 256])
    predict_seconds, predict_cpu = time.perf_counter() - started, time.process_time() - cpu
    return train_seconds, train_cpu, len(texts) / predict_seconds, predict_cpu


def textminer_figures(count):
    output = subprocess.run(["dotnet", CLI, "bench", "classifier", "--paragraphs", str(count)],
                            check=True, capture_output=True, text=True, cwd=ROOT).stdout
    train = re.search(r"Training:\s+([\d.]+) s on \d+ paragraphs \(process CPU ([\d.]+) s", output)
    rate = re.search(r"= (\d+) paragraphs/s \(process CPU ([\d.]+) s", output)
    return float(train.group(1)), float(train.group(2)), float(rate.group(1)), float(rate.group(2)), output


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, default=20000)
    args = parser.parse_args()
    rows = paragraphs(args.paragraphs)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"paragraphs: {len(rows)} (train and predict); realistic dev {'included' if os.path.exists(REALISTIC_DEV) else 'absent'}")
    print(f"load average before: {os.getloadavg()[0]:.1f} (the machine is shared: compare the two in this run only)")
    sk_train, sk_train_cpu, sk_rate, sk_predict_cpu = sklearn_figures(rows)
    print(f"scikit-learn: training {sk_train:.1f} s (CPU {sk_train_cpu:.1f} s), prediction {sk_rate:,.0f} paragraphs/s (CPU {sk_predict_cpu:.2f} s)", flush=True)
    tm_train, tm_train_cpu, tm_rate, tm_predict_cpu, tm_output = textminer_figures(args.paragraphs)
    print(tm_output.strip())
    print(f"| tool | training s (CPU s) | prediction paragraphs/s (CPU s for all) |")
    print(f"| --- | ---: | ---: |")
    print(f"| TextMiner | {tm_train:.1f} ({tm_train_cpu:.1f}) | {tm_rate:,.0f} ({tm_predict_cpu:.2f}) |")
    print(f"| scikit-learn TF-IDF + one-vs-rest LogisticRegression | {sk_train:.1f} ({sk_train_cpu:.1f}) | {sk_rate:,.0f} ({sk_predict_cpu:.2f}) |")
    print(f"ratios (TextMiner / scikit-learn): prediction {tm_rate / sk_rate:.2f}x, training time {tm_train / sk_train:.2f}x (CPU {tm_train_cpu / sk_train_cpu:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

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
    started = time.perf_counter()
    model.fit(texts, y)
    train_seconds = time.perf_counter() - started
    model.predict_proba(texts[:256])  # warm-up, as TextMiner's bench does
    started = time.perf_counter()
    for i in range(0, len(texts), 256):
        model.predict_proba(texts[i:i + 256])
    predict_seconds = time.perf_counter() - started
    return train_seconds, len(texts) / predict_seconds


def textminer_figures(count):
    output = subprocess.run(["dotnet", CLI, "bench", "classifier", "--paragraphs", str(count)],
                            check=True, capture_output=True, text=True, cwd=ROOT).stdout
    train = float(re.search(r"Training:\s+([\d.]+) s on (\d+) paragraphs", output).group(1))
    rate = float(re.search(r"= (\d+) paragraphs/s", output).group(1))
    return train, rate, output


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, default=20000)
    args = parser.parse_args()
    rows = paragraphs(args.paragraphs)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"paragraphs: {len(rows)} (train and predict); realistic dev {'included' if os.path.exists(REALISTIC_DEV) else 'absent'}")
    sk_train, sk_rate = sklearn_figures(rows)
    print(f"scikit-learn: training {sk_train:.1f} s, prediction {sk_rate:,.0f} paragraphs/s", flush=True)
    tm_train, tm_rate, tm_output = textminer_figures(args.paragraphs)
    print(tm_output.strip())
    print(f"| tool | training s | prediction paragraphs/s |")
    print(f"| --- | ---: | ---: |")
    print(f"| TextMiner | {tm_train:.1f} | {tm_rate:,.0f} |")
    print(f"| scikit-learn TF-IDF + one-vs-rest LogisticRegression | {sk_train:.1f} | {sk_rate:,.0f} |")
    print(f"ratios (TextMiner / scikit-learn): prediction {tm_rate / sk_rate:.2f}x, training time {tm_train / sk_train:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Sanity baseline, not the product classifier: one-vs-rest Bernoulli-style naive Bayes on
unigrams and bigrams, trained on train.jsonl, with a per-label threshold picked on dev.jsonl.
It prints macro-F1 and per-label F1 on dev and test. It checks that the corpus can be learned
but is not trivial. Run: python3 corpus/labels/tools/baseline_nb.py
"""
import json, math, os, re
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = ["victim-contact", "staffing", "workload", "public-protection", "privatisation", "training",
          "estates", "leadership", "court-work", "rehabilitation", "pay-and-conditions", "technology",
          "equality-diversity"]


def load(split):
    with open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def feats(text):
    words = re.findall(r"[a-z]+", text.lower())
    return set(words) | {a + "_" + b for a, b in zip(words, words[1:])}


def fit(train, label):
    pos, neg, n_pos, n_neg = Counter(), Counter(), 0, 0
    for r in train:
        if label in r["labels"]:
            pos.update(feats(r["text"]))
            n_pos += 1
        else:
            neg.update(feats(r["text"]))
            n_neg += 1
    return pos, neg, n_pos, n_neg


def score(model, text):
    pos, neg, n_pos, n_neg = model
    s = math.log(n_pos / n_neg)
    for w in feats(text):
        if pos[w] + neg[w] >= 2:
            s += math.log((pos[w] + .5) / (n_pos + 1)) - math.log((neg[w] + .5) / (n_neg + 1))
    return s


def f1(scores, gold, threshold):
    tp = sum(s > threshold and g for s, g in zip(scores, gold))
    fp = sum(s > threshold and not g for s, g in zip(scores, gold))
    fn = sum(s <= threshold and g for s, g in zip(scores, gold))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main():
    train, splits = load("train"), {s: load(s) for s in ("dev", "test")}
    results = {s: [] for s in splits}
    for label in LABELS:
        model = fit(train, label)
        scored = {s: ([score(model, r["text"]) for r in d], [label in r["labels"] for r in d])
                  for s, d in splits.items()}
        best = max(range(-10, 60, 2), key=lambda t: f1(*scored["dev"], t))
        for s in splits:
            results[s].append(f1(*scored[s], best))
    for s, fs in results.items():
        print(f"{s}: macro-F1 {sum(fs) / len(fs):.3f}  " +
              " ".join(f"{l}={f:.2f}" for l, f in zip(LABELS, fs)))


if __name__ == "__main__":
    main()

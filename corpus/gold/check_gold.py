#!/usr/bin/env python3
"""Sanity checks for the gold files: run from the repository root: python3 corpus/gold/check_gold.py"""
import json, os, re, sys

RATINGS = {"Outstanding", "Good", "Requires improvement", "Inadequate"}
KINDS = {"vacancies", "vacancy-rate", "staff-in-post", "staff-required", "caseload", "workload",
         "sickness-absence", "people-supervised"}
MARKS = "\"'“”‘’"
TITLES = re.compile(r"\b(Dame|Sir|Mr|Mrs|Ms|Dr|Lord|Baroness)\b")


def norm(text):
    text = "".join(" " if c in MARKS else c for c in text)
    return re.sub(r"\s+", " ", text).strip()


def main():
    errors = 0
    counts = {}
    for split in ("dev", "test"):
        name = f"corpus/gold/{split}.jsonl"
        if not os.path.exists(name):
            continue
        docs = ratings = figures = quotes = empty = 0
        for number, line in enumerate(open(name, encoding="utf-8"), 1):
            def fail(message):
                nonlocal errors
                errors += 1
                print(f"{name}:{number}: {message}")
            record = json.loads(line)
            path = record["path"]
            if not path.startswith(f"corpus/gold/docs/{split}/") or not os.path.exists(path):
                fail(f"bad path {path}")
                continue
            body = open(path, encoding="utf-8").read()
            if body.splitlines()[0].strip() != record["title"]:
                fail("title is not the first line")
            flat = norm(body)
            for r in record["ratings"]:
                if r["value"] not in RATINGS or not r["aspect"] or r["aspect"] != r["aspect"].lower():
                    fail(f"bad rating {r}")
            for f in record["figures"]:
                if f["kind"] not in KINDS or not isinstance(f["value"], (int, float)):
                    fail(f"bad figure {f}")
            for q in record["quotes"]:
                if len(q["text"].split()) < 5:
                    fail(f"quote under five words: {q['text']}")
                if norm(q["text"]) not in flat:
                    fail(f"quote text not in document: {q['text'][:60]}")
                if not q["speaker"] or TITLES.search(q["speaker"]):
                    fail(f"bad speaker {q['speaker']}")
            docs += 1
            ratings += len(record["ratings"])
            figures += len(record["figures"])
            quotes += len(record["quotes"])
            empty += not (record["ratings"] or record["figures"] or record["quotes"])
        counts[split] = dict(documents=docs, ratings=ratings, figures=figures, quotes=quotes, empty=empty)
        listed = {json.loads(l)["path"] for l in open(name, encoding="utf-8")}
        for file in sorted(os.listdir(f"corpus/gold/docs/{split}")):
            if f"corpus/gold/docs/{split}/{file}" not in listed:
                errors += 1
                print(f"{name}: no line for {file}")
    print(json.dumps(counts))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

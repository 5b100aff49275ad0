#!/usr/bin/env python3
"""Assemble the labelled theme corpus from corpus/labels/src and corpus/seeds.

Source batches (src/*.txt): first line "# prefix: <id-prefix>", then one paragraph a line
as "<codes>|<text>", codes comma-separated short codes (see CODES) or "-" for none.
Seed labels (src/seeds.labels): "<seed-file-stem>:<block-index>|<codes>".
Seeds always go to train; the rest is split 70/15/15 by iterative stratification
with a fixed seed. Checks counts, duplicates and sentence overlap across splits.
Run: python3 corpus/labels/tools/build.py  (from the repo root or anywhere)
"""
import json, os, random, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS_DIR = os.path.dirname(HERE)
SEEDS_DIR = os.path.join(os.path.dirname(LABELS_DIR), "seeds")
SRC = os.path.join(LABELS_DIR, "src")

LABELS = ["victim-contact", "staffing", "workload", "public-protection", "privatisation", "training",
          "estates", "leadership", "court-work", "rehabilitation", "pay-and-conditions", "technology",
          "equality-diversity"]
CODES = dict(zip(["vc", "st", "wl", "pp", "pr", "tr", "es", "ld", "ct", "rh", "pay", "it", "ed"], LABELS))
SEED = 20261122
SPLITS = {"train": 0.70, "dev": 0.15, "test": 0.15}
BOILERPLATE = re.compile(r"^(share this|related posts|leave a reply|your email address|ends\.?|press statement|"
                         r"notes to editor|napo magazine - |we are a magazine|search\b)", re.I)


def parse_codes(codes, where):
    codes = codes.strip()
    if codes == "-":
        return []
    out = []
    for c in codes.split(","):
        c = c.strip()
        if c not in CODES:
            sys.exit(f"{where}: unknown code {c!r}")
        out.append(CODES[c])
    return [l for l in LABELS if l in out]


def seed_blocks():
    blocks = {}
    for name in sorted(os.listdir(SEEDS_DIR)):
        stem = name.split("_")[0]
        text = open(os.path.join(SEEDS_DIR, name), encoding="utf-8").read()
        raw = [b.strip() for b in re.split(r"\n\s*\n", text)]
        title = raw[0].splitlines()[0].strip()
        idx = 0
        kept = set()
        for b in raw[1:]:
            if not b or BOILERPLATE.match(b) or b.splitlines()[0].strip() == title or b in kept:
                continue
            kept.add(b)
            idx += 1
            blocks[f"{stem}:{idx}"] = re.sub(r"\s+", " ", b)
    return blocks


def load():
    items = []
    blocks = seed_blocks()
    labels_path = os.path.join(SRC, "seeds.labels")
    seen = set()
    for n, line in enumerate(open(labels_path, encoding="utf-8"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, codes = line.split("|", 1)
        if key not in blocks:
            sys.exit(f"seeds.labels:{n}: no seed block {key}")
        seen.add(key)
        stem, idx = key.split(":")
        items.append({"id": f"seed-{stem}-{int(idx):02d}", "text": blocks[key],
                      "labels": parse_codes(codes, f"seeds.labels:{n}"), "seed": True})
    missing = sorted(set(blocks) - seen)
    if missing:
        sys.exit("unlabelled seed blocks: " + ", ".join(f"{k}: {blocks[k][:60]}" for k in missing))
    counters = Counter()
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".txt"):
            continue
        lines = open(os.path.join(SRC, name), encoding="utf-8").read().splitlines()
        m = re.match(r"#\s*prefix:\s*(\S+)", lines[0])
        if not m:
            sys.exit(f"{name}: first line must be '# prefix: ...'")
        prefix = m.group(1)
        for n, line in enumerate(lines[1:], 2):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "|" not in line:
                sys.exit(f"{name}:{n}: missing '|'")
            codes, text = line.split("|", 1)
            counters[prefix] += 1
            items.append({"id": f"{prefix}-{counters[prefix]:04d}", "text": text.strip(),
                          "labels": parse_codes(codes, f"{name}:{n}"), "seed": False})
    return items


def norm(t):
    return re.sub(r"[^a-z0-9 ]", "", t.lower())


def sentences(t):
    return [norm(s).strip() for s in re.split(r"(?<=[.!?])\s+", t) if len(s.split()) >= 6]


def shingles(t, k=5):
    w = norm(t).split()
    return {" ".join(w[i:i + k]) for i in range(max(1, len(w) - k + 1))}


def near_duplicates(items, threshold=0.5):
    index = defaultdict(set)
    sh = [shingles(i["text"]) for i in items]
    for n, s in enumerate(sh):
        for g in s:
            index[g].add(n)
    pairs = []
    for n, s in enumerate(sh):
        cand = Counter()
        for g in s:
            for m in index[g]:
                if m > n:
                    cand[m] += 1
        for m, inter in cand.items():
            if inter / len(s | sh[m]) >= threshold:
                pairs.append((items[n]["id"], items[m]["id"]))
    return pairs


def split(items):
    """Iterative stratification: rarest label first, each item to the split that most lacks it.

    Unlabelled paragraphs are stratified as their own pseudo-label so every split gets its share."""
    none = "(none)"
    keys = LABELS + [none]
    labs = lambda i: i["labels"] or [none]
    rng = random.Random(SEED)
    out = {s: [i for i in items if i["seed"]] if s == "train" else [] for s in SPLITS}
    rest = [i for i in items if not i["seed"]]
    rng.shuffle(rest)
    total = len(items)
    want_size = {s: p * total - len(out[s]) for s, p in SPLITS.items()}
    lab_total = Counter(l for i in items for l in labs(i))
    want = {s: {l: p * lab_total[l] - sum(l in labs(i) for i in out[s]) for l in keys}
            for s, p in SPLITS.items()}
    remaining = Counter(l for i in rest for l in labs(i))
    pool = rest
    while pool:
        rare = min((l for l in keys if remaining[l] > 0), key=lambda l: remaining[l])
        group = [i for i in pool if rare in labs(i)]
        for i in group:
            best = max(SPLITS, key=lambda s: (want[s][rare], want_size[s], rng.random()))
            out[best].append(i)
            want_size[best] -= 1
            for l in labs(i):
                want[best][l] -= 1
                remaining[l] -= 1
        ids = {id(i) for i in group}
        pool = [i for i in pool if id(i) not in ids]
    # dev and test should be the same size: move unlabelled paragraphs (label counts unchanged)
    big, small = sorted(["dev", "test"], key=lambda s: -len(out[s]))
    while len(out[big]) - len(out[small]) > 1:
        i = next((i for i in out[big] if not i["labels"]), None)
        if i is None:
            break
        out[big].remove(i)
        out[small].append(i)
    for s in out:
        rng.shuffle(out[s])
    return out


def main():
    items = load()
    problems = []
    ids = Counter(i["id"] for i in items)
    problems += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    for i in items:
        if "|" in i["text"] or not i["text"]:
            problems.append(f"bad text {i['id']}")
    pairs = near_duplicates(items)
    problems += [f"near-duplicate {a} ~ {b}" for a, b in pairs]
    out = split(items)
    owner = {}
    for s, lst in out.items():
        for i in lst:
            for sent in sentences(i["text"]):
                if sent in owner and owner[sent][0] != s:
                    problems.append(f"sentence in two splits: {owner[sent][1]} / {i['id']}: {sent[:60]}")
                owner.setdefault(sent, (s, i["id"]))
    for s, lst in out.items():
        with open(os.path.join(LABELS_DIR, f"{s}.jsonl"), "w", encoding="utf-8") as f:
            for i in lst:
                f.write(json.dumps({"id": i["id"], "text": i["text"], "labels": i["labels"]},
                                   ensure_ascii=False) + "\n")
    text = report(items, out, problems)
    print(text)
    if "--readme" in sys.argv:
        update_readme(text)
    return 1 if problems else 0


def update_readme(text):
    path = os.path.join(LABELS_DIR, "README.md")
    doc = open(path, encoding="utf-8").read()
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    head, rest = doc.split(start, 1)
    tail = rest.split(end, 1)[1]
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + start + "\n" + text.rstrip() + "\n" + end + tail)


def report(items, out, problems):
    lines = []
    cols = list(out) + ["total"]
    allsets = dict(out, total=items)
    count = lambda c, pred: sum(1 for i in allsets[c] if pred(i))
    lines.append("| label | " + " | ".join(cols) + " |")
    lines.append("| --- | " + " | ".join("---:" for _ in cols) + " |")
    for l in LABELS:
        lines.append(f"| {l} | " + " | ".join(str(count(c, lambda i: l in i['labels'])) for c in cols) + " |")
    lines.append("| (no label) | " + " | ".join(str(count(c, lambda i: not i['labels'])) for c in cols) + " |")
    lines.append("| 2+ labels | " + " | ".join(str(count(c, lambda i: len(i['labels']) >= 2)) for c in cols) + " |")
    lines.append("| paragraphs | " + " | ".join(str(len(allsets[c])) for c in cols) + " |")
    n = len(items)
    words = sorted(len(i["text"].split()) for i in items)
    lines.append("")
    lines.append(f"multi-label share {sum(len(i['labels']) >= 2 for i in items) / n:.1%}, "
                 f"no-label share {sum(not i['labels'] for i in items) / n:.1%}, "
                 f"words/paragraph median {words[n // 2]}, min {words[0]}, max {words[-1]}, "
                 f"30+ words {sum(w >= 30 for w in words) / n:.0%}")
    by_prefix = Counter(i["id"].rsplit("-", 1)[0] for i in items)
    lines.append("by source style: " + ", ".join(f"{k} {v}" for k, v in sorted(by_prefix.items())))
    fails = [f"{l}: {c} {count(c, lambda i: l in i['labels'])}" for l in LABELS for c in cols
             if count(c, lambda i: l in i['labels']) < (80 if c == "total" else 15 if c != "train" else 0)]
    for p in problems + ["too few positives " + f for f in fails]:
        lines.append("PROBLEM: " + p)
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""The benchmark a user can rerun: TextMiner's stages and the alternatives on one generated corpus, in one run.

Called by bench/run.sh (which installs the Debian packages first). Steps: generate the corpus with
`textminer bench corpus`; time `parse` over the PDFs and over the HTML pages, `ingest` (peak memory by
/usr/bin/time -v), `reindex`, `search --batch`, /api/search through `serve`, `bench classifier`; time poppler in one
process, pdftotext, pdfminer, BeautifulSoup, readability-lxml, Java Lucene 4.10 and scikit-learn on the same inputs;
median of --repeats runs each. Prints one table (and writes it, with every raw run, to OUT/results.json and
OUT/results.md).
"""
import argparse
import http.client
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
CLI = os.path.join(ROOT, "src", "TextMiner.Cli", "bin", "Release", "net10.0", "textminer.dll")
JAVA = "/usr/share/java"
LUCENE_JARS = [os.path.join(JAVA, f"lucene-{name}-4.10.4.jar") for name in ("core", "analyzers-common", "queryparser")]


def log(message):
    print(message, file=sys.stderr, flush=True)


def textminer(*args):
    return ["dotnet", CLI, *args]


def run(command, **kwargs):
    """Runs a command, returns (seconds, stdout). Fails loudly with the command and its stderr."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])}... exited {done.returncode}: {done.stderr.strip()[-800:]}")
    return seconds, done.stdout


def median_of(repeats, measure):
    """Runs measure() repeats times; returns the median of each numeric field and the raw runs."""
    runs = [measure() for _ in range(repeats)]
    keys = runs[0].keys()
    return {k: statistics.median(r[k] for r in runs) for k in keys}, runs


def percentile(values, fraction):
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(-(-fraction * len(ordered) // 1)) - 1))
    return ordered[rank]


def files(folder, extension):
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(extension))


def machine():
    cpu = "unknown CPU"
    if os.path.exists("/proc/cpuinfo"):
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = 0
    if os.path.exists("/proc/meminfo"):
        ram = int(open("/proc/meminfo", encoding="utf-8").readline().split()[1]) / 1024 / 1024
    os_name = platform.platform()
    if os.path.exists("/etc/os-release"):
        fields = dict(l.rstrip().split("=", 1) for l in open("/etc/os-release", encoding="utf-8") if "=" in l)
        os_name = fields.get("PRETTY_NAME", os_name).strip('"')
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    load = open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "?"
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": round(ram, 1), "os": os_name, "dotnet_sdk": dotnet,
            "java": java[0] if java else "?", "python": platform.python_version(), "load_at_start": load}


# ---------------------------------------------------------------- TextMiner

def generate(out, documents, pdfs, queries, seed):
    summary_path = os.path.join(out, "corpus.json")
    wanted = {"html": documents - documents // 3, "text": documents // 3, "pdfs": pdfs, "queries": queries, "seed": seed}
    if os.path.exists(summary_path):
        summary = json.load(open(summary_path, encoding="utf-8"))
        if all(summary.get(k) == v for k, v in wanted.items()):
            log(f"corpus: reusing {out}")
            return summary
        shutil.rmtree(out)
    log(f"corpus: generating {documents} text+HTML documents, {pdfs} PDFs, {queries} queries into {out}")
    seconds, text = run(textminer("bench", "corpus", "--out", out, "--documents", str(documents), "--pdfs", str(pdfs),
                                  "--queries", str(queries), "--seed", str(seed)))
    log(text.strip() + f" ({seconds:.0f} s)")
    return json.load(open(summary_path, encoding="utf-8"))


def time_v(command):
    """Runs under /usr/bin/time -v: (seconds, peak RSS in MB, stdout)."""
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])}... exited {done.returncode}: {done.stderr.strip()[-800:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) / 1024
    return seconds, peak, done.stdout


def folder_bytes(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(folder) for f in fs)


def trained_models(work):
    """Trains the theme model once, so no timed ingest includes the train-on-first-use."""
    model_data = os.path.join(work, "model-data")
    if not os.path.isdir(os.path.join(model_data, "models")):
        log("training the theme model once (not timed)")
        run(textminer("train", "--data", model_data), cwd=ROOT)
    return os.path.join(model_data, "models")


def fresh_data(data, models):
    """An empty data directory holding only the trained model."""
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(data)
    shutil.copytree(models, os.path.join(data, "models"))


def index_folder(data):
    return os.path.join(data, "index")


def search_batch(data, queries_file):
    """`textminer search --batch FILE`: JSON lines {"query","total","latency_ms","hits"}; p50/p99 of latency_ms."""
    seconds, out = run(textminer("search", "--batch", queries_file, "--data", data))
    latencies = [json.loads(line)["latency_ms"] for line in out.splitlines() if line.strip()]
    if not latencies:
        raise RuntimeError("search --batch printed no lines")
    return {"p50_ms": percentile(latencies, 0.5), "p99_ms": percentile(latencies, 0.99), "seconds": seconds,
            "queries": len(latencies)}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api_latency(data, queries, repeats):
    """Starts `serve`, warms with every query once, then times each query (keep-alive connection) repeats times."""
    port = free_port()
    server = subprocess.Popen(textminer("serve", "--data", data, "--urls", f"http://127.0.0.1:{port}"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", "/favicon.ico")
                connection.getresponse().read()
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    raise RuntimeError("serve did not start")
                time.sleep(0.3)

        def get(path):
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            elapsed = (time.perf_counter() - started) * 1000
            if response.status != 200 and not path.startswith("/favicon"):
                raise RuntimeError(f"{path}: HTTP {response.status} {body[:200]!r}")
            return elapsed, body

        paths = ["/api/search?" + urllib.parse.urlencode({"q": q}) for q in queries]
        _, sample = get(paths[0])
        shape = json.loads(sample)
        for path in paths:
            get(path)
        runs = []
        for _ in range(repeats):
            latencies = [get(path)[0] for path in paths]
            http_only = [get("/favicon.ico")[0] for _ in range(200)]
            runs.append({"p50_ms": percentile(latencies, 0.5), "p99_ms": percentile(latencies, 0.99),
                         "http_p50_ms": percentile(http_only, 0.5)})
        return {k: statistics.median(r[k] for r in runs) for k in runs[0]}, runs, sorted(shape.keys())
    finally:
        server.terminate()
        server.wait(timeout=30)


def classifier(paragraphs):
    _, out = run(textminer("bench", "classifier", "--paragraphs", str(paragraphs)), cwd=ROOT)
    train = float(re.search(r"Training:\s+([\d.]+) s on (\d+) paragraphs", out).group(1))
    rate = float(re.search(r"= (\d+) paragraphs/s", out).group(1))
    return {"train_s": train, "paragraphs_per_s": rate}


# ---------------------------------------------------------------- alternatives

def docs_tsv(parsed_lines, path):
    """The documents as TextMiner parsed them, for Java Lucene: id, title, paragraphs joined by U+001F."""
    clean = lambda s: re.sub(r"[\t\r\n\x1f]+", " ", s or "")
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        for line in parsed_lines:
            document = json.loads(line)
            paragraphs = "\x1f".join(clean(p["text"]) for p in document["paragraphs"])
            f.write(f"{clean(document['path'])}\t{clean(document['title'])}\t{paragraphs}\n")
            count += 1
    return count


def lucene(tsv, queries_file, work):
    classes = os.path.join(work, "lucene-classes")
    os.makedirs(classes, exist_ok=True)
    classpath = ":".join(LUCENE_JARS)
    run(["javac", "-d", classes, "-cp", classpath, os.path.join(BENCH, "lucene", "LuceneBench.java")])
    index = os.path.join(work, "lucene-index")
    shutil.rmtree(index, ignore_errors=True)
    _, out = run(["java", "-cp", classpath + ":" + classes, "LuceneBench", tsv, queries_file, index])
    return json.loads(out.strip().splitlines()[-1])


def sklearn(paragraphs):
    sys.path.insert(0, BENCH)
    import themes_sklearn
    train, train_cpu, rate, predict_cpu = themes_sklearn.sklearn_figures(themes_sklearn.paragraphs(paragraphs))
    return {"train_s": train, "train_cpu_s": train_cpu, "paragraphs_per_s": rate, "predict_cpu_s": predict_cpu}


def per_second(count, command):
    seconds, _ = run(command)
    return {"per_s": count / seconds, "seconds": seconds}


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "out"))
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--pdfs", type=int, default=300)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--paragraphs", type=int, default=20000, help="labelled-like paragraphs for the theme jobs")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--ingest-repeats", type=int, default=None, help="ingest runs (default --repeats)")
    parser.add_argument("--memory", default="", help="comma-separated document counts (e.g. 10000,100000): ingest each once, report peak memory")
    parser.add_argument("--skip", default="", help="comma-separated jobs to leave out: pdf,html,ingest,search,api,themes,alternatives")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    os.makedirs(args.out, exist_ok=True)
    corpus = os.path.join(args.out, "corpus")
    work = os.path.join(args.out, "work")
    os.makedirs(work, exist_ok=True)
    info = machine()
    log(f"machine: {info}")
    summary = generate(corpus, args.documents, args.pdfs, args.queries, args.seed)
    documents = os.path.join(corpus, "documents")
    pdfs = files(os.path.join(documents, "pdf"), ".pdf")
    pages = summary["pdfPages"]
    html = files(os.path.join(documents, "html"), ".html")
    queries_file = os.path.join(corpus, "queries.txt")
    queries = [q for q in open(queries_file, encoding="utf-8").read().splitlines() if q.strip()]
    total_documents = summary["html"] + summary["text"] + summary["pdfs"]
    results, raw = {}, {}

    def measure(name, repeats, function):
        log(f"{name}: {repeats} run(s)")
        try:
            results[name], raw[name] = median_of(repeats, function)
            log(f"{name}: {results[name]}")
        except Exception as error:  # a failing job is reported in the table, the others still run
            results[name] = {"error": str(error)[:300]}
            log(f"{name}: FAILED {error}")

    if "pdf" not in skip and pdfs:
        measure("parse-pdf", args.repeats, lambda: per_second(pages, textminer("parse", os.path.join(documents, "pdf"))))
    if "html" not in skip and html:
        measure("parse-html", args.repeats, lambda: per_second(len(html), textminer("parse", os.path.join(documents, "html"))))

    data = os.path.join(work, "data")
    models = trained_models(work)
    if "ingest" not in skip:
        def ingest():
            fresh_data(data, models)
            seconds, peak, _ = time_v(textminer("ingest", documents, "--data", data))
            return {"per_s": total_documents / seconds, "seconds": seconds, "peak_mb": peak}
        measure("ingest", args.ingest_repeats or args.repeats, ingest)

        def reindex():
            seconds, peak, _ = time_v(textminer("reindex", "--data", data))
            return {"per_s": total_documents / seconds, "seconds": seconds, "index_mb": folder_bytes(index_folder(data)) / 1e6}
        measure("reindex", args.repeats, reindex)
    if "search" not in skip and os.path.isdir(data):
        measure("search-batch", args.repeats, lambda: search_batch(data, queries_file))
    if "api" not in skip and os.path.isdir(data):
        log(f"api: {args.repeats} timed pass(es)")
        try:
            results["api"], raw["api"], shape = api_latency(data, queries, args.repeats)
            log(f"api: {results['api']} (response fields {shape})")
        except Exception as error:
            results["api"] = {"error": str(error)[:300]}
            log(f"api: FAILED {error}")
    if "themes" not in skip:
        measure("classifier", args.repeats, lambda: classifier(args.paragraphs))

    if "alternatives" not in skip:
        alternatives = os.path.join(BENCH, "alternatives")
        if pdfs:
            measure("poppler", args.repeats, lambda: per_second(pages, ["/usr/bin/python3", os.path.join(alternatives, "pdf_poppler.py"), *pdfs]))
            measure("pdftotext", args.repeats, lambda: per_second(pages, ["sh", os.path.join(alternatives, "pdf_pdftotext.sh"), *pdfs]))
            measure("pdfminer", args.repeats, lambda: per_second(pages, ["/usr/bin/python3", os.path.join(alternatives, "pdf_pdfminer.py"), *pdfs]))
        if html:
            measure("bs4", args.repeats, lambda: per_second(len(html), ["/usr/bin/python3", os.path.join(alternatives, "html_bs4.py"), *html]))
            measure("readability", args.repeats, lambda: per_second(len(html), ["/usr/bin/python3", os.path.join(alternatives, "html_readability.py"), *html]))
        tsv = os.path.join(work, "docs.tsv")
        _, parsed = run(textminer("parse", documents))
        docs_tsv(parsed.splitlines(), tsv)
        measure("lucene", args.repeats, lambda: lucene(tsv, queries_file, work))
        if "themes" not in skip:
            measure("sklearn", args.repeats, lambda: sklearn(args.paragraphs))

    memory = {}
    for count in filter(None, args.memory.split(",")):
        n = int(count)
        folder = os.path.join(args.out, f"corpus-{n}")
        generate(folder, n, 0, 0, args.seed)
        memory_data = os.path.join(work, f"data-{n}")
        fresh_data(memory_data, models)
        log(f"memory: ingest of {n} documents")
        try:
            seconds, peak, _ = time_v(textminer("ingest", os.path.join(folder, "documents"), "--data", memory_data))
            memory[n] = {"peak_mb": peak, "seconds": seconds, "per_s": n / seconds}
        except Exception as error:
            memory[n] = {"error": str(error)[:300]}
        shutil.rmtree(memory_data, ignore_errors=True)
        log(f"memory {n}: {memory[n]}")

    table = render(info, summary, results, memory, args)
    print(table)
    with open(os.path.join(args.out, "results.md"), "w", encoding="utf-8") as f:
        f.write(table + "\n")
    with open(os.path.join(args.out, "results.json"), "w", encoding="utf-8") as f:
        json.dump({"machine": info, "corpus": summary, "median": results, "runs": raw, "memory": memory,
                   "repeats": args.repeats}, f, indent=1)
    return 0


def render(info, summary, r, memory, args):
    def get(name, key):
        value = r.get(name, {})
        return None if "error" in value else value.get(key)

    def num(value, digits=0):
        if value is None:
            return "n/a"
        return f"{value:,.{digits}f}" if digits else f"{value:,.0f}"

    def ratio(mine, theirs, invert=False):
        if mine is None or theirs is None or mine == 0 or theirs == 0:
            return "n/a"
        return f"{(theirs / mine) if invert else (mine / theirs):.2f}×"

    lines = ["| job | TextMiner | alternative (same run) | ratio TextMiner / alternative |", "| --- | --- | --- | --- |"]
    tm_pdf = get("parse-pdf", "per_s")
    for name, label in (("poppler", "poppler in one process"), ("pdftotext", "pdftotext, a process per file"), ("pdfminer", "pdfminer.six")):
        lines.append(f"| PDF → text, pages/s | {num(tm_pdf)} (`parse`) | {label} {num(get(name, 'per_s'))} | {ratio(tm_pdf, get(name, 'per_s'))} |")
    tm_html = get("parse-html", "per_s")
    for name, label in (("bs4", "BeautifulSoup `<article>`"), ("readability", "readability-lxml")):
        lines.append(f"| HTML → main text, pages/s | {num(tm_html)} (`parse`) | {label} {num(get(name, 'per_s'))} | {ratio(tm_html, get(name, 'per_s'))} |")
    lines.append(f"| whole pipeline, documents/s | {num(get('ingest', 'per_s'), 1)} (`ingest`, {num(get('ingest', 'seconds'))} s; peak {num(get('ingest', 'peak_mb'))} MB) | — | — |")
    lines.append(f"| index only, documents/s | {num(get('reindex', 'per_s'))} (`reindex`) | Java Lucene 4.10 {num(get('lucene', 'docs_per_s'))} | {ratio(get('reindex', 'per_s'), get('lucene', 'docs_per_s'))} |")
    tm_mb = get("reindex", "index_mb")
    lu_mb = (get("lucene", "index_bytes") or 0) / 1e6 or None
    lines.append(f"| index size, MB | {num(tm_mb, 1)} | Java Lucene 4.10 {num(lu_mb, 1)} | {ratio(tm_mb, lu_mb)} |")
    lines.append(f"| query latency p50 / p99, ms | {num(get('api', 'p50_ms'), 2)} / {num(get('api', 'p99_ms'), 2)} (`/api/search`, snippets and facets; HTTP alone {num(get('api', 'http_p50_ms'), 2)}) | Java Lucene {num(get('lucene', 'p50_ms'), 2)} / {num(get('lucene', 'p99_ms'), 2)} | {ratio(get('api', 'p50_ms'), get('lucene', 'p50_ms'))} / {ratio(get('api', 'p99_ms'), get('lucene', 'p99_ms'))} |")
    lines.append(f"| `search --batch` p50 / p99, ms | {num(get('search-batch', 'p50_ms'), 2)} / {num(get('search-batch', 'p99_ms'), 2)} | Java Lucene {num(get('lucene', 'p50_ms'), 2)} / {num(get('lucene', 'p99_ms'), 2)} | {ratio(get('search-batch', 'p50_ms'), get('lucene', 'p50_ms'))} / {ratio(get('search-batch', 'p99_ms'), get('lucene', 'p99_ms'))} |")
    lines.append(f"| theme prediction, paragraphs/s | {num(get('classifier', 'paragraphs_per_s'))} (`bench classifier`) | scikit-learn TF-IDF + LR {num(get('sklearn', 'paragraphs_per_s'))} | {ratio(get('classifier', 'paragraphs_per_s'), get('sklearn', 'paragraphs_per_s'))} |")
    lines.append(f"| theme training, s ({args.paragraphs:,} paragraphs) | {num(get('classifier', 'train_s'), 1)} | scikit-learn {num(get('sklearn', 'train_s'), 1)} | {ratio(get('classifier', 'train_s'), get('sklearn', 'train_s'))} (time) |")
    for n, m in memory.items():
        lines.append(f"| peak memory of `ingest`, {n:,} documents | {num(m.get('peak_mb'))} MB ({num(m.get('per_s'), 1)} documents/s) | — | — |")
    errors = [f"- {name}: {value['error']}" for name, value in r.items() if "error" in value]
    header = (f"Corpus: {summary['html']:,} HTML + {summary['text']:,} text documents, {summary['pdfs']:,} PDFs "
              f"({summary['pdfPages']:,} pages), {summary['queries']:,} queries, {args.paragraphs:,} paragraphs (seed {summary['seed']}); "
              f"median of {args.repeats}.\n"
              f"Machine: {info['cpu']}, {info['cores']} cores, {info['ram_gib']} GiB RAM, {info['os']}, .NET SDK {info['dotnet_sdk']}, "
              f"{info['java']}, Python {info['python']}; load average {info['load_at_start']} at start.\n")
    return header + "\n" + "\n".join(lines) + ("\n\nFailed jobs:\n" + "\n".join(errors) if errors else "")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# The benchmark a user can rerun: TextMiner's stages and the tools a researcher would pick instead, on one generated
# corpus, in one run; prints one table (each job, TextMiner's figure, each alternative's, the ratio, the machine).
#
#   bench/run.sh                      # 5,000 text+HTML documents, 300 PDFs, 1,000 queries, 20,000 paragraphs, median of 3
#   bench/run.sh --size 10000         # 10,000 (or 100000) text+HTML documents, PDFs scaled with them
#   bench/run.sh --memory             # also: peak memory of ingest at 10,000 and 100,000 documents (100,000 takes long)
#   bench/run.sh --documents 200 --pdfs 20 --queries 100 --repeats 1   # a quick look
#
# Other options go to bench/harness.py (--out DIR, --seed S, --paragraphs N, --repeats N, --ingest-repeats N,
# --skip pdf,html,ingest,search,api,themes,alternatives). Results: OUT/results.md and OUT/results.json (default OUT
# bench/out). Needs root (or sudo) the first time, to install the Debian packages of the alternatives.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(poppler-utils gir1.2-poppler-0.18 python3-gi python3-pdfminer python3-bs4 python3-readability python3-lxml
          liblucene4.10-java default-jdk-headless python3-sklearn time)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "installing: ${missing[*]}" >&2
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
fi

args=()
while (($#)); do
    case "$1" in
        --size) n="$2"; args+=(--documents "$n" --pdfs "$((n * 300 / 5000))"); shift 2 ;;
        --memory) args+=(--memory 10000,100000); shift ;;
        *) args+=("$1"); shift ;;
    esac
done

echo "building the CLI (Release)" >&2
dotnet build src/TextMiner.Cli -c Release -nologo -v q >&2
exec /usr/bin/python3 bench/harness.py "${args[@]}"

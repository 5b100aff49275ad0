#!/bin/sh
# pdftotext (poppler-utils), one process per file, as a shell loop over the PDFs given would run it.
for f in "$@"; do pdftotext -q -layout "$f" - > /dev/null; done
echo "$#"

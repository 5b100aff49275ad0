#!/usr/bin/python3
"""readability-lxml: Document(html).summary() then its text, for every page given."""
import sys

import lxml.html
from readability import Document

for path in sys.argv[1:]:
    with open(path, "rb") as f:
        summary = Document(f.read()).summary()
    lxml.html.fromstring(summary).text_content()
print(len(sys.argv) - 1)

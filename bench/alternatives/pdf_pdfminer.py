#!/usr/bin/python3
"""pdfminer.six in one process: pdfminer.high_level.extract_text for every PDF given. Prints the files read."""
import sys

from pdfminer.high_level import extract_text

for path in sys.argv[1:]:
    extract_text(path)
print(len(sys.argv) - 1)

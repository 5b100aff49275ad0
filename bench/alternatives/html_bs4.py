#!/usr/bin/python3
"""BeautifulSoup (lxml parser when present): the text of <article>, else <main>, else <body>, for every page given."""
import sys

from bs4 import BeautifulSoup

try:
    import lxml  # noqa: F401
    PARSER = "lxml"
except ImportError:
    PARSER = "html.parser"

for path in sys.argv[1:]:
    with open(path, "rb") as f:
        soup = BeautifulSoup(f.read(), PARSER)
    node = soup.find("article") or soup.find("main") or soup.body
    node.get_text("\n", strip=True)
print(len(sys.argv) - 1)

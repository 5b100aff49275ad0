#!/usr/bin/python3
"""Poppler in one process (GObject introspection): the text of every page of every PDF given. Prints pages."""
import sys

import gi

gi.require_version("Poppler", "0.18")
from gi.repository import GLib, Poppler  # noqa: E402

pages = 0
for path in sys.argv[1:]:
    document = Poppler.Document.new_from_file(GLib.filename_to_uri(path, None), None)
    for i in range(document.get_n_pages()):
        document.get_page(i).get_text()
        pages += 1
print(pages)

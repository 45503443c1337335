#!/usr/bin/env python3
"""The theme's typeface, cut down to the characters the site prints.

The MST theme sets every page and every print edition in Source Sans 3 (Adobe, SIL Open
Font License 1.1), shipped with the theme so that the site looks the same on every machine
and the PDFs embed exactly this font. The full font is about 110 kB per weight; the site
needs some 200 characters of its 1,600. This script makes the subset:

    python3 themes/mst/fonts/subset.py public            # after build --strict and pdf
    python3 themes/mst/fonts/subset.py public --check    # CI: does the subset cover the site?

It collects every character of the built site (the text of each *.html page, the text of
each PDF via pdftotext, the theme's templates and stylesheets for CSS `content:` strings)
plus a safety set (Latin-1, general punctuation, arrows, a few signs a writer may type),
and writes one woff2 per style into themes/mst/static/fonts/. The result is committed, so
neither CI nor a writer needs this script or its tools (pip: fonttools, brotli; npm for the
source font; poppler-utils for pdftotext) unless the text gains a character outside it.

The subset is renamed "MST Sans": the licence reserves the name "Source" for the unmodified
font, and a subset is a modified version (OFL FAQ 2.2, 5.9). OFL.txt beside the fonts is the
licence; README.md there says where the font comes from.
"""

import argparse
import html
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE_PACKAGE = "source-sans@3.52.0"  # Adobe's own release on npm (OFL-1.1)
FAMILY = "MST Sans"
THEME = Path(__file__).resolve().parent.parent
OUT = THEME / "static" / "fonts"

# (file in the source package, published name, style name, weight class)
STYLES = [
    ("TTF/SourceSans3-Regular.ttf", "mst-sans-regular.woff2", "Regular", 400),
    ("TTF/SourceSans3-Semibold.ttf", "mst-sans-semibold.woff2", "Semibold", 600),
    ("TTF/SourceSans3-Bold.ttf", "mst-sans-bold.woff2", "Bold", 700),
]

# Characters kept whether or not the site uses them today: what a writer types next.
SAFETY = (
    [chr(c) for c in range(0x20, 0x7F)]  # ASCII
    + [chr(c) for c in range(0xA0, 0x100)]  # Latin-1: é ë ü ß ½ ° § « » …
    + [chr(c) for c in range(0x2010, 0x2028)]  # dashes, quotes, bullets, ellipsis
    + [chr(c) for c in range(0x2030, 0x203B)]  # per mille, primes, guillemets ‹ ›
    + list("\u2009\u202f\u2060\u2044\u20ac\u2122\u2190\u2191\u2192\u2193\u2194\u2212\u2264\u2265\u2260\u2248\u00d7\u2713\u0152\u0153\u0131")
)


def site_characters(public: Path) -> set[str]:
    """Every character a reader may see: page text, PDF text, the theme's CSS strings."""
    chars: set[str] = set()
    for page in sorted(public.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
        chars |= set(html.unescape(re.sub(r"<[^>]*>", " ", text)))
        # attribute texts a page shows: title tooltips aside, alt text when an image fails
        chars |= set(html.unescape(" ".join(re.findall(r'(?:alt|title)="([^"]*)"', text))))
    for pdf in sorted(public.rglob("*.pdf")):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
        chars |= set(text)
    for sheet in [*THEME.glob("static/**/*.css"), *THEME.glob("templates/**/*")]:
        if sheet.is_file():
            chars |= set(sheet.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable() or c in "\u00a0\u00ad\u202f\u2009"}


def source_fonts(folder: Path | None, scratch: Path) -> Path:
    """The unpacked source package: the folder given, else fetched with `npm pack`."""
    if folder:
        return folder
    subprocess.run(["npm", "pack", SOURCE_PACKAGE, "--silent"], cwd=scratch, check=True,
                   stdout=subprocess.DEVNULL)
    archive = next(scratch.glob("source-sans-*.tgz"))
    with tarfile.open(archive) as tar:
        tar.extractall(scratch, filter="data")
    return scratch / "package"


def renamed(font: TTFont, style: str, weight: int) -> None:
    """Gives the subset its own name (the licence reserves "Source" for the original)."""
    postscript = FAMILY.replace(" ", "") + "-" + style
    names = {1: FAMILY if style in ("Regular", "Bold") else f"{FAMILY} {style}",
             2: style if style in ("Regular", "Bold") else "Regular",
             3: f"{postscript};subset of Source Sans 3 3.052",
             4: f"{FAMILY} {style}", 6: postscript, 16: FAMILY, 17: style}
    table = font["name"]
    table.names = [n for n in table.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17, 21, 22)]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    font["OS/2"].usWeightClass = weight


def make_subset(source: Path, target: Path, text: str, style: str, weight: int) -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk", "tnum", "lnum"]
    options.hinting = False  # screens of today render unhinted outlines well; a third of the size
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    renamed(font, style, weight)
    subset.save_font(font, str(target), options)


def missing(chars: set[str]) -> dict[str, list[str]]:
    """The characters each committed font lacks (the browser would take another font)."""
    gaps = {}
    for _, name, _, _ in STYLES:
        cmap = TTFont(OUT / name).getBestCmap()
        lacking = sorted(c for c in chars if ord(c) not in cmap and c not in "\u00ad")
        if lacking:
            gaps[name] = lacking
    return gaps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("public", type=Path, help="the built site (after build and pdf)")
    parser.add_argument("--check", action="store_true",
                        help="only check that the committed fonts hold every character")
    parser.add_argument("--source", type=Path, help="the unpacked source-sans npm package")
    args = parser.parse_args()
    used = site_characters(args.public)
    if not args.check:
        OUT.mkdir(parents=True, exist_ok=True)
        text = "".join(sorted(used | set(SAFETY)))
        with tempfile.TemporaryDirectory() as scratch:
            package = source_fonts(args.source, Path(scratch))
            for source, name, style, weight in STYLES:
                make_subset(package / source, OUT / name, text, style, weight)
    gaps = missing(used)
    for name, chars in gaps.items():
        shown = " ".join(f"{c!r} U+{ord(c):04X}" for c in chars)
        print(f"FAIL {name} lacks {len(chars)} character(s) the site uses: {shown}")
    sizes = {name: (OUT / name).stat().st_size for _, name, _, _ in STYLES}
    total = sum(sizes.values())
    print(f"fonts: {len(used)} characters used, {len(sizes)} files, {total / 1000:.1f} kB: "
          + ", ".join(f"{n} {s / 1000:.1f} kB" for n, s in sizes.items()))
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())

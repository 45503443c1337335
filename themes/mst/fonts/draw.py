#!/usr/bin/env python3
"""The theme's drawings with their text set in MST Sans, as outlines.

A drawing shown with <img> (the wordmark, the locations schematic) cannot use the page's
fonts: its text would be set in whatever font the computer has, and a printed edition
would embed that font too. So the letters are drawn as outlines of the theme's own font:

    python3 themes/mst/fonts/draw.py                 # wordmark + content/over-mst/locaties.svg

- static/wordmark.svg: "Medisch Spectrum Twente" set in MST Sans Bold on two lines, the
  name and nothing else (no symbol: MST's real logo is not ours to draw).
- Each <text> of the given SVG drawings becomes a <path> with the same position, size,
  weight, colour and anchor; the file keeps its comments. Running it twice changes nothing.

Needs `pip install fonttools brotli uharfbuzz` (HarfBuzz sets the letters, with kerning).
"""

import io
import re
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import uharfbuzz as hb
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

THEME = Path(__file__).resolve().parent.parent
FONTS = THEME / "static" / "fonts"
WEIGHTS = {400: "mst-sans-regular.woff2", 600: "mst-sans-semibold.woff2", 700: "mst-sans-bold.woff2"}
SVG = "http://www.w3.org/2000/svg"
DRAWINGS = [THEME.parent.parent / "content" / "over-mst" / "locaties.svg"]


@cache
def font(weight: int) -> tuple[TTFont, hb.Font]:
    """The committed woff2 of a weight, for fontTools (outlines) and HarfBuzz (shaping)."""
    tt = TTFont(FONTS / WEIGHTS[weight])
    tt.flavor = None
    data = io.BytesIO()
    tt.save(data)
    face = hb.Face(data.getvalue())
    return TTFont(io.BytesIO(data.getvalue())), hb.Font(face)


def outline(text: str, weight: int, size: float, x: float, y: float,
            anchor: str = "start") -> tuple[str, float]:
    """SVG path data of `text` set at font size `size` with its baseline at (x, y), and its width."""
    tt, shaper = font(weight)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(shaper, buffer, {"kern": True, "liga": True})
    scale = size / tt["head"].unitsPerEm
    width = sum(p.x_advance for p in buffer.glyph_positions) * scale
    pen_x = x - {"start": 0, "middle": width / 2, "end": width}[anchor]
    glyphs = tt.getGlyphSet()
    order = tt.getGlyphOrder()
    parts = []
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions):
        pen = SVGPathPen(glyphs, ntos=lambda n: f"{n:.2f}".rstrip("0").rstrip("."))
        origin_x = pen_x + position.x_offset * scale
        glyphs[order[info.codepoint]].draw(TransformPen(pen, (scale, 0, 0, -scale, origin_x, y)))
        parts.append(pen.getCommands())
        pen_x += position.x_advance * scale
    return "".join(parts), width


def wordmark() -> str:
    """The name on two lines, dark blue over teal, tight like a wordmark, not a heading."""
    first, first_width = outline("Medisch Spectrum", 700, 40, 0, 36)
    second, second_width = outline("Twente", 700, 40, 0, 78)
    width = round(max(first_width, second_width) + 1)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 88" width="{width}" height="88">'
        "<title>Medisch Spectrum Twente</title>"
        f'<path fill="#002f55" d="{first}"/><path fill="#007a87" d="{second}"/></svg>\n'
    )


def outlined(svg: str) -> str:
    """The drawing with each <text> replaced by its outline (inherited attributes applied)."""
    ET.register_namespace("", SVG)
    root = ET.fromstring(svg, ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
    replace_texts(root, {})
    for element in root.iter():
        element.attrib.pop("font-family", None)
    return ET.tostring(root, encoding="unicode") + "\n"


def replace_texts(element: ET.Element, inherited: dict[str, str]) -> None:
    keys = ("font-size", "font-weight", "fill", "text-anchor")
    here = {**inherited, **{k: v for k, v in element.attrib.items() if k in keys}}
    for index, child in enumerate(list(element)):
        if child.tag == f"{{{SVG}}}text":
            style = {**here, **{k: v for k, v in child.attrib.items() if k in keys}}
            weight = int(style.get("font-weight", "400"))
            path = ET.Element(f"{{{SVG}}}path", {
                "fill": style.get("fill", "#000"),
                "d": outline(child.text or "", 700 if weight >= 700 else 600 if weight >= 600 else 400,
                             float(style["font-size"]), float(child.get("x", 0)), float(child.get("y", 0)),
                             style.get("text-anchor", "start"))[0],
            })
            path.tail = child.tail
            element.remove(child)
            element.insert(index, path)
        elif isinstance(child.tag, str):
            replace_texts(child, here)
    for key in ("font-size", "font-weight", "text-anchor"):
        element.attrib.pop(key, None)


def main() -> int:
    (THEME / "static" / "wordmark.svg").write_text(wordmark(), encoding="utf-8")
    for drawing in DRAWINGS:
        text = drawing.read_text(encoding="utf-8")
        if re.search(r"<text\b", text):
            drawing.write_text(outlined(text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

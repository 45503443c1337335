#!/usr/bin/env python3
"""Generate two equivalent bilingual (nl/de) benchmark sites: one for diptych, one for Hugo.

    python3 benches/gen_site.py --pages N --seed 1 --out DIR

writes

    DIR/diptych/   site.yaml, content/, i18n/*.ftl, themes/bench/templates/
    DIR/hugo/      config.toml, content/, i18n/*.toml, themes/bench/layouts/

Both hold the same home page, the same 3 sections and the same N pages per language
(spread round-robin over the sections), with the same front matter (title, slug, weight,
description, extra) and the same Markdown text. The only difference in the content files is
how links between pages are written: `[text](@/<sec>/page-00042.md)` for diptych,
`[text]({{< relref "/<sec>/page-00042.md" >}})` for Hugo. The two themes render the same
things (lang, title, description, canonical and hreflang alternates, language switcher,
main navigation of the sections, content, the pages of a section, a plural UI text).

With --images K, the first K pages of the diptych site each show a picture of their own
(`content/<sec>/image-00042.png`, 1800 x 1200, next to the page, shown in both languages):
the variant of the benchmark that measures publishing images. The Hugo site gets none.

The output depends only on --pages, --images and --seed (standard library only,
random.Random(seed)). DIR/diptych and DIR/hugo are replaced if they exist.
"""

import argparse
import os
import random
import shutil
import struct
import sys
import zlib

LANGS = ("nl", "de")
LANG_NAMES = {"nl": "Nederlands", "de": "Deutsch"}
SLUG_WORD = {"nl": "pagina", "de": "seite"}

# Section keys (folder names). Hugo takes a section's address from its folder, so both sites
# keep the folder name as the section slug in every language; page slugs are translated.
SECTIONS = ("zorg", "regio", "onderzoek")
SECTION_TITLES = {
    "nl": ("Zorg", "Regio", "Onderzoek"),
    "de": ("Versorgung", "Region", "Forschung"),
}

# A fixed vocabulary per language, index-aligned (word i in Dutch ~ word i in German), so a
# page and its translation have the same structure, links and length.
VOCAB_PAIRS = """
zorg Versorgung|patiënt Patient|ziekenhuis Krankenhaus|regio Region|onderzoek Forschung
kwaliteit Qualität|toekomst Zukunft|samenwerking Zusammenarbeit|kennis Wissen|netwerk Netzwerk
behandeling Behandlung|afdeling Abteilung|arts Ärztin|verpleging Pflege|opleiding Ausbildung
gezondheid Gesundheit|innovatie Innovation|strategie Strategie|ambitie Ambition|visie Vision
partner Partner|grens Grenze|inwoner Einwohner|familie Familie|huisarts Hausarzt
centrum Zentrum|locatie Standort|kliniek Klinik|techniek Technik|diagnose Diagnose
operatie Operation|therapie Therapie|preventie Prävention|revalidatie Rehabilitation|advies Beratung
team Team|medewerker Mitarbeiter|student Student|universiteit Universität|hogeschool Hochschule
gemeente Gemeinde|provincie Provinz|land Land|stad Stadt|dorp Dorf
tijd Zeit|jaar Jahr|week Woche|dag Tag|uur Stunde
plan Plan|doel Ziel|stap Schritt|weg Weg|brug Brücke
vraag Frage|antwoord Antwort|keuze Wahl|besluit Entscheidung|resultaat Ergebnis
budget Budget|kosten Kosten|waarde Wert|groei Wachstum|ruimte Raum
goed gut|nieuw neu|groot groß|klein klein|sterk stark
snel schnell|veilig sicher|dichtbij nahe|samen gemeinsam|duurzaam nachhaltig
digitaal digital|menselijk menschlich|regionaal regional|landelijk landesweit|complex komplex
open offen|helder klar|eerlijk ehrlich|warm warm|rustig ruhig
bouwen bauen|werken arbeiten|leren lernen|zorgen sorgen|delen teilen
verbeteren verbessern|meten messen|kiezen wählen|helpen helfen|vinden finden
groeien wachsen|luisteren zuhören|bespreken besprechen|plannen planen|starten starten
de die|het das|een ein|en und|of oder
met mit|voor für|naar nach|van von|in in
op auf|over über|door durch|bij bei|zonder ohne
wij wir|zij sie|ons uns|onze unsere|elke jede
meer mehr|minder weniger|altijd immer|vaak oft|soms manchmal
hier hier|daar dort|nu jetzt|straks bald|later später
blauw blau|groen grün|rood rot|geel gelb|wit weiß
noord Nord|zuid Süd|oost Ost|west West|midden Mitte
water Wasser|lucht Luft|licht Licht|warmte Wärme|energie Energie
boek Buch|brief Brief|verslag Bericht|kaart Karte|tabel Tabelle
"""

VOCAB = {"nl": [], "de": []}
for _pair in VOCAB_PAIRS.replace("\n", "|").split("|"):
    if _pair.strip():
        _nl, _de = _pair.split()
        VOCAB["nl"].append(_nl)
        VOCAB["de"].append(_de)
V = len(VOCAB["nl"])
# Words used as the second value in `extra` (colours), same index in both languages.
COLOURS = [VOCAB["nl"].index(w) for w in ("blauw", "groen", "rood", "geel", "wit")]

UI_TEXTS = {
    # id: (nl, de); page-count is plural and handled separately.
    "site-name": ("Bench-site", "Bench-Website"),
    "language-switcher": ("Kies een taal", "Sprache wählen"),
    "main-nav": ("Hoofdmenu", "Hauptmenü"),
    "pages-in-section": ("Pagina's in dit hoofdstuk", "Seiten in diesem Kapitel"),
    "chapters": ("Hoofdstukken", "Kapitel"),
    "not-found": ("Pagina niet gevonden", "Seite nicht gefunden"),
}
PAGE_COUNT = {"nl": ("pagina", "pagina's"), "de": ("Seite", "Seiten")}


def page_key(i):
    return f"{SECTIONS[(i - 1) % 3]}/page-{i:05d}.md"


# ---------------------------------------------------------------------------------------
# Structure: one structure per page, rendered once per language and flavour.
# A sentence is a list of tokens: int (a word), ("em", int), ("strong", int),
# ("link", (ints), key).


def make_sentence(rng, lo=8, hi=15):
    return rng.choices(range(V), k=rng.randint(lo, hi))


def make_paragraph(rng, sentences):
    para = [make_sentence(rng) for _ in range(sentences)]
    # emphasis and strong somewhere (not on the first word of a sentence)
    for kind in ("em", "strong"):
        s = para[rng.randrange(len(para))]
        pos = rng.randrange(1, len(s))
        if isinstance(s[pos], int):
            s[pos] = (kind, s[pos])
    return para


def make_heading(rng):
    return rng.choices(range(V), k=rng.randint(2, 4))


def make_page(rng, i, n):
    """The blocks of page i (1-based) out of n."""
    blocks = [
        ("p", make_paragraph(rng, 5)),
        ("h2", make_heading(rng)),
        ("p", make_paragraph(rng, 6)),
        ("h3", make_heading(rng)),
        ("ul", [rng.choices(range(V), k=rng.randint(4, 8)) for _ in range(5)]),
        ("p", make_paragraph(rng, 6)),
        ("h2", make_heading(rng)),
        ("ol", [rng.choices(range(V), k=rng.randint(5, 9)) for _ in range(4)]),
        ("p", make_paragraph(rng, 5)),
        ("table", (rng.choices(range(V), k=3),
                   [(rng.randrange(V), rng.randint(1, 9999), rng.randrange(V)) for _ in range(5)])),
        ("h3", make_heading(rng)),
        ("p", make_paragraph(rng, 6)),
        ("h2", make_heading(rng)),
        ("p", make_paragraph(rng, 6)),
        ("p", make_paragraph(rng, 5)),
    ]
    # 3-5 links by key to other pages, each in a different paragraph.
    paragraphs = [b[1] for b in blocks if b[0] == "p"]
    if n > 1:
        for para in rng.sample(paragraphs, rng.randint(3, 5)):
            j = rng.randrange(1, n)
            if j >= i:
                j += 1  # any page but this one
            s = para[rng.randrange(len(para))]
            pos = rng.randrange(1, len(s))
            s.insert(pos, ("link", tuple(rng.choices(range(V), k=rng.randint(1, 3))), page_key(j)))
    return blocks


def link_target(key, flavour):
    if flavour == "diptych":
        return f"@/{key}"
    if key.endswith("/_index.md"):
        key = key[: -len("/_index.md")]  # Hugo finds a section by its folder, not its _index file
    return '{{< relref "/' + key + '" >}}'


def render_words(idxs, words):
    return " ".join(words[k] for k in idxs)


def render_sentence(sentence, words, flavour):
    out = []
    for t in sentence:
        if isinstance(t, int):
            out.append(words[t])
        elif t[0] == "em":
            out.append(f"*{words[t[1]]}*")
        elif t[0] == "strong":
            out.append(f"**{words[t[1]]}**")
        else:
            out.append(f"[{render_words(t[1], words)}]({link_target(t[2], flavour)})")
    text = " ".join(out)
    return text[0].upper() + text[1:] + "."


def cap(text):
    return text[0].upper() + text[1:]


def render_blocks(blocks, lang, flavour):
    words = VOCAB[lang]
    out = []
    for kind, data in blocks:
        if kind == "p":
            out.append(" ".join(render_sentence(s, words, flavour) for s in data))
        elif kind in ("h2", "h3"):
            out.append(("## " if kind == "h2" else "### ") + cap(render_words(data, words)))
        elif kind == "ul":
            out.append("\n".join("- " + cap(render_words(item, words)) for item in data))
        elif kind == "ol":
            out.append("\n".join(f"{k}. " + cap(render_words(item, words))
                                 for k, item in enumerate(data, 1)))
        elif kind == "table":
            head, rows = data
            lines = ["| " + " | ".join(cap(words[h]) for h in head) + " |",
                     "| --- | ---: | --- |"]
            for a, num, b in rows:
                lines.append(f"| {words[a]} | {num} | {words[b]} |")
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def front_matter(fields):
    lines = ["---"]
    for k, v in fields:
        if isinstance(v, dict):
            lines.append(f"{k}:")
            lines.extend(f"  {ek}: {ev}" for ek, ev in v.items())
        else:
            lines.append(f"{k}: {v}")
    lines.append("---")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------
# Themes and settings


DIPTYCH_SITE_YAML = """\
base_url: https://bench.example/
default_language: nl
languages:
  - code: nl
    name: Nederlands
  - code: de
    name: Deutsch
theme: bench
"""

DIPTYCH_BASE = """\
{%- if page is defined %}{% set doc = page %}{% elif section is defined %}{% set doc = section %}{% endif -%}
<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<title>{% if doc is defined %}{{ doc.title }}{% else %}{{ t(key="not-found") }}{% endif %} | {{ t(key="site-name") }}</title>
{%- if doc is defined %}
<meta name="description" content="{{ doc.description }}">
<link rel="canonical" href="{{ doc.permalink }}">
{%- for tr in doc.translations %}
<link rel="alternate" hreflang="{{ tr.lang }}" href="{{ tr.permalink }}">
{%- endfor %}
{%- endif %}
</head>
<body>
<header>
<a class="home" href="{{ url_for(key="_index.md") }}">{{ t(key="site-name") }}</a>
<nav class="language-switcher" aria-label="{{ t(key="language-switcher") }}"><ul>
{%- if doc is defined %}{% for tr in doc.translations %}
<li>{% if tr.lang == lang %}<span>{{ tr.name }}</span>{% else %}<a href="{{ tr.url }}" hreflang="{{ tr.lang }}" lang="{{ tr.lang }}">{{ tr.name }}</a>{% endif %}</li>
{%- endfor %}{% endif %}
</ul></nav>
<nav class="main-nav" aria-label="{{ t(key="main-nav") }}"><ul>
{%- for s in sections %}
<li><a href="{{ s.url }}">{{ s.title }}</a></li>
{%- endfor %}
</ul></nav>
</header>
<main>
{% block main %}{% endblock main %}
</main>
</body>
</html>
"""

DIPTYCH_INDEX = """\
{% extends "base.html" %}
{% block main %}<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<h2>{{ t(key="chapters") }}</h2>
<ul class="sections">
{%- for s in section.subsections %}
<li><a href="{{ s.url }}">{{ s.title }}</a></li>
{%- endfor %}
</ul>{% endblock main %}
"""

DIPTYCH_SECTION = """\
{% extends "base.html" %}
{% block main %}<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<h2>{{ t(key="pages-in-section") }}</h2>
<p class="count">{{ t(key="page-count", count=section.pages | length) }}</p>
<ul class="pages">
{%- for p in section.pages %}
<li><a href="{{ p.url }}">{{ p.title }}</a></li>
{%- endfor %}
</ul>{% endblock main %}
"""

DIPTYCH_PAGE = """\
{% extends "base.html" %}
{% block main %}<h1>{{ page.title }}</h1>
<p class="description">{{ page.description }}</p>
{{ page.content | safe }}{% endblock main %}
"""

DIPTYCH_404 = """\
{% extends "base.html" %}
{% block main %}<h1>{{ t(key="not-found") }}</h1>{% endblock main %}
"""

HUGO_CONFIG = """\
baseURL = "https://bench.example/"
defaultContentLanguage = "nl"
defaultContentLanguageInSubdir = true
theme = "bench"
disableKinds = ["taxonomy", "term", "RSS"]
enableRobotsTXT = true
disableHugoGeneratorInject = true

[languages.nl]
languageName = "Nederlands"
weight = 1

[languages.de]
languageName = "Deutsch"
weight = 2
"""

HUGO_BASEOF = """\
<!DOCTYPE html>
<html lang="{{ .Language.Lang }}">
<head>
<meta charset="utf-8">
<title>{{ block "title" . }}{{ .Title }}{{ end }} | {{ i18n "site-name" }}</title>
<meta name="description" content="{{ .Description }}">
<link rel="canonical" href="{{ .Permalink }}">
{{- range .AllTranslations }}
<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{- end }}
</head>
<body>
<header>
<a class="home" href="{{ .Site.Home.RelPermalink }}">{{ i18n "site-name" }}</a>
<nav class="language-switcher" aria-label="{{ i18n "language-switcher" }}"><ul>
{{- $lang := .Language.Lang }}{{ range .AllTranslations }}
<li>{{ if eq .Language.Lang $lang }}<span>{{ .Language.LanguageName }}</span>{{ else }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</li>
{{- end }}
</ul></nav>
<nav class="main-nav" aria-label="{{ i18n "main-nav" }}"><ul>
{{- range .Site.Sections }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{- end }}
</ul></nav>
</header>
<main>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
"""

HUGO_INDEX = """\
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<h2>{{ i18n "chapters" }}</h2>
<ul class="sections">
{{- range .Sections }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{- end }}
</ul>{{ end }}
"""

HUGO_LIST = """\
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<h2>{{ i18n "pages-in-section" }}</h2>
<p class="count">{{ i18n "page-count" (dict "Count" (len .Pages) "Formatted" (lang.FormatNumber 0 (len .Pages))) }}</p>
<ul class="pages">
{{- range .Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{- end }}
</ul>{{ end }}
"""

HUGO_SINGLE = """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<p class="description">{{ .Description }}</p>
{{ .Content }}{{ end }}
"""

HUGO_404 = """\
{{ define "title" }}{{ i18n "not-found" }}{{ end }}
{{ define "main" }}<h1>{{ i18n "not-found" }}</h1>{{ end }}
"""


def ftl(lang):
    k = LANGS.index(lang)
    lines = [f"{key} = {texts[k]}" for key, texts in UI_TEXTS.items()]
    one, other = PAGE_COUNT[lang]
    lines.append("page-count = { $count ->")
    lines.append(f"    [one] {{ $count }} {one}")
    lines.append(f"   *[other] {{ $count }} {other}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def hugo_i18n(lang):
    k = LANGS.index(lang)
    lines = []
    for key, texts in UI_TEXTS.items():
        lines += [f"[{key}]", f'other = "{texts[k]}"', ""]
    one, other = PAGE_COUNT[lang]
    lines += ["[page-count]", f'one = "{{{{ .Formatted }}}} {one}"',
              f'other = "{{{{ .Formatted }}}} {other}"', ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------


IMAGE_SIZE = (1800, 1200)
IMAGE_ALT = {"nl": "Afbeelding", "de": "Bild"}


def png(width, height, rng):
    """A PNG of smooth colour bands with a little noise, like a photo, not like flat
    colour (which would make encoding look cheaper than it is)."""
    noise = bytes(rng.randrange(24) for _ in range(width * 3 + height))
    tint = [rng.randrange(256) for _ in range(3)]
    base = bytes((x * 255 // width + tint[c]) & 255 for x in range(width) for c in range(3))
    rows = []
    for y in range(height):
        shift = noise[y:y + width * 3]
        row = bytes((b + n + y * 96 // height) & 255 for b, n in zip(base, shift))
        rows.append(b"\x00" + row)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b""))


def add_images(dip, count, seed):
    """Puts a picture next to each of the first `count` pages of the diptych site and shows
    it at the end of the page in both languages."""
    rng = random.Random(seed + 1)
    for i in range(1, count + 1):
        rel = page_key(i)[:-3]
        name = f"image-{i:05d}.png"
        folder = os.path.dirname(os.path.join(dip, "content", rel))
        with open(os.path.join(folder, name), "wb") as f:
            f.write(png(*IMAGE_SIZE, rng))
        for lang in LANGS:
            with open(os.path.join(dip, "content", f"{rel}.{lang}.md"), "a",
                      encoding="utf-8", newline="\n") as f:
                f.write(f"\n![{IMAGE_ALT[lang]} {i}]({name})\n")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(n, seed, out, images=0):
    rng = random.Random(seed)
    dip = os.path.join(out, "diptych")
    hug = os.path.join(out, "hugo")
    for d in (dip, hug):
        if os.path.exists(d):
            shutil.rmtree(d)

    # settings, UI texts, themes
    write(os.path.join(dip, "site.yaml"), DIPTYCH_SITE_YAML)
    tdir = os.path.join(dip, "themes", "bench", "templates")
    for name, text in (("base.html", DIPTYCH_BASE), ("index.html", DIPTYCH_INDEX),
                       ("section.html", DIPTYCH_SECTION), ("page.html", DIPTYCH_PAGE),
                       ("404.html", DIPTYCH_404)):
        write(os.path.join(tdir, name), text)
    write(os.path.join(hug, "config.toml"), HUGO_CONFIG)
    ldir = os.path.join(hug, "themes", "bench", "layouts")
    for name, text in (("_default/baseof.html", HUGO_BASEOF), ("index.html", HUGO_INDEX),
                       ("_default/list.html", HUGO_LIST), ("_default/single.html", HUGO_SINGLE),
                       ("404.html", HUGO_404)):
        write(os.path.join(ldir, name), text)
    for lang in LANGS:
        write(os.path.join(dip, "i18n", f"{lang}.ftl"), ftl(lang))
        write(os.path.join(hug, "i18n", f"{lang}.toml"), hugo_i18n(lang))

    def emit(rel, fields_by_lang, blocks):
        for lang in LANGS:
            fm = front_matter(fields_by_lang[lang])
            for root, flavour in ((dip, "diptych"), (hug, "hugo")):
                write(os.path.join(root, "content", f"{rel}.{lang}.md"),
                      fm + render_blocks(blocks, lang, flavour))

    # home: an introduction and links to the sections
    intro = make_paragraph(rng, 4)
    for k, sec in enumerate(SECTIONS):
        intro[k].insert(1, ("link", (VOCAB["nl"].index(sec),), f"{sec}/_index.md"))
    home_blocks = [("p", intro), ("h2", make_heading(rng)), ("p", make_paragraph(rng, 3))]
    emit("_index", {lang: [("title", {"nl": "Welkom", "de": "Willkommen"}[lang]),
                           ("description", render_sentence(make_sentence(rng), VOCAB[lang], ""))]
                    for lang in LANGS}, home_blocks)

    # sections
    for k, sec in enumerate(SECTIONS):
        desc = make_sentence(rng)
        blocks = [("p", make_paragraph(rng, 4))]
        emit(f"{sec}/_index", {lang: [("title", SECTION_TITLES[lang][k]),
                                      ("weight", (k + 1) * 10),
                                      ("description", render_sentence(desc, VOCAB[lang], ""))]
                               for lang in LANGS}, blocks)

    # pages
    for i in range(1, n + 1):
        title = make_heading(rng)
        desc = make_sentence(rng, 10, 16)
        rank = rng.randint(1, 1000)
        colour = rng.choice(COLOURS)
        blocks = make_page(rng, i, n)
        fields = {}
        for lang in LANGS:
            w = VOCAB[lang]
            fields[lang] = [
                ("title", f"{cap(SLUG_WORD[lang])} {i} {render_words(title, w)}"),
                ("slug", f"{SLUG_WORD[lang]}-{i}"),
                ("weight", i),
                ("description", render_sentence(desc, w, "")),
                ("extra", {"rank": rank, "colour": w[colour]}),
            ]
        emit(page_key(i)[:-3], fields, blocks)
    add_images(dip, min(images, n), seed)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, required=True, help="pages per language (>= 2)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="folder to write diptych/ and hugo/ into")
    ap.add_argument("--images", type=int, default=0,
                    help="pages of the diptych site that show a picture of their own")
    args = ap.parse_args()
    if args.pages < 2:
        sys.exit("--pages must be at least 2 (pages link to other pages)")
    generate(args.pages, args.seed, args.out, args.images)


if __name__ == "__main__":
    main()

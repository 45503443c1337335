# De eigen woorden van diptych in het Nederlands. We spreken de schrijver aan met "je".
# Bestandsnamen, sleutels en geciteerde regels blijven zoals ze zijn.

## Ernst, voor elke melding en tip

severity-error = fout
severity-warning = waarschuwing
severity-hint = tip
severity-note = zie ook

## De site wegschrijven, en fouten van diptych zelf

disk-full = de schijf is vol: de site kan niet worden weggeschreven
disk-full-hint = maak ruimte op de schijf, of bouw met --out naar een andere schijf; de vorige uitvoer is niet veranderd
cannot-write-file = kan `{ $path }` niet wegschrijven: { $error }
cannot-write-site = kan de site niet wegschrijven: { $error }
cannot-write-hint = controleer of je in de uitvoermap mag schrijven; de vorige uitvoer is niet veranderd
bug-in-page = diptych kon deze pagina niet maken: dit is een fout in diptych, niet in je bestanden
bug-in-page-hint = meld het aan de makers van diptych en stuur dit bestand mee (wat er in diptych misging: { $detail })
bug-in-site = diptych kon de site niet maken: dit is een fout in diptych, niet in je bestanden
bug-in-site-hint = meld het aan de makers van diptych en stuur de bestanden mee die je het laatst hebt veranderd (wat er in diptych misging: { $detail })

## Markdown: shortcodes, links en afbeeldingen

shortcode-expected-name = hier hoort de naam van een argument, zoals `of=`
shortcode-expected-equals = na `{ $name }` hoort een `=`
shortcode-expected-comma = na een argument hoort een `,` of een `)`
shortcode-expected-close = de shortcode wordt niet gesloten met `{"}}"}`
shortcode-unclosed-quote = een tekstwaarde heeft geen afsluitend `"`
shortcode-bad-value = een waarde is "tekst", een getal, true of false
shortcode-hint = schrijf shortcodes zo: {"{{"} percent(of="access.twente_60") {"}}"}
link-by-key-hint = link naar een bestand in content/ zonder de taal, zoals `@/strategie/ambities.md`
image-no-alt = deze afbeelding heeft geen beschrijving (alt-tekst)
image-no-alt-hint = beschrijf de afbeelding tussen de haken: ![wat de afbeelding laat zien](bestand.png); bij een afbeelding die alleen versiert, schrijf je `{ $decorative }`: ![{ $decorative }](bestand.png)
image-name-hint = controleer de naam van de afbeelding
image-space-before-parenthesis = deze afbeelding werkt niet: er staat een spatie tussen `]` en `(`
link-space-before-parenthesis = deze link werkt niet: er staat een spatie tussen `]` en `(`
space-before-parenthesis-hint = haal de spatie weg: `{ $written }`
image-space-in-name = deze afbeelding werkt niet: in de bestandsnaam `{ $target }` staat een spatie
image-space-in-name-hint = zet de bestandsnaam tussen `<` en `>`: `{ $written }`, of haal de spatie weg (geef het bestand de naam `{ $renamed }`)
link-space-in-address = deze link werkt niet: in het adres `{ $target }` staat een spatie
link-space-in-address-hint = zet het adres tussen `<` en `>`: `{ $written }`, of haal de spatie weg
did-you-mean-after = ; bedoel je `{ $name }`?
link-to-unreadable = de pagina `{ $key }` waar deze link naartoe gaat, kon niet worden gelezen
link-to-unreadable-hint = deze link werkt weer zodra diptych de pagina kan lezen: zie de fout over het lezen van dat bestand of die map
link-to-draft = `{ $key }` is een concept en wordt zonder --drafts niet gepubliceerd
link-to-draft-hint = haal `draft: true` uit de front matter als de pagina klaar is, of bouw met --drafts om haar te bekijken
link-to-nothing = er is geen pagina `{ $key }` in content/{ $meant }
image-missing = er is geen afbeelding `{ $reference }` (gezocht: { $sought }){ $meant }
image-missing-hint = zet de afbeelding naast het bestand van de pagina en schrijf de naam precies zoals die daar staat (`![wat erop staat](kaart.png)`); een afbeelding uit de statische mappen schrijf je vanaf de hoofdmap van de site (`/images/logo.png`)
shortcode-unknown = er is geen shortcode `{ $name }` (het thema heeft geen { $template }){ $meant }
shortcode-no-data = de front matter heeft geen `extra.{ $path }` voor deze shortcode{ $meant }

## Templates

template-hint-while-building = { $hint } (bij het bouwen van { $page }{ $others ->
    [0] {""}
    [one] {" "}en nog 1 pagina
   *[other] {" "}en nog { $others } pagina's
})

## Vertalingen nakijken

term-to-avoid = `{ $variant }` is niet de term van deze site: schrijf `{ $preferred }`
term-to-avoid-hint = { $termbase } noemt `{ $variant }` een variant van `{ $concept }` die je beter vermijdt

## YAML en front matter

did-you-mean = bedoel je `{ $name }`?
yaml-alias = de YAML herhaalt een waarde met een alias (`*naam`)
yaml-alias-hint = schrijf de waarde helemaal uit: diptych leest geen `&anker` en `*alias`, waarmee een paar regels voor miljoenen kunnen staan
yaml-found-number = het getal { $number }
yaml-found-text = de tekst "{ $text }"
yaml-found-empty = leeg
yaml-kind-text = tekst
yaml-kind-whole-number = een heel getal
yaml-kind-boolean = `true` of `false`
yaml-kind-list = een lijst
yaml-kind-map = een lijst regels `sleutel: waarde`
yaml-unknown-key = onbekende sleutel `{ $key }`
yaml-unknown-key-hint = controleer de spelling; hier mogen deze sleutels staan: { $allowed }
yaml-missing-key = de verplichte sleutel `{ $key }` ontbreekt
yaml-missing-key-hint = voeg een regel `{ $key }: …` toe
yaml-wrong-kind = `{ $name }` heeft het verkeerde soort waarde: het is { $found }
yaml-wrong-kind-hint = `{ $name }` moet { $kind } zijn
yaml-unknown-choice = `{ $name }` kan niet `{ $found }` zijn
yaml-unknown-choice-hint = schrijf een van deze: { $allowed }
yaml-other-hint = controleer de waarde op deze plek
yaml-unreadable = de YAML kan niet worden gelezen: { $what }
yaml-unreadable-hint = controleer het inspringen, en zet tekst met `:` of `#` tussen aanhalingstekens: `title: "Zorg: dichtbij"`
yaml-stray-indent = deze regel springt in, maar de regel erboven opent geen groep
yaml-stray-indent-hint = haal de spaties aan het begin van de regel weg, zodat hij gelijk staat met de regel erboven
yaml-tab = er wordt met een tab ingesprongen
yaml-tab-hint = spring in YAML in met spaties, niet met tabs
yaml-space-after-colon = na `{ $key }:` ontbreekt een spatie
yaml-space-after-colon-hint = YAML wil een spatie na de dubbele punt: `{ $key }: { $after }`
yaml-unclosed-quote = het aanhalingsteken waarmee de tekst van `{ $key }` begint, wordt nergens gesloten
yaml-unclosed-quote-hint = sluit de tekst af met hetzelfde aanhalingsteken (`{ $quote }`), of laat de aanhalingstekens weg: { $written }
yaml-text-after-quote = na het sluitende aanhalingsteken van `{ $key }` staat nog tekst
yaml-text-after-quote-hint = zet de hele tekst tussen de aanhalingstekens: { $written }
yaml-unclosed-list = de lijst die `{ $open }` opent voor `{ $key }`, wordt nergens gesloten
yaml-unclosed-list-hint = sluit de lijst af met `{ $close }`, of zet hem tussen aanhalingstekens als het tekst is: { $written }
yaml-colon-in-text = in de tekst van `{ $key }` staat een dubbele punt met een spatie erna
yaml-quote-it-hint = zet de tekst tussen aanhalingstekens: { $written }
yaml-bad-first-character = in YAML kan een tekst niet met `{ $first }` beginnen
front-matter-problem = front matter: { $problem }
front-matter-problem-hint = controleer de regels tussen de twee `---`
front-matter-empty-title = front matter: de `title` is leeg
front-matter-empty-title-hint = schrijf de titel van de pagina na `title:`
front-matter-missing = het bestand begint niet met front matter
front-matter-missing-hint = begin het bestand met een regel `---`, dan `title: …`, dan weer een regel `---`
front-matter-unclosed = de front matter die hier begint, wordt niet gesloten met `---`
front-matter-unclosed-hint = zet een regel `---` na de laatste regel van de front matter, voor de tekst

## Bestanden lezen, site.yaml

cannot-read-file = kan { $file } niet lezen: { $error }
site-yaml-unreadable-hint = start diptych in de map van de site, of wijs die map aan met --root
config-bad-base-url = `base_url` is geen webadres: `{ $base_url }`
config-bad-base-url-hint = schrijf het volledige adres, zoals `https://www.example.org/` of `https://example.org/strategie/`
config-no-languages = onder `languages` staat geen taal
config-no-languages-hint = noem er minstens één, zoals `- code: nl` met daaronder `name: Nederlands`
config-bad-language-code = `{ $code }` is geen taalcode
config-bad-language-code-hint = gebruik codes zoals `nl`, `de`, `en` of `pt-BR`
config-language-twice = de taal `{ $code }` staat er twee keer
config-language-twice-hint = noem elke taal één keer
config-bad-default-language = `default_language` is `{ $code }`, en die staat niet onder `languages`
config-bad-default-language-hint = kies een van de codes onder `languages`
config-bad-image-width = `image_width_cm` onder `brochure` is { $width }, en dat is geen breedte
config-bad-image-width-hint = schrijf de breedte van de gedrukte tekstkolom in centimeters, zoals `image_width_cm: 12`
config-bad-theme = `theme` is `{ $theme }`, en dat is niet de naam van een map in themes/
config-bad-theme-hint = thema's staan in de map themes/ van de site: zet het thema daar en schrijf alleen de naam van de map, zoals `theme: mst`
termbase-unreadable = de termenlijst kan niet worden gelezen: { $problem }
termbase-not-text-hint = controleer of het leesbare tekst is (UTF-8)
termbase-shape-hint = schrijf elk begrip als `- concept: …` met onder `nl:`/`de:` een `use: [...]` en een `avoid: [...]`
record-unreadable = het vertaalregister kan niet worden gelezen: { $problem }
record-unreadable-hint = voer `diptych translated` uit om het opnieuw te schrijven

## De map content

no-content-folder = de site heeft geen map `content`
no-content-folder-hint = maak `content/_index.<taal>.md` voor de startpagina
folder-loop = deze map verwijst terug naar een map waar hij zelf in staat (een lus)
folder-loop-hint = haal de verwijzing weg of herstel haar
content-not-allowed = diptych mag { $what ->
    [folder] deze map
   *[file] dit bestand
} niet lezen
content-not-allowed-hint = geef je gebruikersaccount leesrechten op { $what ->
    [folder] de map
   *[file] het bestand
} (in Windows: klik er met rechts op, Eigenschappen, Beveiliging), of haal { $what ->
    [folder] hem
   *[file] het
} uit content/
content-unreadable = kan { $what ->
    [folder] deze map
   *[file] dit bestand
} niet lezen: { $error }
content-unreadable-hint = controleer of { $what ->
    [folder] de map
   *[file] het bestand
} te openen is, of haal { $what ->
    [folder] hem
   *[file] het
} uit content/
file-name-not-utf8 = in de naam van dit bestand staan tekens die geen geldige tekst zijn (UTF-8)
file-name-not-utf8-hint = geef het bestand een naam met gewone letters, zoals `ueber-ons.nl.md`
file-in-unknown-language = dit bestand is in de taal `{ $code }`, en die staat niet in site.yaml
file-in-unknown-language-hint = geef het de code van een van de talen van de site ({ $known }), of zet `{ $code }` onder `languages` in site.yaml
file-without-name = dit bestand heeft geen naam voor de taal
file-without-name-hint = geef pagina's namen zoals `ambities.nl.md`
file-not-utf8 = dit bestand is geen UTF-8-tekst
file-not-utf8-hint = sla het bestand op als UTF-8 (de meeste editors bieden dat onder "Opslaan als" of "Codering")

## Stand van vertalingen (status, translated, de vertaaltafel)

standing-source = bron
standing-up-to-date = bijgewerkt
standing-outdated = verouderd
standing-not-recorded = niet vastgelegd
standing-draft = concept
standing-missing = ontbreekt

## Wat de opdrachten zeggen

check-summary = { $errors } { $errors ->
    [one] fout
   *[other] fouten
}, { $warnings } { $warnings ->
    [one] waarschuwing
   *[other] waarschuwingen
}.
nothing-written = Er is niets weggeschreven: { $errors } { $errors ->
    [one] probleem
   *[other] problemen
} om op te lossen.
status-fix-first = Los de problemen hierboven op, dan zie je hoe elke pagina ervoor staat.
status-page = pagina
translated-up-to-date = bijgewerkt: { $file }
translated-recorded = { $count } { $count ->
    [one] vertaling
   *[other] vertalingen
} vastgelegd in { $record }.
translated-all-up-to-date = Niets vastgelegd: elke vertaling is al bijgewerkt.
translated-waiting = Niets vastgelegd. Deze vertalingen zijn nog niet als bijgewerkt vastgelegd:
translated-how = Vergelijk elke vertaling met haar bron (diptych check, of de vertaaltafel in diptych serve) en leg haar dan vast: diptych translated BESTAND. Alles in één keer vastleggen: diptych translated --all
created-file = gemaakt: { $file }
new-pages-are-drafts =
    De pagina's zijn concepten: start `diptych serve` om ze op deze adressen te zien,
    met een balk die dat zegt tot je `draft: true` weghaalt.
new-slug-comment = het adres in deze taal: vertaal het
new-draft-comment = haal deze regel weg als de pagina klaar is
placeholder-comment = Vertaal de tekst van { $source } naar dit bestand (ook de titel en de beschrijving hierboven) en haal dan deze opmerking weg. Tot dan meldt diptych deze pagina als "nog niet vertaald".
init-made = Nieuwe site gemaakt in { $folder }:
init-next = Verder:
init-serve = bekijk de site terwijl je schrijft
init-build = maak de website in public/
pdf-printed = De editie { $edition } is gedrukt: { $pdf } ({ $pages } pagina's).
pdf-rounds = { $rounds } keer gedrukt om de paginanummers vast te stellen, in { $seconds } s.
summary-language = { $count } { $name } ({ $code })
summary-built = { $pages } pagina's gebouwd: { $languages }. { $warnings } { $warnings ->
    [one] waarschuwing
   *[other] waarschuwingen
}.
summary-images = { $count } { $count ->
    [one] afbeelding
   *[other] afbeeldingen
}, { $encoded } { $encoded ->
    [one] afbeeldingsbestand
   *[other] afbeeldingsbestanden
} omgezet.
summary-nothing-changed = niets veranderd in { $out }
summary-written = { $written } { $written ->
    [one] bestand
   *[other] bestanden
} geschreven, { $removed } verwijderd, { $unchanged } ongewijzigd in { $out }
summary-took = in { $seconds } s.
serve-listening = De site staat klaar op http://{ $address }/ (stoppen met Ctrl-C).
serve-rebuilt = Opnieuw gebouwd: { $changed } { $changed ->
    [one] bestand
   *[other] bestanden
} veranderd, { $rendered } gemaakt, in { $millis } ms.
serve-failed = De laatste goede versie blijft zichtbaar: verbeter het bestand en sla het op.
serve-open-to-network = De voorvertoning is open voor het netwerk: iedereen daarop kan de site lezen.
or = of
serve-others-open = Anderen openen haar op { $addresses }
serve-desk-records = De vertaaltafel legt vertalingen vast van iedereen op het netwerk die haar opent (--allow-desk-writes).
serve-desk-does-not-record = De vertaaltafel legt geen vertalingen vast; start met --allow-desk-writes om dat toe te staan.

## Dubbelklikken op diptych.exe

double-click-preview =
    diptych laat een voorvertoning zien van de site in { $folder }
    Je browser opent haar; gebeurt dat niet, open dan zelf http://{ $address }/.
    Pagina's laden vanzelf opnieuw als je een bestand opslaat.

    Laat dit venster open terwijl je werkt.
    Sluit dit venster om de voorvertoning te stoppen (of druk erin op Ctrl-C).
double-click-no-site =
    diptych laat een website zien en bouwt haar uit een sitemap: de map waar site.yaml in staat.
    In { $folder }, de map waarin diptych werd gestart, staat geen site.yaml.

    Een site bekijken: zet diptych.exe in de sitemap, naast site.yaml, en dubbelklik er daar op.
    Of open PowerShell in de sitemap en typ:  diptych serve --open
    Een nieuwe site beginnen: typ in PowerShell:  diptych init mijn-site
    Alles zien wat diptych kan: typ  diptych --help
double-click-this-folder = deze map
double-click-press-enter = Druk op Enter om dit venster te sluiten.

## Teksten van de site (i18n/*.ftl)

and = en
ui-texts-unreadable = kan de teksten voor `{ $lang }` niet lezen: { $error }
ui-texts-unreadable-hint = elke taal in site.yaml heeft een bestand i18n/{ $lang }.ftl nodig
fluent-syntax = Fluent-syntaxis: { $problem }
fluent-syntax-hint = een tekst schrijf je als `naam = tekst`; variabelen als `{"{"} $naam {"}"}`
fluent-problem = Fluent: { $problem }
fluent-twice-hint = elke naam mag maar één keer per bestand voorkomen
ui-texts-none-for-language = er zijn geen teksten voor de taal `{ $lang }`
ui-text-missing = de tekst `{ $id }` ontbreekt in { $file }{ $meant }
ui-text-without-value = de tekst `{ $id }` in { $file } heeft geen waarde
ui-text-unformattable = de tekst `{ $id }` in { $file } kan niet worden opgemaakt: { $problem }
ui-text-missing-in = de tekst `{ $id }` ontbreekt in { $file }
ui-text-missing-in-used = de tekst `{ $id }` ontbreekt in { $file } (gebruikt in { $templates })
ui-text-missing-hint = zet de vertaling voor { $language } in { $file }
ui-text-argument-kind = een tekst kan tekst of getallen krijgen, geen { $kind }

## Het thema en zijn templates

theme-without-templates = het thema `{ $theme }` heeft geen map templates
theme-without-templates-hint = controleer `theme` in site.yaml: dat is de naam van een map in themes/
theme-unreadable = kan het thema niet lezen: { $error }
template-unreadable = kan deze template niet lezen: { $error }
template-syntax-hint = controleer de tags `{"{{"} {"}}"}` en `{"{%"} {"%}"}` rond deze plek
template-rendering-hint = controleer de namen en argumenten op deze plek van de template
template-problem = template: { $problem }
template-missing-parent = template: `{ $current }` bouwt voort op `{ $parent }`, en die bestaat niet
template-missing-parent-hint = controleer de naam in `{"{%"} extends "…" {"%}"}`
template-missing = het thema heeft geen template `{ $template }`
template-missing-choose-hint = kies een van de templates in { $folder }
template-missing-add-hint = voeg { $file } toe aan het thema
template-without-lang = `lang` is niet ingesteld voor deze template
template-image-missing = er is geen afbeelding `{ $path }`
template-image-missing-hint = image() vindt een afbeelding uit de statische mappen aan haar pad daar (`images/cover.jpg`), en een afbeelding naast een pagina aan haar pad in content/ na `@/` (`@/regio/kaart.png`)
asset-missing = er is geen statisch bestand `{ $path }`{ $meant }
asset-missing-hint = asset() vindt de bestanden in { $folders }: zet het bestand daar, of schrijf het pad vanaf die map (`style.css`, `fonts/inter.woff2`)

## Pagina's een plek geven

slug-unusable = de slug `{ $slug }` kan niet in een webadres
slug-unusable-hint = gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld `slug: { $suggestion }`
same-address = deze pagina en { $other } komen allebei op het adres { $address }
same-address-other = de andere pagina op dat adres
same-address-hint = geef een van beide een andere `slug` in de front matter
translation-missing = `{ $key }` heeft geen versie in de taal { $language } ({ $code })
translation-missing-hint = vertaal de pagina in { $file }
brochure-not-a-section = brochure `{ $list }` noemt `{ $key }`, en dat is geen sectie (de `_index.md` van een map) in content/
brochure-not-a-page = brochure `{ $list }` noemt `{ $key }`, en dat is geen pagina in content/
brochure-keys-hint = schrijf de sleutels zoals in links, bijvoorbeeld `strategie/_index.md` of `over-mst/contact.md`
section-page-missing = de map van deze pagina heeft geen sectiepagina, dus de pagina staat nergens in een overzicht
section-page-missing-hint = maak content/{ $file }.{ $lang }.md met een `title`

## Vertalingen en hun register

translation-not-recorded = vertaling niet vastgelegd: er staat nog niet vast welke brontekst ({ $language }) ze volgt
translation-outdated = verouderde vertaling: { $source } is veranderd nadat deze vertaling voor het laatst is bijgewerkt
translation-stale-hint = werk haar bij volgens { $source } en voer dan `diptych translated { $file }` uit
record-not-text-hint = controleer of het bestand leesbare tekst is (UTF-8), of verwijder het en voer `diptych translated` uit om het opnieuw te schrijven
record-unwritable = kan het register niet wegschrijven: { $error }
file-does-not-exist = dit bestand bestaat niet
file-does-not-exist-hint = controleer de naam en de map van het bestand; vertalingen heten bijvoorbeeld { $example }
not-a-translation = dit is geen vertaling met een bron om te volgen
not-a-translation-hint = noem vertaalde pagina's (geen pagina's in { $lang }), zoals { $example }

## diptych check

image-too-small-for-print = deze afbeelding is { $width } px breed: op { $width_cm } cm gedrukt heeft ze { $dpi } dpi, minder dan de { $needed_dpi } dpi die drukwerk nodig heeft
image-too-small-for-print-hint = gebruik een versie van minstens { $needed } px breed (ze wordt gedrukt bij { $pages }), of zet een kleinere `image_width_cm` onder `brochure` in site.yaml
built-link-to-nothing = de pagina { $page } linkt naar { $href }, en dat bestaat niet
built-link-hashed-hint = { $target } wordt gepubliceerd als { $hashed }, een naam die met de inhoud verandert: schrijf {"{{"} asset(path="{ $target }") {"}}"} in de template
built-link-to-nothing-hint = verbeter de link in de tekst van de pagina of in de template van het thema die hem schrijft
page-is-draft = deze pagina is een concept: ze staat niet in de site
page-is-draft-hint = haal `draft: true` weg als ze klaar is, of bouw met --drafts om haar te bekijken
none = geen
ui-text-differs = de tekst `{ $id }` gebruikt hier de { $what ->
    [variables] variabelen
   *[attributes] attributen
} { $here }, maar { $there } in { $source }
ui-text-differs-hint = een vertaling gebruikt dezelfde `$variabelen` en `.attributen` als haar bron
ui-text-unused = geen enkele template gebruikt de tekst `{ $id }`
ui-text-unused-hint = haal hem uit elk .ftl-bestand, of gebruik hem in een template met t(key="…")

## diptych new

new-section-missing = de sectie `{ $folder }` bestaat nog niet
new-section-missing-hint = maak haar eerst met `diptych new { $folder }`
new-file-exists = dit bestand bestaat al; er is niets gemaakt
new-file-exists-hint = kies een andere naam, of bewerk het bestaande bestand
new-cannot-create = kan dit bestand niet maken: { $error }
new-bad-name = `{ $target }` kan niet als paginanaam dienen
new-bad-name-hint = gebruik kleine letters, cijfers en streepjes, zoals `{ $suggestion }`

## diptych init

init-no-language = er is geen taal opgegeven
init-no-language-hint = noem de talen zo: --languages { $example }
init-unknown-language = diptych kent de taalcode `{ $code }` niet{ $meant }
init-unknown-language-hint = gebruik codes van twee letters, gescheiden door komma's, zoals `--languages { $example }`; bekende codes: { $known }
init-bad-name = de site heeft een naam op één regel nodig
init-bad-name-hint = geef die op met --name, zoals --name "Onze brochure"
init-cannot-make-folder = kan de map `{ $folder }` niet maken: { $error }
init-cannot-make-folder-hint = kies een map waarin je mag schrijven
init-cannot-open-folder = kan de map `{ $folder }` niet openen: { $error }
init-folder-not-empty = de map `{ $folder }` is niet leeg; er is niets gemaakt
init-new-folder-hint = een nieuwe site begint in een nieuwe map: geef de naam op, zoals `diptych init mijn-site`
init-cannot-create = kan dit bestand niet maken: { $error }; er is niets bewaard
init-cannot-create-hint = controleer of je in deze map mag schrijven en of de schijf niet vol is

## diptych pdf

no-browser = er is geen Chromium, Google Chrome of Microsoft Edge gevonden om mee af te drukken; diptych zocht naar
    {"  "}{ $names } op het PATH, en op:{ $paths }
no-browser-hint = installeer Google Chrome of Microsoft Edge (of Chromium: `sudo apt-get install chromium` op Debian en Ubuntu), of zet de omgevingsvariabele DIPTYCH_BROWSER op het programmabestand van de browser
no-editions = deze site heeft geen drukedities
no-editions-hint = zet `brochure:` met de `chapters` in site.yaml (zie docs/reference/print.md)
no-such-edition = er is geen editie `{ $id }`
no-such-edition-hint = kies uit: { $known }, all
browser-cannot-start = kan { $browser } niet starten: { $error }
browser-cannot-start-hint = controleer of Chromium of Chrome geïnstalleerd is en werkt
browser-wait-failed = wachten op de browser is mislukt
browser-too-slow = de browser deed er te lang over om af te drukken
try-again = probeer het opnieuw
browser-did-not-print = { $browser } kon de brochure niet afdrukken
browser-did-not-print-hint = start de browser één keer met de hand om zijn melding te zien
printed-heading-missing = de gedrukte editie { $edition } heeft geen kop "{ $title }"
printed-heading-missing-hint = brochure.html moet de `title` van elk hoofdstuk als kop afdrukken
printed-pdf-unreadable = de gedrukte pdf van de editie { $edition } kan niet worden gelezen: { $error }
printed-pdf-unreadable-hint = druk opnieuw af; gebeurt het weer, probeer dan een andere browser, aangewezen met de omgevingsvariabele DIPTYCH_BROWSER
chapter-moved = "{ $title }" begint op pagina { $begins }, de inhoudsopgave zegt { $listed }
page-numbers-unsettled = de paginanummers in de inhoudsopgave van de editie { $edition } lagen na { $prints } keer drukken nog niet vast: { $chapters }
page-numbers-unsettled-hint = de pdf heeft de nummers van de laatste druk, dus deze regels kloppen niet; de nummers blijven verschuiven als de inhoudsopgave er zelf langer of korter door wordt: geef de inhoudsopgave in brochure.html wat ruimte
failed-because = { $what }: { $error }
print-no-temporary-folder = kan geen tijdelijke map maken
print-cannot-write-files = kan de bestanden die de pagina laadt niet wegschrijven
print-cannot-write-page = kan de af te drukken pagina niet wegschrijven
print-cannot-read-pdf = kan de gedrukte pdf niet lezen

## Koppelingen in de sitemap, afbeeldingen, het bouwen

link-leads-outside = deze koppeling leidt naar buiten de sitemap, naar `{ $target }`; niets buiten de sitemap wordt gepubliceerd
link-leads-outside-hint = kopieer het bestand of de map naar de sitemap in plaats van ernaar te koppelen, of haal de koppeling weg
link-leads-nowhere-missing = deze koppeling leidt nergens heen: `{ $written }` bestaat niet
link-leads-nowhere-unreachable = deze koppeling leidt nergens heen: `{ $written }` is niet bereikbaar ({ $error })
link-leads-nowhere-hint = haal de koppeling weg, of laat haar wijzen naar een bestand in de sitemap
file-on-page-address = het bestand `{ $path }` (statisch bestand of drukeditie) heeft hetzelfde adres als een pagina
file-on-page-address-hint = geef de pagina een andere slug of het statische bestand een andere naam
fragment-missing = `{ $page }` heeft geen kop `#{ $fragment }`
fragment-missing-no-headings-hint = die pagina heeft geen koppen: link naar de pagina zonder `#…`
fragment-missing-hint = de koppen zijn: #{ $headings }
output-replaces-site = de uitvoermap { $out } zou de eigen bestanden van de site vervangen
output-replaces-site-hint = kies een eigen uitvoermap, zoals `public`
edition-removed = { $pdf } is verwijderd: de brochure is veranderd sinds ze werd gedrukt
edition-removed-hint = voer `diptych pdf` uit om de edities opnieuw af te drukken
file-not-made = { $path } kon niet worden gemaakt
image-unreadable = kan deze afbeelding niet lezen: { $error }
image-undecodable = deze afbeelding kan niet worden gelezen: { $error }
image-unencodable = deze afbeelding kan niet worden omgezet: { $error }
image-save-again-hint = open haar in een beeldbewerkingsprogramma en sla haar opnieuw op als PNG of JPEG
svg-refused = deze SVG wordt geweigerd: { $refusal }, en dat zou een pagina uitvoeren
svg-refused-hint = sla de tekening opnieuw op zonder scripts, gebeurtenisattributen (`onclick=…`), `javascript:`-adressen of verwijzingen naar andere bestanden (in Inkscape: Bestand → Opslaan als → Geoptimaliseerde SVG), of exporteer haar als PNG
brochure-template-missing = het thema heeft geen template `{ $template }` voor de drukedities
brochure-template-missing-hint = voeg { $file } toe aan het thema, of haal `brochure` uit site.yaml

## Een vertaling nakijken tegen haar bron

qa-number-hint = controleer het getal tegen de bron; getallen worden vergeleken zoals elke taal ze schrijft (12,5 % is 12.5%)
qa-number-not-in-source = het getal { $value } staat niet in de bron ({ $source })
qa-number-more-often = het getal { $value } staat hier { $count } keer, in de bron ({ $source }) { $expected } keer
qa-number-missing = het getal { $value } uit de bron ({ $source }:{ $line }) ontbreekt in deze vertaling
qa-extra-lacks = in `extra` ontbreekt { $missing } uit de bron ({ $source })
qa-extra-adds = `extra` heeft { $added }, en dat heeft de bron ({ $source }) niet
qa-extra-differs = `extra` heeft { $added } waar de bron ({ $source }) { $missing } heeft
qa-extra-hint = `extra` bevat cijfers die templates laten zien: die zijn in elke taal gelijk
qa-term-missing = de bron ({ $source }) zegt `{ $said }`, maar deze vertaling heeft geen `{ $preferred }`
qa-term-missing-hint = { $termbase } geeft { $forms } voor `{ $concept }`; gebruik dat, of zet de vorm die deze pagina gebruikt erbij
qa-structure-differs = deze vertaling heeft een ander aantal { $what ->
    [headings] koppen
    [list-items] opsommingspunten
    [links-by-key] links met sleutel
    [images] afbeeldingen
   *[shortcodes] shortcodes
} dan haar bron ({ $source }): { $here } tegen { $there }
qa-structure-differs-hint = een vertaling houdt de koppen, opsommingspunten, links, afbeeldingen en shortcodes van de bron
qa-untranslated = { $kind ->
    [title] deze titel
    [description] deze beschrijving
    [heading] deze kop
    [list-item] dit opsommingspunt
    [table-cell] deze tabelcel
   *[paragraph] deze alinea
} is gelijk aan die in de bron ({ $source }:{ $line }): is dit vertaald?
qa-untranslated-hint = vertaal de tekst; alleen teksten van minder dan vijf gewone woorden (namen, adressen) mogen gelijk blijven
termbase-unknown-language = de termenlijst geeft termen voor `{ $concept }` in `{ $lang }`, een taal die niet in site.yaml staat
termbase-unknown-language-hint = gebruik de taalcodes van site.yaml
termbase-no-term = de termenlijst geeft voor `{ $concept }` geen term om te gebruiken in `{ $lang }`
termbase-no-term-hint = zet de voorkeursterm voorop: `use: [term, verbogen vorm, …]`

## De voorvertoning (diptych serve)

panel-title = De site kan niet worden gebouwd
panel-note = Hieronder staat de laatste versie die wel lukte. Sla de verbetering op, dan verdwijnt dit venster.
serve-not-built-yet = de site is nog niet gebouwd
serve-bad-host = `--host { $host }` is geen hostnaam
serve-bad-host-hint = geef alleen de naam, zonder http:// of poort, zoals --host preview.mst.nl
serve-cannot-start = de voorvertoning kan niet starten: { $error }
serve-cannot-start-hint = kies een andere poort met --port, of een ander adres met --bind

## De vertaaltafel (diptych serve, /_desk/)

desk-title = Vertaaltafel
desk-per-language = Per taal
desk-all-languages = alle talen
desk-any-status = elke stand
desk-language = Taal
desk-status = Stand
desk-show = Toon
desk-compare = vergelijk
desk-compare-label = vergelijk { $key } in { $lang }
desk-table-caption = Elke pagina in elke taal
desk-page = Pagina
desk-no-page = de site heeft geen pagina `{ $key }`
desk-no-page-hint = kies een pagina uit de tabel van de vertaaltafel
desk-no-language = in `{ $lang }` wordt deze site niet vertaald
desk-no-language-hint = kies een vertaling uit de tabel van de vertaaltafel
desk-record-button = Vertaling is bijgewerkt
desk-record-off = De voorvertoning is open voor het netwerk, dus de vertaaltafel legt geen vertalingen vast. Voer <code>diptych translated { $file }</code> uit, of start de voorvertoning met <code>--allow-desk-writes</code>.
desk-changes = Wat er in de bron veranderd is
desk-changes-unknown = De brontekst zoals die was toen deze vertaling werd vastgelegd, is niet bewaard (ze werd vastgelegd voordat diptych die bewaarde). Vergelijk de pagina's hieronder; vanaf de volgende keer vastleggen staan de veranderingen hier.
desk-changes-since = Sinds de vertaling werd vastgelegd. Doorgestreepte woorden zijn weggehaald, onderstreepte woorden zijn toegevoegd.
desk-part-title = Titel
desk-part-description = Beschrijving
desk-part-text = Tekst
desk-part-extra = Gegevens (extra)
desk-changes-spacing = Alleen spaties of regeleinden zijn veranderd; geen enkel woord.
desk-findings = Wat check vindt
desk-side-by-side = Naast elkaar
desk-side-by-side-caption = Elke rij: een deel van de bron en hetzelfde deel van de vertaling
desk-source-column = { $language } (bron)
desk-check-says = Check: { $finding }
desk-no-matching-section = Hier staat geen bijbehorend deel.
desk-nothing-found = Niets: de getallen, termen en opbouw komen overeen met de bron.
desk-line = regel { $line }
desk-translation-is-draft = De pagina in { $language } is een concept; ze wordt pas vergeleken als ze gepubliceerd is.
desk-translation-missing = Er is nog geen pagina in { $language }. Vertaal de bron hieronder in <code>{ $file }</code>.
desk-the-source = De bron
desk-paragraphs-unchanged = { $count ->
    [one] 1 alinea ongewijzigd
   *[other] { $count } alinea's ongewijzigd
}
standing-not-translated = niet vertaald
not-written-yet = nog niet vertaald: deze pagina heeft geen eigen tekst, dus er valt niets vast te leggen
not-written-yet-hint = vertaal eerst { $source } in deze pagina (titel, beschrijving en tekst) en leg haar dan vast
placeholder-not-translated = nog niet vertaald: deze pagina heeft geen eigen tekst
placeholder-not-translated-hint = vertaal { $source } in deze pagina (titel, beschrijving en tekst) en haal het commentaar weg dat zegt dat ze niet vertaald is; houd haar tot dan buiten de site met `draft: true`
desk-record-anyway = Toch als bijgewerkt vastleggen
confirm-back = Terug naar de vertaling
confirm-question = <span lang="{ $lang }">{ $title }</span> als bijgewerkt vastleggen?
confirm-found = Check vindt { $count ->
    [one] 1 punt
   *[other] { $count } punten
} in <code>{ $file }</code>. Wie de vertaling als bijgewerkt vastlegt, zegt dat ze klopt met haar bron: bekijk deze punten dus eerst.
confirm-fix-first = <a href="{ $back }">Terug naar de vertaling, om eerst te verbeteren</a> (er wordt niets vastgelegd)
confirm-title = { $title } ({ $lang }) als bijgewerkt vastleggen?
draft-word = Concept
draft-band = Deze pagina wordt niet gepubliceerd zolang er <code>draft: true</code> in staat.
draft-edition-band = Deze editie drukt concepten af, die buiten de gepubliceerde site en de pdf's blijven zolang er <code>draft: true</code> in staat: { $titles }.
draft-left-out = Dit adres hoort bij een concept: <code>{ $file }</code>. De voorvertoning laat concepten weg, omdat die met <code>--no-drafts</code> is gestart. Haal de regel <code>draft: true</code> uit dat bestand om de pagina te publiceren, of start <code>diptych serve</code> zonder <code>--no-drafts</code> om hem nu te bekijken.

## NUMBER() in de teksten van de site

number-option-problem = de tekst `{ $id }` { $problem }
number-unsupported = gebruikt `NUMBER(…, { $written })`, en dat ondersteunt diptych niet
number-percent-hint = schrijf het procentteken in de vertaling, met de spatie zoals de taal die schrijft, en geef het percentage zelf door (12.5, niet 0.125): `{"{"} NUMBER($value) {"}"} %` in het Duits, `{"{"} NUMBER($value) {"}"}%` in het Nederlands
number-currency-hint = schrijf de munteenheid in de vertaling, waar de taal haar zet, met de centen als decimalen: `€ {"{"} NUMBER($amount, minimumFractionDigits: 2) {"}"}` in het Nederlands, `{"{"} NUMBER($amount, minimumFractionDigits: 2) {"}"} €` in het Duits
number-significant-hint = rond in plaats daarvan af met `maximumFractionDigits` (en vul aan met `minimumFractionDigits`)
number-unknown-option = geeft NUMBER de optie `{ $name }`, en die heeft NUMBER niet
number-unknown-option-hint = NUMBER kent { $names }
number-bad-value = geeft `{ $name }` de waarde { $value }; die optie neemt { $values }
number-bad-value-hint = schrijf het zo: `{ $name }: { $example }`
number-whole-range = een heel getal van { $from } tot en met { $to }
number-one-of = { $choices } of { $last }
svg-has-script = er staat een script in (`<script>`)
svg-has-javascript = er staat een `javascript:`-adres in
svg-own-entity = ze gebruikt een entiteit die ze zelf declareert (`&{ $name };`)
svg-event-attribute = er staat een gebeurtenisattribuut in (`{ $key }=`)
svg-own-entity-in-attribute = ze gebruikt een entiteit die ze zelf declareert (in `{ $key }=`)
svg-other-file = ze gebruikt een ander bestand (`<use href="{ $value }">`)
refused-no-host = dit verzoek noemt de voorvertoning niet
refused-other-name = dit verzoek noemt de voorvertoning bij een naam waarvoor ze niet is gestart
refused-other-site = dit verzoek komt van een andere site dan de voorvertoning
refused-other-session = dit verzoek komt niet van de pagina van de vertaaltafel in deze sessie
refused-open-to-network = de voorvertoning is open voor het netwerk: start haar met --allow-desk-writes om vanaf de vertaaltafel vast te leggen
not-recorded = Niet vastgelegd: { $refusal }.
unanswered-no-host = noemt geen site in de Host-header
unanswered-asks-for = vraagt om { $asked }
unanswered =
    Niet beantwoord: dit verzoek { $wrong }.
    Deze voorvertoning antwoordt alleen op { $names }.
    Wil je haar onder een andere naam openen, start diptych serve dan met --host NAAM (en --bind om haar open te stellen voor het netwerk).
serve-address-outside = dit adres kan niet in de site staan
serve-not-found = niet gevonden

## Links als adres, en links naar een andere taal

link-where-it-leads = {" "}(waar `{ $href }` vanaf deze pagina heen leidt)
link-to-no-address = de site heeft geen pagina of bestand op `{ $url }`{ $written }{ $meant }
link-to-draft-address = `{ $url }` is het adres van een concept ({ $source }) en wordt zonder --drafts niet gepubliceerd
link-to-draft-address-hint = haal `draft: true` uit de front matter als de pagina klaar is, en { $link }
key-hint-that-page = link naar die pagina met haar sleutel: `[…](@/{ $key })`; een sleutel blijft naar de pagina leiden als haar adres verandert, en naar haar vertaling in elke taal
key-hint-page-file = link naar een pagina met haar sleutel, haar bestand in content/ zonder de taal: `[…](@/{ $key })`; een sleutel blijft naar de pagina leiden als haar adres verandert, en naar haar vertaling in elke taal
key-hint-it = link ernaar met de sleutel: `[…](@/{ $key })`; een sleutel blijft naar de pagina leiden als haar adres verandert, en naar haar vertaling in elke taal
key-hint-a-page = link naar een pagina met haar sleutel: `[…](@/{ $key })`; een sleutel blijft naar de pagina leiden als haar adres verandert, en naar haar vertaling in elke taal
key-hint-that-files-page = link naar de pagina van dat bestand met haar sleutel: `[…](@/{ $key })`; een sleutel blijft naar de pagina leiden als haar adres verandert, en naar haar vertaling in elke taal
link-other-language = deze link leidt naar de pagina `{ $key }` in { $shown }: { $why }
link-other-language-draft = haar versie in { $language } is nog een concept
link-other-language-draft-cure = haal `draft: true` uit { $file } als ze klaar is
link-other-language-missing = ze heeft nog geen versie in { $language }
link-other-language-hint = { $cure }, of link naar een andere pagina; tot dan krijgen lezers van deze pagina de pagina in { $shown }
built-links-to-nothing = { $count } pagina's linken naar { $href }, en dat bestaat niet ({ $page }, …)
built-link-to-nothing-somewhere = een pagina linkt naar { $href }, en dat bestaat niet
built-link-in-template-hint = verbeter het adres; in een template geeft `url_for(key="strategie/ambities.md")` het adres van een pagina in de taal van de lezer
built-link-somewhere-hint = verbeter de link in de tekst van de pagina of in de template die hem schrijft; in een template geeft `url_for(key="strategie/ambities.md")` het adres van een pagina in de taal van de lezer

## De opdrachtregel: `diptych --help`

cli = Maakt van de Markdown-bestanden, vertalingen en het thema van de brochure een website in elke taal van de site.
cli-long = Start het in de sitemap (de map met site.yaml), of wijs die map aan met --root.
cli-build = Bouw de website in een map (standaard public/), klaar om te publiceren.
cli-build-long = Bij een fout wordt niets gepubliceerd: de problemen staan in een lijst met het bestand en de regel om te verbeteren, en de vorige website in de uitvoermap blijft zoals ze was.
cli-pdf = Bouw de website en druk de brochure af als pdf: een bestand per taal en een met de talen naast elkaar (brochure-nl.pdf, …), naast de website.
cli-pdf-long = Hiervoor moet Chromium, Google Chrome of Microsoft Edge op deze computer staan. De inhoudsopgave krijgt de echte paginanummers: de brochure wordt gedrukt, de nummers worden gelezen, en dan wordt ze opnieuw gedrukt.
cli-serve = Bekijk de website terwijl je schrijft: ze wordt in het geheugen gebouwd, op deze computer getoond en opnieuw gebouwd zodra je een bestand opslaat; open pagina's laden vanzelf opnieuw.
cli-serve-long = Een fout verschijnt over de pagina (met het bestand, de regel en wat je moet doen), terwijl de laatste goede versie eronder blijft staan. Stoppen met Ctrl-C.
cli-check = Controleer de hele site zonder iets te schrijven: ontbrekende of verouderde vertalingen, ontbrekende teksten van de site, koppelingen die nergens heen leiden, fouten in de front matter, concepten.
cli-check-long = Eindigt met 1 als er fouten zijn (met --strict: ook bij waarschuwingen), zodat het publiceren ervan kan afhangen.
cli-translated = Leg vast dat vertalingen bijgewerkt zijn met hun brontekst (na het vertalen).
cli-translated-long = Noem de vertaalde bestanden (content/strategie/ambities.de.md …), of --all voor elke vertaling; zonder een van beide toont het de vertalingen die nog vastgelegd moeten worden. `diptych check` meldt een vertaling daarna als verouderd zodra haar bron verandert.
cli-status = Toon hoe elke pagina ervoor staat in elke taal: bijgewerkt, verouderd (de bron is veranderd sinds de vertaling), niet vastgelegd, concept, ontbreekt of niet vertaald (het bestand is er, maar is nooit geschreven).
cli-status-long = Dezelfde tabel als op de vertaaltafel van `diptych serve`, voor de terminal en voor scripts (`--format json`).
cli-new = Maak een nieuwe pagina of sectie in elke taal, bijvoorbeeld `diptych new strategie/visie` (een pagina) of `diptych new strategie` (een sectie).
cli-new-long = De bestanden beginnen als concept: `diptych serve` toont ze (op de adressen die `new` noemt), `build` laat ze weg tot je `draft: true` weghaalt.
cli-init = Begin een nieuwe site in een lege map: site.yaml, een startpagina, een sectie met een pagina, de eigen teksten van de site in elke taal en een startthema, klaar om te bekijken.
cli-init-long = Bijvoorbeeld `diptych init mijn-site --languages nl,de,en --name "Onze brochure"`.
cli-help = Toon deze hulp, of de hulp bij een opdracht (`diptych help build`).
cli-help-subcommand = De opdracht om uit te leggen.
cli-arg-ui-lang = De taal waarin diptych spreekt: nl, de of en (zonder deze optie: DIPTYCH_LANG, anders de taal van het systeem, anders Engels).
cli-arg-help = Toon deze hulp.
cli-arg-version = Toon de versie van diptych.
cli-arg-root = De sitemap, de map waarin site.yaml staat.
cli-arg-base-url = Het webadres waarop de site komt te staan, in plaats van base_url in site.yaml.
cli-arg-strict = Weiger te bouwen als er ook waarschuwingen zijn (bijvoorbeeld een ontbrekende vertaling).
cli-arg-drafts = Bouw ook pagina's met `draft: true`, om ze te bekijken.
cli-arg-out = Waar de website komt (zonder deze optie: public/ in de sitemap).
cli-check-format = `human` voor mensen, `json` voor editors en CI.
cli-status-lang = Toon alleen deze taal (naast de brontaal).
cli-status-format = `human` voor mensen, `json` voor scripts.
cli-translated-all = Leg elke vertaling van de site vast, en meld welke vastleggingen veranderd zijn.
cli-translated-files = De vertaalde bestanden om vast te leggen (content/strategie/ambities.de.md …).
cli-new-target = `sectie/pagina` voor een pagina, `sectie` voor een sectie.
cli-init-folder = De map voor de nieuwe site: wordt gemaakt als ze er niet is, en geweigerd als ze niet leeg is.
cli-init-languages = De talen van de site, gescheiden door komma's; de eerste is de taal waarin je schrijft.
cli-init-name = De naam van de site, bovenaan elke pagina (zonder deze optie: gemaakt van de naam van de map).
cli-pdf-edition = Welke editie er gedrukt wordt: een taalcode (nl, de, …), bilingual (tweetalig), of all (alle).
cli-serve-no-drafts = Bekijk precies wat gepubliceerd wordt: laat de pagina's met `draft: true` weg (standaard getoond, elk met een band die zegt dat het een concept is).
cli-serve-port = De poort waarop geluisterd wordt; is die bezet, dan wordt een vrije gekozen.
cli-serve-bind = Het adres waarop geluisterd wordt. Alleen deze computer ziet de voorvertoning, tenzij je hier een ander adres opgeeft (0.0.0.0 opent haar voor het netwerk).
cli-serve-open = Open de voorvertoning in de webbrowser zodra ze klaar is.
cli-serve-allow-desk-writes = Laat de vertaaltafel (/_desk/) vertalingen als bijgewerkt vastleggen, ook als de voorvertoning open is voor het netwerk (--bind buiten deze computer).
cli-serve-hosts = Nog een naam waarop de voorvertoning antwoordt, naast localhost en (met --bind) de naam en adressen van deze computer: de naam die collega's of een proxy gebruiken. Herhaal de optie voor meer namen.
cli-usage-heading = Gebruik:
cli-commands-heading = Opdrachten
cli-options-heading = Opties
cli-arguments-heading = Argumenten
cli-usage-options = [OPTIES]
cli-value-command = OPDRACHT
cli-value-folder = MAP
cli-value-code = CODE
cli-value-codes = CODES
cli-value-name = NAAM
cli-value-url = URL
cli-value-edition = EDITIE
cli-value-address = ADRES
cli-value-port = POORT
cli-value-format = VORM
cli-value-files = BESTANDEN
cli-value-target = SECTIE/PAGINA
cli-default = [standaard: { $value }]
cli-possible-values = [mogelijk: { $values }]
cli-unknown-command = `{ $typed }` is geen opdracht van diptych
cli-missing-command = `{ $command }` heeft een opdracht nodig
cli-commands-hint = de opdrachten zijn { $commands }; `diptych --help` legt ze uit
cli-unknown-option = `{ $typed }` is geen optie van `{ $command }`
cli-see-help = `{ $command } --help` toont wat de opdracht aanneemt
cli-value-missing = na { $option } hoort een waarde
cli-invalid-value = `{ $value }` is geen waarde voor { $option }
cli-possible-values-hint = mogelijke waarden: { $values }
cli-missing = `{ $command }` heeft { $missing } nodig
cli-conflict = { $option } en { $other } gaan niet samen
cli-conflict-hint = laat een van beide weg

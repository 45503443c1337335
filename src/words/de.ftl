# diptychs eigene Worte auf Deutsch. Wir siezen die Schreibenden.
# Dateinamen, Schlüssel und zitierte Zeilen bleiben, wie sie sind.

## Schweregrad, vor jeder Meldung und jedem Hinweis

severity-error = Fehler
severity-warning = Warnung
severity-hint = Hinweis
severity-note = siehe auch

## Die Website schreiben, und Fehler in diptych selbst

disk-full = die Festplatte ist voll: die Website kann nicht geschrieben werden
disk-full-hint = schaffen Sie Platz auf der Festplatte oder erstellen Sie die Website mit --out auf einer anderen; die bisherige Ausgabe ist unverändert
cannot-write-file = `{ $path }` kann nicht geschrieben werden: { $error }
cannot-write-site = die Website kann nicht geschrieben werden: { $error }
cannot-write-hint = prüfen Sie, ob der Ausgabeordner beschreibbar ist; die bisherige Ausgabe ist unverändert
bug-in-page = diptych konnte diese Seite nicht erstellen: das ist ein Fehler in diptych, nicht in Ihren Dateien
bug-in-page-hint = bitte melden Sie ihn den Entwicklern von diptych und schicken Sie diese Datei mit (was in diptych schiefging: { $detail })
bug-in-site = diptych konnte die Website nicht erstellen: das ist ein Fehler in diptych, nicht in Ihren Dateien
bug-in-site-hint = bitte melden Sie ihn den Entwicklern von diptych und schicken Sie die zuletzt geänderten Dateien mit (was in diptych schiefging: { $detail })

## Markdown: Shortcodes, Links und Bilder

shortcode-expected-name = hier gehört der Name eines Arguments hin, etwa `of=`
shortcode-expected-equals = nach `{ $name }` gehört ein `=`
shortcode-expected-comma = nach einem Argument gehört ein `,` oder eine `)`
shortcode-expected-close = der Shortcode wird nicht mit `{"}}"}` geschlossen
shortcode-unclosed-quote = ein Textwert hat kein schließendes `"`
shortcode-bad-value = ein Wert ist "Text", eine Zahl, true oder false
shortcode-hint = schreiben Sie Shortcodes so: {"{{"} percent(of="access.twente_60") {"}}"}
link-by-key-hint = verlinken Sie eine Datei in content/ ohne die Sprache, etwa `@/strategie/ambities.md`
image-no-alt = dieses Bild hat keine Beschreibung (Alternativtext)
image-no-alt-hint = beschreiben Sie das Bild zwischen den Klammern: ![was das Bild zeigt](datei.png); ein rein schmückendes Bild kennzeichnen Sie mit `{ $decorative }`: ![{ $decorative }](datei.png)
image-name-hint = prüfen Sie den Namen des Bildes
image-space-before-parenthesis = dieses Bild funktioniert nicht: zwischen `]` und `(` steht ein Leerzeichen
link-space-before-parenthesis = dieser Link funktioniert nicht: zwischen `]` und `(` steht ein Leerzeichen
space-before-parenthesis-hint = entfernen Sie das Leerzeichen: `{ $written }`
image-space-in-name = dieses Bild funktioniert nicht: der Dateiname `{ $target }` enthält ein Leerzeichen
image-space-in-name-hint = setzen Sie den Dateinamen zwischen `<` und `>`: `{ $written }`, oder entfernen Sie das Leerzeichen (benennen Sie die Datei in `{ $renamed }` um)
link-space-in-address = dieser Link funktioniert nicht: die Adresse `{ $target }` enthält ein Leerzeichen
link-space-in-address-hint = setzen Sie die Adresse zwischen `<` und `>`: `{ $written }`, oder entfernen Sie das Leerzeichen
did-you-mean-after = ; meinten Sie `{ $name }`?
link-to-unreadable = die Seite `{ $key }`, auf die dieser Link zeigt, konnte nicht gelesen werden
link-to-unreadable-hint = dieser Link funktioniert wieder, sobald diptych die Seite lesen kann: siehe den Fehler zum Lesen ihrer Datei oder ihres Ordners
link-to-draft = `{ $key }` ist ein Entwurf und wird ohne --drafts nicht veröffentlicht
link-to-draft-hint = entfernen Sie `draft: true` aus dem Front Matter, wenn die Seite fertig ist, oder erstellen Sie die Website mit --drafts, um sie anzusehen
link-to-nothing = es gibt keine Seite `{ $key }` in content/{ $meant }
image-missing = es gibt kein Bild `{ $reference }` (gesucht: { $sought }){ $meant }
image-missing-hint = legen Sie das Bild neben die Datei der Seite und schreiben Sie seinen Namen genau so, wie er dort steht (`![was es zeigt](kaart.png)`); ein Bild aus den statischen Ordnern schreiben Sie ab dem Stammordner der Website (`/images/logo.png`)
shortcode-unknown = es gibt keinen Shortcode `{ $name }` (das Theme hat kein { $template }){ $meant }
shortcode-no-data = das Front Matter hat kein `extra.{ $path }` für diesen Shortcode{ $meant }

## Templates

template-hint-while-building = { $hint } (beim Erstellen von { $page }{ $others ->
    [0] {""}
    [one] {" "}und 1 weiteren Seite
   *[other] {" "}und { $others } weiteren Seiten
})

## Übersetzungen prüfen

term-to-avoid = `{ $variant }` ist nicht der Begriff dieser Website: schreiben Sie `{ $preferred }`
term-to-avoid-hint = { $termbase } führt `{ $variant }` als zu vermeidende Variante von `{ $concept }`

## YAML und Front Matter

did-you-mean = meinten Sie `{ $name }`?
yaml-alias = das YAML wiederholt einen Wert mit einem Alias (`*name`)
yaml-alias-hint = schreiben Sie den Wert vollständig aus: diptych liest kein `&anker` und `*alias`, mit denen wenige Zeilen für Millionen stehen können
yaml-found-number = die Zahl { $number }
yaml-found-text = der Text "{ $text }"
yaml-found-empty = leer
yaml-kind-text = Text
yaml-kind-whole-number = eine ganze Zahl
yaml-kind-boolean = `true` oder `false`
yaml-kind-list = eine Liste
yaml-kind-map = eine Liste von Zeilen `schlüssel: wert`
yaml-unknown-key = unbekannter Schlüssel `{ $key }`
yaml-unknown-key-hint = prüfen Sie die Schreibweise; erlaubt sind hier diese Schlüssel: { $allowed }
yaml-missing-key = der Pflichtschlüssel `{ $key }` fehlt
yaml-missing-key-hint = ergänzen Sie eine Zeile `{ $key }: …`
yaml-wrong-kind = `{ $name }` hat die falsche Art von Wert: es ist { $found }
yaml-wrong-kind-hint = `{ $name }` muss { $kind } sein
yaml-unknown-choice = `{ $name }` kann nicht `{ $found }` sein
yaml-unknown-choice-hint = schreiben Sie einen dieser Werte: { $allowed }
yaml-other-hint = prüfen Sie den Wert an dieser Stelle
yaml-unreadable = das YAML kann nicht gelesen werden: { $what }
yaml-unreadable-hint = prüfen Sie die Einrückung, und setzen Sie Text mit `:` oder `#` in Anführungszeichen: `title: "Zorg: dichtbij"`
yaml-stray-indent = diese Zeile ist eingerückt, aber die Zeile darüber öffnet keine Gruppe
yaml-stray-indent-hint = entfernen Sie die Leerzeichen am Zeilenanfang, damit die Zeile mit der darüber abschließt
yaml-tab = zum Einrücken wird ein Tabulator verwendet
yaml-tab-hint = YAML wird mit Leerzeichen eingerückt, nicht mit Tabulatoren
yaml-space-after-colon = nach `{ $key }:` fehlt ein Leerzeichen
yaml-space-after-colon-hint = YAML braucht ein Leerzeichen nach dem Doppelpunkt: `{ $key }: { $after }`
yaml-unclosed-quote = das Anführungszeichen, mit dem der Text von `{ $key }` beginnt, wird nie geschlossen
yaml-unclosed-quote-hint = beenden Sie den Text mit demselben Anführungszeichen (`{ $quote }`), oder lassen Sie die Anführungszeichen weg: { $written }
yaml-text-after-quote = nach dem schließenden Anführungszeichen von `{ $key }` steht noch Text
yaml-text-after-quote-hint = setzen Sie den ganzen Text in die Anführungszeichen: { $written }
yaml-unclosed-list = die Liste, die `{ $open }` für `{ $key }` öffnet, wird nie geschlossen
yaml-unclosed-list-hint = schließen Sie die Liste mit `{ $close }`, oder setzen Sie sie in Anführungszeichen, wenn es Text ist: { $written }
yaml-colon-in-text = der Text von `{ $key }` enthält einen Doppelpunkt mit einem Leerzeichen danach
yaml-quote-it-hint = setzen Sie den Text in Anführungszeichen: { $written }
yaml-bad-first-character = in YAML kann ein Text nicht mit `{ $first }` beginnen
front-matter-problem = Front Matter: { $problem }
front-matter-problem-hint = prüfen Sie die Zeilen zwischen den beiden `---`
front-matter-empty-title = Front Matter: der `title` ist leer
front-matter-empty-title-hint = schreiben Sie den Titel der Seite nach `title:`
front-matter-missing = die Datei beginnt nicht mit Front Matter
front-matter-missing-hint = beginnen Sie die Datei mit einer Zeile `---`, dann `title: …`, dann wieder einer Zeile `---`
front-matter-unclosed = das Front Matter, das hier beginnt, wird nicht mit `---` geschlossen
front-matter-unclosed-hint = fügen Sie nach der letzten Zeile des Front Matter eine Zeile `---` ein, vor dem Text

## Dateien lesen, site.yaml

cannot-read-file = { $file } kann nicht gelesen werden: { $error }
site-yaml-unreadable-hint = starten Sie diptych im Ordner der Website, oder geben Sie diesen Ordner mit --root an
config-bad-base-url = `base_url` ist keine Webadresse: `{ $base_url }`
config-bad-base-url-hint = schreiben Sie die vollständige Adresse, etwa `https://www.example.org/` oder `https://example.org/strategie/`
config-no-languages = unter `languages` steht keine Sprache
config-no-languages-hint = nennen Sie mindestens eine, etwa `- code: nl` mit `name: Nederlands` darunter
config-bad-language-code = `{ $code }` ist kein Sprachcode
config-bad-language-code-hint = verwenden Sie Codes wie `nl`, `de`, `en` oder `pt-BR`
config-language-twice = die Sprache `{ $code }` steht zweimal in der Liste
config-language-twice-hint = nennen Sie jede Sprache einmal
config-bad-default-language = `default_language` ist `{ $code }`, und das steht nicht unter `languages`
config-bad-default-language-hint = wählen Sie einen der Codes unter `languages`
config-bad-image-width = `image_width_cm` unter `brochure` ist { $width }, und das ist keine Breite
config-bad-image-width-hint = schreiben Sie die Breite der gedruckten Textspalte in Zentimetern, etwa `image_width_cm: 12`
config-bad-theme = `theme` ist `{ $theme }`, und das ist nicht der Name eines Ordners in themes/
config-bad-theme-hint = Themes liegen im Ordner themes/ der Website: legen Sie das Theme dort ab und schreiben Sie nur den Namen des Ordners, etwa `theme: mst`
termbase-unreadable = die Terminologieliste kann nicht gelesen werden: { $problem }
termbase-not-text-hint = prüfen Sie, ob es lesbarer Text ist (UTF-8)
termbase-shape-hint = schreiben Sie jeden Begriff als `- concept: …` mit `use: [...]` und `avoid: [...]` unter `nl:`/`de:`
record-unreadable = das Übersetzungsprotokoll kann nicht gelesen werden: { $problem }
record-unreadable-hint = führen Sie `diptych translated` aus, um es neu zu schreiben

## Der Ordner content

no-content-folder = die Website hat keinen Ordner `content`
no-content-folder-hint = legen Sie `content/_index.<sprache>.md` für die Startseite an
folder-loop = dieser Ordner verweist zurück auf einen Ordner, in dem er selbst liegt (eine Schleife)
folder-loop-hint = entfernen oder korrigieren Sie die Verknüpfung
content-not-allowed = diptych darf { $what ->
    [folder] diesen Ordner
   *[file] diese Datei
} nicht lesen
content-not-allowed-hint = geben Sie Ihrem Benutzerkonto Leserechte für { $what ->
    [folder] den Ordner
   *[file] die Datei
} (unter Windows: Rechtsklick, Eigenschaften, Sicherheit), oder nehmen Sie { $what ->
    [folder] ihn
   *[file] sie
} aus content/ heraus
content-unreadable = { $what ->
    [folder] dieser Ordner kann
   *[file] diese Datei kann
} nicht gelesen werden: { $error }
content-unreadable-hint = prüfen Sie, ob sich { $what ->
    [folder] der Ordner
   *[file] die Datei
} öffnen lässt, oder nehmen Sie { $what ->
    [folder] ihn
   *[file] sie
} aus content/ heraus
file-name-not-utf8 = der Name dieser Datei enthält Zeichen, die kein gültiger Text sind (UTF-8)
file-name-not-utf8-hint = benennen Sie die Datei mit gewöhnlichen Buchstaben um, etwa `ueber-ons.nl.md`
file-in-unknown-language = diese Datei ist in der Sprache `{ $code }`, die site.yaml nicht nennt
file-in-unknown-language-hint = benennen Sie sie nach einer der Sprachen der Website um ({ $known }), oder ergänzen Sie `{ $code }` unter `languages` in site.yaml
file-without-name = diese Datei hat vor der Sprache keinen Namen
file-without-name-hint = benennen Sie Seiten wie `ambities.nl.md`
file-not-utf8 = diese Datei ist kein UTF-8-Text
file-not-utf8-hint = speichern Sie die Datei als UTF-8 (die meisten Editoren bieten das unter "Speichern unter" oder "Codierung")

## Stand der Übersetzungen (status, translated, der Übersetzungstisch)

standing-source = Quelle
standing-up-to-date = aktuell
standing-outdated = veraltet
standing-not-recorded = nicht erfasst
standing-draft = Entwurf
standing-missing = fehlt

## Was die Befehle sagen

check-summary = { $errors } { $errors ->
    [one] Fehler
   *[other] Fehler
}, { $warnings } { $warnings ->
    [one] Warnung
   *[other] Warnungen
}.
nothing-written = Es wurde nichts geschrieben: { $errors } { $errors ->
    [one] Problem
   *[other] Probleme
} zu beheben.
status-fix-first = Beheben Sie die Probleme oben, dann sehen Sie, wie jede Seite steht.
status-page = Seite
translated-up-to-date = aktuell: { $file }
translated-recorded = { $count } { $count ->
    [one] Übersetzung
   *[other] Übersetzungen
} in { $record } erfasst.
translated-all-up-to-date = Nichts erfasst: jede Übersetzung ist bereits aktuell.
translated-waiting = Nichts erfasst. Diese Übersetzungen sind noch nicht als aktuell erfasst:
translated-how = Vergleichen Sie jede mit ihrer Quelle (diptych check, oder der Übersetzungstisch in diptych serve) und erfassen Sie sie dann: diptych translated DATEI. Alle auf einmal erfassen: diptych translated --all
created-file = angelegt: { $file }
new-pages-are-drafts =
    Die Seiten sind Entwürfe: Starten Sie `diptych serve`, um sie unter diesen Adressen
    zu sehen, mit einem Balken, der das anzeigt, bis Sie `draft: true` entfernen.
new-slug-comment = die Adresse in dieser Sprache: übersetzen Sie sie
new-draft-comment = löschen Sie diese Zeile, wenn die Seite fertig ist
placeholder-comment = Übersetzen Sie den Text aus { $source } in diese Datei (auch den Titel und die Beschreibung oben) und löschen Sie dann diesen Kommentar. Bis dahin meldet diptych diese Seite als „noch nicht übersetzt“.
init-made = Neue Website angelegt in { $folder }:
init-next = Weiter:
init-serve = sehen Sie sich die Website beim Schreiben an
init-build = erstellen Sie die Website in public/
pdf-printed = Die Ausgabe { $edition } ist gedruckt: { $pdf } ({ $pages } Seiten).
pdf-rounds = { $rounds } Mal gedruckt, um die Seitenzahlen festzulegen, in { $seconds } s.
summary-language = { $count } { $name } ({ $code })
summary-built = { $pages } Seiten erstellt: { $languages }. { $warnings } { $warnings ->
    [one] Warnung
   *[other] Warnungen
}.
summary-images = { $count } { $count ->
    [one] Bild
   *[other] Bilder
}, { $encoded } { $encoded ->
    [one] Bilddatei
   *[other] Bilddateien
} umgewandelt.
summary-nothing-changed = nichts geändert in { $out }
summary-written = { $written } { $written ->
    [one] Datei
   *[other] Dateien
} geschrieben, { $removed } entfernt, { $unchanged } unverändert in { $out }
summary-took = in { $seconds } s.
serve-listening = Die Website ist bereit unter http://{ $address }/ (beenden mit Strg-C).
serve-rebuilt = Neu erstellt: { $changed } { $changed ->
    [one] Datei
   *[other] Dateien
} geändert, { $rendered } erstellt, in { $millis } ms.
serve-failed = Die letzte gute Fassung bleibt sichtbar: korrigieren Sie die Datei und speichern Sie sie.
serve-open-to-network = Die Vorschau ist für das Netzwerk offen: jeder darin kann die Website lesen.
or = oder
serve-others-open = Andere öffnen sie unter { $addresses }
serve-desk-records = Der Übersetzungstisch erfasst Übersetzungen von allen im Netzwerk, die ihn öffnen (--allow-desk-writes).
serve-desk-does-not-record = Der Übersetzungstisch erfasst keine Übersetzungen; starten Sie mit --allow-desk-writes, um das zu erlauben.

## Ein Doppelklick auf diptych.exe

double-click-preview =
    diptych zeigt eine Vorschau der Website in { $folder }
    Ihr Browser öffnet sie; falls nicht, öffnen Sie selbst http://{ $address }/.
    Seiten laden sich neu, sobald Sie eine Datei speichern.

    Lassen Sie dieses Fenster offen, während Sie arbeiten.
    Schließen Sie dieses Fenster, um die Vorschau zu beenden (oder drücken Sie darin Strg-C).
double-click-no-site =
    diptych zeigt und erstellt eine Website aus einem Website-Ordner: dem Ordner, in dem site.yaml liegt.
    In { $folder }, dem Ordner, in dem diptych gestartet wurde, liegt keine site.yaml.

    Eine Website ansehen: legen Sie diptych.exe in den Website-Ordner, neben site.yaml, und doppelklicken Sie es dort.
    Oder öffnen Sie PowerShell im Website-Ordner und geben Sie ein:  diptych serve --open
    Eine neue Website beginnen: geben Sie in PowerShell ein:  diptych init meine-website
    Alles sehen, was diptych kann: geben Sie ein:  diptych --help
double-click-this-folder = dieser Ordner
double-click-press-enter = Drücken Sie die Eingabetaste, um dieses Fenster zu schließen.

## Texte der Website (i18n/*.ftl)

and = und
ui-texts-unreadable = die Texte für `{ $lang }` können nicht gelesen werden: { $error }
ui-texts-unreadable-hint = jede Sprache in site.yaml braucht eine Datei i18n/{ $lang }.ftl
fluent-syntax = Fluent-Syntax: { $problem }
fluent-syntax-hint = ein Text wird `name = text` geschrieben; Variablen als `{"{"} $name {"}"}`
fluent-problem = Fluent: { $problem }
fluent-twice-hint = jeder Name darf pro Datei nur einmal vorkommen
ui-texts-none-for-language = es gibt keine Texte für die Sprache `{ $lang }`
ui-text-missing = der Text `{ $id }` fehlt in { $file }{ $meant }
ui-text-without-value = der Text `{ $id }` in { $file } hat keinen Wert
ui-text-unformattable = der Text `{ $id }` in { $file } kann nicht formatiert werden: { $problem }
ui-text-missing-in = der Text `{ $id }` fehlt in { $file }
ui-text-missing-in-used = der Text `{ $id }` fehlt in { $file } (verwendet in { $templates })
ui-text-missing-hint = ergänzen Sie die Übersetzung ({ $language }) in { $file }
ui-text-argument-kind = ein Text kann Text oder Zahlen erhalten, nicht { $kind }

## Das Theme und seine Templates

theme-without-templates = das Theme `{ $theme }` hat keinen Ordner templates
theme-without-templates-hint = prüfen Sie `theme` in site.yaml: es nennt einen Ordner in themes/
theme-unreadable = das Theme kann nicht gelesen werden: { $error }
template-unreadable = dieses Template kann nicht gelesen werden: { $error }
template-syntax-hint = prüfen Sie die Tags `{"{{"} {"}}"}` und `{"{%"} {"%}"}` an dieser Stelle
template-rendering-hint = prüfen Sie die Namen und Argumente an dieser Stelle des Templates
template-problem = Template: { $problem }
template-missing-parent = Template: `{ $current }` erweitert `{ $parent }`, das es nicht gibt
template-missing-parent-hint = prüfen Sie den Namen in `{"{%"} extends "…" {"%}"}`
template-missing = das Theme hat kein Template `{ $template }`
template-missing-choose-hint = wählen Sie eines der Templates in { $folder }
template-missing-add-hint = fügen Sie { $file } dem Theme hinzu
template-without-lang = `lang` ist für dieses Template nicht gesetzt
template-image-missing = es gibt kein Bild `{ $path }`
template-image-missing-hint = image() findet ein Bild der statischen Ordner über seinen Pfad dort (`images/cover.jpg`), und eines neben einer Seite über seinen Pfad in content/ nach `@/` (`@/regio/kaart.png`)
asset-missing = es gibt keine statische Datei `{ $path }`{ $meant }
asset-missing-hint = asset() findet die Dateien in { $folders }: legen Sie die Datei dort ab, oder schreiben Sie ihren Pfad ab diesem Ordner (`style.css`, `fonts/inter.woff2`)

## Seiten ihren Platz geben

slug-unusable = der Slug `{ $slug }` kann nicht in einer Webadresse stehen
slug-unusable-hint = verwenden Sie nur Kleinbuchstaben, Ziffern und Bindestriche, etwa `slug: { $suggestion }`
same-address = diese Seite und { $other } landen beide unter der Adresse { $address }
same-address-other = die andere Seite unter dieser Adresse
same-address-hint = geben Sie einer der beiden im Front Matter einen anderen `slug`
translation-missing = `{ $key }` hat keine Fassung in der Sprache { $language } ({ $code })
translation-missing-hint = übersetzen Sie die Seite in { $file }
brochure-not-a-section = Broschüre `{ $list }` nennt `{ $key }`, und das ist kein Abschnitt (die `_index.md` eines Ordners) in content/
brochure-not-a-page = Broschüre `{ $list }` nennt `{ $key }`, und das ist keine Seite in content/
brochure-keys-hint = schreiben Sie die Schlüssel wie in Links, etwa `strategie/_index.md` oder `over-mst/contact.md`
section-page-missing = der Ordner dieser Seite hat keine Abschnittsseite, daher ist die Seite nirgends aufgeführt
section-page-missing-hint = legen Sie content/{ $file }.{ $lang }.md mit einem `title` an

## Übersetzungen und ihr Protokoll

translation-not-recorded = Übersetzung nicht erfasst: es ist noch nicht festgehalten, welchem Quelltext ({ $language }) sie folgt
translation-outdated = veraltete Übersetzung: { $source } wurde geändert, nachdem diese Übersetzung zuletzt aktualisiert wurde
translation-stale-hint = bringen Sie sie auf den Stand von { $source } und führen Sie dann `diptych translated { $file }` aus
record-not-text-hint = prüfen Sie, ob die Datei lesbarer Text ist (UTF-8), oder löschen Sie sie und führen Sie `diptych translated` aus, um sie neu zu schreiben
record-unwritable = das Protokoll kann nicht geschrieben werden: { $error }
file-does-not-exist = diese Datei gibt es nicht
file-does-not-exist-hint = prüfen Sie Namen und Ordner der Datei; Übersetzungen heißen etwa { $example }
not-a-translation = das ist keine Übersetzung mit einer Quelle, der sie folgt
not-a-translation-hint = nennen Sie übersetzte Seiten (keine Seiten in { $lang }), etwa { $example }

## diptych check

image-too-small-for-print = dieses Bild ist { $width } px breit: auf { $width_cm } cm gedruckt hat es { $dpi } dpi, weniger als die { $needed_dpi } dpi, die der Druck braucht
image-too-small-for-print-hint = verwenden Sie eine Fassung mit mindestens { $needed } px Breite (es wird gedruckt bei { $pages }), oder setzen Sie ein kleineres `image_width_cm` unter `brochure` in site.yaml
built-link-to-nothing = die Seite { $page } verlinkt auf { $href }, und das gibt es nicht
built-link-hashed-hint = { $target } wird als { $hashed } veröffentlicht, ein Name, der sich mit dem Inhalt ändert: schreiben Sie {"{{"} asset(path="{ $target }") {"}}"} in das Template
built-link-to-nothing-hint = korrigieren Sie den Link im Text der Seite oder im Template des Themes, das ihn schreibt
page-is-draft = diese Seite ist ein Entwurf: sie ist nicht Teil der Website
page-is-draft-hint = entfernen Sie `draft: true`, wenn sie fertig ist, oder erstellen Sie die Website mit --drafts, um sie anzusehen
none = keine
ui-text-differs = der Text `{ $id }` verwendet hier die { $what ->
    [variables] Variablen
   *[attributes] Attribute
} { $here }, aber { $there } in { $source }
ui-text-differs-hint = eine Übersetzung verwendet dieselben `$variablen` und `.attribute` wie ihre Quelle
ui-text-unused = kein Template verwendet den Text `{ $id }`
ui-text-unused-hint = entfernen Sie ihn aus jeder .ftl-Datei, oder verwenden Sie ihn in einem Template mit t(key="…")

## diptych new

new-section-missing = den Abschnitt `{ $folder }` gibt es noch nicht
new-section-missing-hint = legen Sie ihn zuerst mit `diptych new { $folder }` an
new-file-exists = diese Datei gibt es schon; es wurde nichts angelegt
new-file-exists-hint = wählen Sie einen anderen Namen, oder bearbeiten Sie die vorhandene Datei
new-cannot-create = diese Datei kann nicht angelegt werden: { $error }
new-bad-name = `{ $target }` kann nicht als Seitenname dienen
new-bad-name-hint = verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, etwa `{ $suggestion }`

## diptych init

init-no-language = es wurde keine Sprache angegeben
init-no-language-hint = nennen Sie die Sprachen so: --languages { $example }
init-unknown-language = diptych kennt den Sprachcode `{ $code }` nicht{ $meant }
init-unknown-language-hint = verwenden Sie Codes aus zwei Buchstaben, durch Kommas getrennt, etwa `--languages { $example }`; bekannte Codes: { $known }
init-bad-name = die Website braucht einen Namen in einer Zeile
init-bad-name-hint = geben Sie ihn mit --name an, etwa --name "Unsere Broschüre"
init-cannot-make-folder = der Ordner `{ $folder }` kann nicht angelegt werden: { $error }
init-cannot-make-folder-hint = wählen Sie einen Ordner, in den Sie schreiben dürfen
init-cannot-open-folder = der Ordner `{ $folder }` kann nicht geöffnet werden: { $error }
init-folder-not-empty = der Ordner `{ $folder }` ist nicht leer; es wurde nichts angelegt
init-new-folder-hint = eine neue Website beginnt in einem neuen Ordner: geben Sie seinen Namen an, etwa `diptych init meine-website`
init-cannot-create = diese Datei kann nicht angelegt werden: { $error }; es wurde nichts behalten
init-cannot-create-hint = prüfen Sie, ob Sie in diesen Ordner schreiben dürfen und ob die Festplatte nicht voll ist

## diptych pdf

no-browser = es wurde kein Chromium, Google Chrome oder Microsoft Edge zum Drucken gefunden; diptych suchte nach
    {"  "}{ $names } im PATH, und unter:{ $paths }
no-browser-hint = installieren Sie Google Chrome oder Microsoft Edge (oder Chromium: `sudo apt-get install chromium` unter Debian und Ubuntu), oder setzen Sie die Umgebungsvariable DIPTYCH_BROWSER auf die Programmdatei des Browsers
no-editions = diese Website hat keine Druckausgaben
no-editions-hint = ergänzen Sie `brochure:` mit den `chapters` in site.yaml (siehe docs/reference/print.md)
no-such-edition = es gibt keine Ausgabe `{ $id }`
no-such-edition-hint = wählen Sie aus: { $known }, all
browser-cannot-start = { $browser } kann nicht gestartet werden: { $error }
browser-cannot-start-hint = prüfen Sie, ob Chromium oder Chrome installiert ist und läuft
browser-wait-failed = das Warten auf den Browser ist fehlgeschlagen
browser-too-slow = der Browser brauchte zu lange zum Drucken
try-again = versuchen Sie es noch einmal
browser-did-not-print = { $browser } konnte die Broschüre nicht drucken
browser-did-not-print-hint = starten Sie den Browser einmal von Hand, um seine Meldung zu sehen
printed-heading-missing = die gedruckte Ausgabe { $edition } hat keine Überschrift "{ $title }"
printed-heading-missing-hint = brochure.html muss den `title` jedes Kapitels als Überschrift drucken
printed-pdf-unreadable = das gedruckte PDF der Ausgabe { $edition } kann nicht gelesen werden: { $error }
printed-pdf-unreadable-hint = drucken Sie noch einmal; geschieht es wieder, versuchen Sie einen anderen Browser, angegeben mit der Umgebungsvariable DIPTYCH_BROWSER
chapter-moved = "{ $title }" beginnt auf Seite { $begins }, das Inhaltsverzeichnis sagt { $listed }
page-numbers-unsettled = die Seitenzahlen im Inhaltsverzeichnis der Ausgabe { $edition } standen nach { $prints } Druckvorgängen noch nicht fest: { $chapters }
page-numbers-unsettled-hint = das PDF hat die Zahlen des letzten Drucks, diese Einträge stimmen also nicht; die Zahlen verschieben sich weiter, wenn das Inhaltsverzeichnis selbst dadurch länger oder kürzer wird: geben Sie dem Inhaltsverzeichnis in brochure.html etwas Platz
failed-because = { $what }: { $error }
print-no-temporary-folder = es kann kein temporärer Ordner angelegt werden
print-cannot-write-files = die Dateien, die die Seite lädt, können nicht geschrieben werden
print-cannot-write-page = die zu druckende Seite kann nicht geschrieben werden
print-cannot-read-pdf = das gedruckte PDF kann nicht gelesen werden

## Verknüpfungen im Website-Ordner, Bilder, das Erstellen

link-leads-outside = diese Verknüpfung führt aus dem Website-Ordner hinaus, nach `{ $target }`; nichts außerhalb des Website-Ordners wird veröffentlicht
link-leads-outside-hint = kopieren Sie die Datei oder den Ordner in den Website-Ordner, statt darauf zu verknüpfen, oder entfernen Sie die Verknüpfung
link-leads-nowhere-missing = diese Verknüpfung führt ins Leere: `{ $written }` gibt es nicht
link-leads-nowhere-unreachable = diese Verknüpfung führt ins Leere: `{ $written }` ist nicht erreichbar ({ $error })
link-leads-nowhere-hint = entfernen Sie die Verknüpfung, oder lassen Sie sie auf eine Datei im Website-Ordner zeigen
file-on-page-address = die Datei `{ $path }` (statische Datei oder Druckausgabe) hat dieselbe Adresse wie eine Seite
file-on-page-address-hint = ändern Sie den Slug der Seite oder den Namen der statischen Datei
fragment-missing = `{ $page }` hat keine Überschrift `#{ $fragment }`
fragment-missing-no-headings-hint = diese Seite hat keine Überschriften: verlinken Sie die Seite ohne `#…`
fragment-missing-hint = ihre Überschriften sind: #{ $headings }
output-replaces-site = der Ausgabeordner { $out } würde die eigenen Dateien der Website ersetzen
output-replaces-site-hint = wählen Sie einen eigenen Ausgabeordner, etwa `public`
edition-removed = { $pdf } wurde entfernt: die Broschüre hat sich seit dem Druck geändert
edition-removed-hint = führen Sie `diptych pdf` aus, um die Ausgaben neu zu drucken
file-not-made = { $path } konnte nicht erstellt werden
image-unreadable = dieses Bild kann nicht gelesen werden: { $error }
image-undecodable = dieses Bild kann nicht gelesen werden: { $error }
image-unencodable = dieses Bild kann nicht umgewandelt werden: { $error }
image-save-again-hint = öffnen Sie es in einem Bildbearbeitungsprogramm und speichern Sie es erneut als PNG oder JPEG
svg-refused = dieses SVG wird abgelehnt: { $refusal }, und das würde eine Seite ausführen
svg-refused-hint = speichern Sie die Zeichnung erneut ohne Skripte, Ereignisattribute (`onclick=…`), `javascript:`-Adressen oder Verweise auf andere Dateien (in Inkscape: Datei → Speichern unter → Optimiertes SVG), oder exportieren Sie sie als PNG
brochure-template-missing = das Theme hat kein Template `{ $template }` für die Druckausgaben
brochure-template-missing-hint = fügen Sie { $file } dem Theme hinzu, oder entfernen Sie `brochure` aus site.yaml

## Eine Übersetzung mit ihrer Quelle vergleichen

qa-number-hint = prüfen Sie die Zahl anhand der Quelle; Zahlen werden so verglichen, wie jede Sprache sie schreibt (12,5 % ist 12.5%)
qa-number-not-in-source = die Zahl { $value } steht nicht in der Quelle ({ $source })
qa-number-more-often = die Zahl { $value } steht hier { $count }-mal, in der Quelle ({ $source }) { $expected }-mal
qa-number-missing = die Zahl { $value } aus der Quelle ({ $source }:{ $line }) fehlt in dieser Übersetzung
qa-extra-lacks = in `extra` fehlt { $missing } aus der Quelle ({ $source })
qa-extra-adds = `extra` hat { $added }, was die Quelle ({ $source }) nicht hat
qa-extra-differs = `extra` hat { $added }, wo die Quelle ({ $source }) { $missing } hat
qa-extra-hint = `extra` enthält Zahlen, die Templates zeigen: sie sind in jeder Sprache gleich
qa-term-missing = die Quelle ({ $source }) sagt `{ $said }`, aber diese Übersetzung hat kein `{ $preferred }`
qa-term-missing-hint = { $termbase } nennt { $forms } für `{ $concept }`; verwenden Sie das, oder ergänzen Sie dort die Form, die diese Seite verwendet
qa-structure-differs = diese Übersetzung hat eine andere Anzahl { $what ->
    [headings] Überschriften
    [list-items] Listenpunkte
    [links-by-key] Links per Schlüssel
    [images] Bilder
   *[shortcodes] Shortcodes
} als ihre Quelle ({ $source }): { $here } gegenüber { $there }
qa-structure-differs-hint = eine Übersetzung behält die Überschriften, Listenpunkte, Links, Bilder und Shortcodes der Quelle
qa-untranslated = { $kind ->
    [title] dieser Titel
    [description] diese Beschreibung
    [heading] diese Überschrift
    [list-item] dieser Listenpunkt
    [table-cell] diese Tabellenzelle
   *[paragraph] dieser Absatz
} stimmt mit der Quelle überein ({ $source }:{ $line }): ist das übersetzt?
qa-untranslated-hint = übersetzen Sie ihn; nur Texte mit weniger als fünf gewöhnlichen Wörtern (Namen, Adressen) dürfen gleich bleiben
termbase-unknown-language = die Terminologieliste nennt Begriffe für `{ $concept }` in `{ $lang }`, einer Sprache, die site.yaml nicht nennt
termbase-unknown-language-hint = verwenden Sie die Sprachcodes aus site.yaml
termbase-no-term = die Terminologieliste nennt für `{ $concept }` keinen Begriff in `{ $lang }`
termbase-no-term-hint = nennen Sie den bevorzugten Begriff zuerst: `use: [Begriff, gebeugte Form, …]`

## Die Vorschau (diptych serve)

panel-title = Die Website kann nicht erstellt werden
panel-note = Darunter steht die letzte Fassung, die gelang. Speichern Sie die Korrektur, dann verschwindet dieses Fenster.
serve-not-built-yet = die Website wurde noch nicht erstellt
serve-bad-host = `--host { $host }` ist kein Hostname
serve-bad-host-hint = geben Sie nur den Namen an, ohne http:// oder Port, etwa --host preview.mst.nl
serve-cannot-start = die Vorschau kann nicht starten: { $error }
serve-cannot-start-hint = wählen Sie mit --port einen anderen Port, oder mit --bind eine andere Adresse

## Der Übersetzungstisch (diptych serve, /_desk/)

desk-title = Übersetzungstisch
desk-per-language = Nach Sprache
desk-all-languages = alle Sprachen
desk-any-status = jeder Stand
desk-language = Sprache
desk-status = Stand
desk-show = Zeigen
desk-compare = vergleichen
desk-compare-label = { $key } in { $lang } vergleichen
desk-table-caption = Jede Seite in jeder Sprache
desk-page = Seite
desk-no-page = die Website hat keine Seite `{ $key }`
desk-no-page-hint = wählen Sie eine Seite aus der Tabelle des Übersetzungstischs
desk-no-language = in `{ $lang }` wird diese Website nicht übersetzt
desk-no-language-hint = wählen Sie eine Übersetzung aus der Tabelle des Übersetzungstischs
desk-record-button = Übersetzung ist aktuell
desk-record-off = Die Vorschau ist für das Netzwerk offen, daher erfasst der Übersetzungstisch keine Übersetzungen. Führen Sie <code>diptych translated { $file }</code> aus, oder starten Sie die Vorschau mit <code>--allow-desk-writes</code>.
desk-changes = Was sich in der Quelle geändert hat
desk-changes-unknown = Der Quelltext, wie er war, als diese Übersetzung erfasst wurde, ist nicht aufbewahrt (sie wurde erfasst, bevor diptych ihn aufbewahrte). Vergleichen Sie die Seiten unten; ab der nächsten Erfassung stehen die Änderungen hier.
desk-changes-since = Seit die Übersetzung erfasst wurde. Durchgestrichene Wörter wurden entfernt, unterstrichene hinzugefügt.
desk-part-title = Titel
desk-part-description = Beschreibung
desk-part-text = Text
desk-part-extra = Daten (extra)
desk-changes-spacing = Nur Leerzeichen oder Zeilenumbrüche haben sich geändert; kein Wort.
desk-findings = Was check findet
desk-side-by-side = Nebeneinander
desk-side-by-side-caption = Jede Zeile: ein Teil der Quelle und derselbe Teil der Übersetzung
desk-source-column = { $language } (Quelle)
desk-check-says = Check: { $finding }
desk-no-matching-section = Hier steht kein entsprechender Teil.
desk-nothing-found = Nichts: Zahlen, Begriffe und Aufbau stimmen mit der Quelle überein.
desk-line = Zeile { $line }
desk-translation-is-draft = Die Seite in { $language } ist ein Entwurf; sie wird erst verglichen, wenn sie veröffentlicht ist.
desk-translation-missing = Es gibt noch keine Seite in { $language }. Übersetzen Sie die Quelle unten in <code>{ $file }</code>.
desk-the-source = Die Quelle
desk-paragraphs-unchanged = { $count ->
    [one] 1 Absatz unverändert
   *[other] { $count } Absätze unverändert
}
standing-not-translated = nicht übersetzt
not-written-yet = noch nicht übersetzt: diese Seite hat keinen eigenen Text, es gibt also nichts zu erfassen
not-written-yet-hint = übersetzen Sie zuerst { $source } in diese Seite (Titel, Beschreibung und Text) und erfassen Sie sie dann
placeholder-not-translated = noch nicht übersetzt: diese Seite hat keinen eigenen Text
placeholder-not-translated-hint = übersetzen Sie { $source } in diese Seite (Titel, Beschreibung und Text) und löschen Sie den Kommentar, der sagt, dass sie nicht übersetzt ist; halten Sie sie bis dahin mit `draft: true` von der Website fern
desk-record-anyway = Trotzdem als aktuell erfassen
confirm-back = Zurück zur Übersetzung
confirm-question = <span lang="{ $lang }">{ $title }</span> als aktuell erfassen?
confirm-found = Check findet { $count ->
    [one] 1 Punkt
   *[other] { $count } Punkte
} in <code>{ $file }</code>. Wer die Übersetzung als aktuell erfasst, sagt, dass sie zur Quelle passt: sehen Sie sich deshalb zuerst jeden dieser Punkte an.
confirm-fix-first = <a href="{ $back }">Zurück zur Übersetzung, um sie zuerst zu korrigieren</a> (es wird nichts erfasst)
confirm-title = { $title } ({ $lang }) als aktuell erfassen?
draft-word = Entwurf
draft-band = Diese Seite wird nicht veröffentlicht, solange <code>draft: true</code> darin steht.
draft-edition-band = Diese Ausgabe druckt Entwürfe, die nicht in die veröffentlichte Website und ihre PDFs kommen, solange <code>draft: true</code> darin steht: { $titles }.
draft-left-out = Diese Adresse gehört zu einem Entwurf: <code>{ $file }</code>. Die Vorschau lässt Entwürfe weg, weil sie mit <code>--no-drafts</code> gestartet wurde. Entfernen Sie die Zeile <code>draft: true</code> aus dieser Datei, um die Seite zu veröffentlichen, oder starten Sie <code>diptych serve</code> ohne <code>--no-drafts</code>, um sie jetzt anzusehen.

## NUMBER() in den Texten der Website

number-option-problem = der Text `{ $id }` { $problem }
number-unsupported = verwendet `NUMBER(…, { $written })`, was diptych nicht unterstützt
number-percent-hint = schreiben Sie das Prozentzeichen in die Übersetzung, mit dem Abstand, den die Sprache verwendet, und übergeben Sie den Prozentwert selbst (12.5, nicht 0.125): `{"{"} NUMBER($value) {"}"} %` auf Deutsch, `{"{"} NUMBER($value) {"}"}%` auf Niederländisch
number-currency-hint = schreiben Sie die Währung in die Übersetzung, dort, wo die Sprache sie hinsetzt, mit den Cent als Nachkommastellen: `€ {"{"} NUMBER($amount, minimumFractionDigits: 2) {"}"}` auf Niederländisch, `{"{"} NUMBER($amount, minimumFractionDigits: 2) {"}"} €` auf Deutsch
number-significant-hint = runden Sie stattdessen mit `maximumFractionDigits` (und füllen Sie mit `minimumFractionDigits` auf)
number-unknown-option = gibt NUMBER die Option `{ $name }`, die NUMBER nicht hat
number-unknown-option-hint = NUMBER kennt { $names }
number-bad-value = gibt `{ $name }` den Wert { $value }; die Option nimmt { $values }
number-bad-value-hint = schreiben Sie es so: `{ $name }: { $example }`
number-whole-range = eine ganze Zahl von { $from } bis { $to }
number-one-of = { $choices } oder { $last }
svg-has-script = es enthält ein Skript (`<script>`)
svg-has-javascript = es enthält eine `javascript:`-Adresse
svg-own-entity = es verwendet eine selbst deklarierte Entität (`&{ $name };`)
svg-event-attribute = es enthält ein Ereignisattribut (`{ $key }=`)
svg-own-entity-in-attribute = es verwendet eine selbst deklarierte Entität (in `{ $key }=`)
svg-other-file = es verwendet eine andere Datei (`<use href="{ $value }">`)
refused-no-host = diese Anfrage nennt die Vorschau nicht
refused-other-name = diese Anfrage nennt die Vorschau bei einem Namen, für den sie nicht gestartet wurde
refused-other-site = diese Anfrage kommt von einer anderen Website als der Vorschau
refused-other-session = diese Anfrage kommt nicht von der Seite des Übersetzungstischs dieser Sitzung
refused-open-to-network = die Vorschau ist für das Netzwerk offen: starten Sie sie mit --allow-desk-writes, um vom Übersetzungstisch aus zu erfassen
not-recorded = Nicht erfasst: { $refusal }.
unanswered-no-host = nennt im Host-Header keine Website
unanswered-asks-for = fragt nach { $asked }
unanswered =
    Nicht beantwortet: diese Anfrage { $wrong }.
    Diese Vorschau antwortet nur auf { $names }.
    Um sie unter einem anderen Namen zu öffnen, starten Sie diptych serve mit --host NAME (und --bind, um sie für das Netzwerk zu öffnen).
serve-address-outside = diese Adresse kann nicht in der Website liegen
serve-not-found = nicht gefunden

## Links als Adresse, und Links in eine andere Sprache

link-where-it-leads = {" "}(wohin `{ $href }` von dieser Seite aus führt)
link-to-no-address = die Website hat keine Seite und keine Datei unter `{ $url }`{ $written }{ $meant }
link-to-draft-address = `{ $url }` ist die Adresse eines Entwurfs ({ $source }) und wird ohne --drafts nicht veröffentlicht
link-to-draft-address-hint = entfernen Sie `draft: true` aus dem Front Matter, wenn die Seite fertig ist, und { $link }
key-hint-that-page = verlinken Sie diese Seite über ihren Schlüssel: `[…](@/{ $key })`; ein Schlüssel führt weiter zur Seite, wenn sich ihre Adresse ändert, und zu ihrer Übersetzung in jeder Sprache
key-hint-page-file = verlinken Sie eine Seite über ihren Schlüssel, ihre Datei in content/ ohne die Sprache: `[…](@/{ $key })`; ein Schlüssel führt weiter zur Seite, wenn sich ihre Adresse ändert, und zu ihrer Übersetzung in jeder Sprache
key-hint-it = verlinken Sie sie über ihren Schlüssel: `[…](@/{ $key })`; ein Schlüssel führt weiter zur Seite, wenn sich ihre Adresse ändert, und zu ihrer Übersetzung in jeder Sprache
key-hint-a-page = verlinken Sie eine Seite über ihren Schlüssel: `[…](@/{ $key })`; ein Schlüssel führt weiter zur Seite, wenn sich ihre Adresse ändert, und zu ihrer Übersetzung in jeder Sprache
key-hint-that-files-page = verlinken Sie die Seite dieser Datei über ihren Schlüssel: `[…](@/{ $key })`; ein Schlüssel führt weiter zur Seite, wenn sich ihre Adresse ändert, und zu ihrer Übersetzung in jeder Sprache
link-other-language = dieser Link führt zur Seite `{ $key }` in { $shown }: { $why }
link-other-language-draft = ihre Fassung in { $language } ist noch ein Entwurf
link-other-language-draft-cure = entfernen Sie `draft: true` aus { $file }, wenn sie fertig ist
link-other-language-missing = sie hat noch keine Fassung in { $language }
link-other-language-hint = { $cure }, oder verlinken Sie eine andere Seite; bis dahin bekommen die Leser dieser Seite die Seite in { $shown }
built-links-to-nothing = { $count } Seiten verlinken auf { $href }, und das gibt es nicht ({ $page }, …)
built-link-to-nothing-somewhere = eine Seite verlinkt auf { $href }, und das gibt es nicht
built-link-in-template-hint = korrigieren Sie die Adresse; in einem Template gibt `url_for(key="strategie/ambities.md")` die Adresse einer Seite in der Sprache des Lesers
built-link-somewhere-hint = korrigieren Sie den Link im Text der Seite oder im Template, das ihn schreibt; in einem Template gibt `url_for(key="strategie/ambities.md")` die Adresse einer Seite in der Sprache des Lesers

## Die Befehlszeile: `diptych --help`

cli = Macht aus den Markdown-Dateien, Übersetzungen und dem Theme der Broschüre eine Website in jeder Sprache der Website.
cli-long = Starten Sie es im Website-Ordner (dem Ordner mit site.yaml), oder geben Sie diesen Ordner mit --root an.
cli-build = Die Website in einen Ordner erstellen (standardmäßig public/), bereit zum Veröffentlichen.
cli-build-long = Bei einem Fehler wird nichts veröffentlicht: Die Probleme werden mit Datei und Zeile zum Korrigieren aufgelistet, und die vorige Website im Ausgabeordner bleibt, wie sie war.
cli-pdf = Die Website erstellen und die Broschüre als PDF drucken: eine Datei pro Sprache und eine mit den Sprachen nebeneinander (brochure-nl.pdf, …), neben der Website.
cli-pdf-long = Dafür muss Chromium, Google Chrome oder Microsoft Edge auf diesem Computer installiert sein. Das Inhaltsverzeichnis bekommt die echten Seitenzahlen: Die Broschüre wird gedruckt, die Zahlen werden gelesen, und sie wird erneut gedruckt.
cli-serve = Die Website beim Schreiben ansehen: Sie wird im Speicher erstellt, auf diesem Computer angezeigt und neu erstellt, sobald Sie eine Datei speichern; offene Seiten laden sich von selbst neu.
cli-serve-long = Ein Fehler erscheint über der Seite (mit Datei, Zeile und was zu tun ist), während die letzte gute Fassung darunter stehen bleibt. Beenden mit Strg-C.
cli-check = Die ganze Website prüfen, ohne etwas zu schreiben: fehlende oder veraltete Übersetzungen, fehlende Texte der Website, Links, die ins Leere führen, Fehler im Front Matter, Entwürfe.
cli-check-long = Endet mit 1, wenn es Fehler gibt (mit --strict: auch bei Warnungen), sodass das Veröffentlichen davon abhängen kann.
cli-translated = Erfassen, dass Übersetzungen mit ihrem Quelltext aktuell sind (nach dem Übersetzen).
cli-translated-long = Nennen Sie die übersetzten Dateien (content/strategie/ambities.de.md …), oder --all für jede Übersetzung; ohne beides listet es die Übersetzungen auf, die noch zu erfassen sind. `diptych check` meldet eine Übersetzung danach als veraltet, sobald sich ihre Quelle ändert.
cli-status = Zeigen, wie jede Seite in jeder Sprache steht: aktuell, veraltet (die Quelle hat sich seit der Übersetzung geändert), nicht erfasst, Entwurf, fehlt oder nicht übersetzt (die Datei ist da, wurde aber nie geschrieben).
cli-status-long = Dieselbe Tabelle, die der Übersetzungstisch von `diptych serve` zeigt, für das Terminal und für Skripte (`--format json`).
cli-new = Eine neue Seite oder einen neuen Abschnitt in jeder Sprache anlegen, z. B. `diptych new strategie/visie` (eine Seite) oder `diptych new strategie` (ein Abschnitt).
cli-new-long = Die Dateien beginnen als Entwurf: `diptych serve` zeigt sie (unter den Adressen, die `new` nennt), `build` lässt sie weg, bis Sie `draft: true` entfernen.
cli-init = Eine neue Website in einem leeren Ordner beginnen: site.yaml, eine Startseite, ein Abschnitt mit einer Seite, die eigenen Texte der Website in jeder Sprache und ein Start-Theme, bereit zum Ansehen.
cli-init-long = Zum Beispiel `diptych init meine-website --languages de,nl,en --name "Unsere Broschüre"`.
cli-help = Diese Hilfe zeigen, oder die Hilfe zu einem Befehl (`diptych help build`).
cli-help-subcommand = Der Befehl, der erklärt werden soll.
cli-arg-ui-lang = Die Sprache, in der diptych spricht: nl, de oder en (ohne diese Option: DIPTYCH_LANG, sonst die Sprache des Systems, sonst Englisch).
cli-arg-help = Diese Hilfe zeigen.
cli-arg-version = Die Version von diptych zeigen.
cli-arg-root = Der Website-Ordner, der Ordner, in dem site.yaml liegt.
cli-arg-base-url = Die Webadresse, unter der die Website stehen wird, statt base_url in site.yaml.
cli-arg-strict = Das Erstellen auch bei Warnungen verweigern (zum Beispiel bei einer fehlenden Übersetzung).
cli-arg-drafts = Auch Seiten mit `draft: true` erstellen, um sie anzusehen.
cli-arg-out = Wohin die Website kommt (ohne diese Option: public/ im Website-Ordner).
cli-check-format = `human` für Menschen, `json` für Editoren und CI.
cli-status-lang = Nur diese Sprache zeigen (neben der Quellsprache).
cli-status-format = `human` für Menschen, `json` für Skripte.
cli-translated-all = Jede Übersetzung der Website erfassen und sagen, welche Einträge sich geändert haben.
cli-translated-files = Die übersetzten Dateien, die erfasst werden sollen (content/strategie/ambities.de.md …).
cli-new-target = `abschnitt/seite` für eine Seite, `abschnitt` für einen Abschnitt.
cli-init-folder = Der Ordner für die neue Website: wird angelegt, wenn er fehlt, und abgelehnt, wenn er nicht leer ist.
cli-init-languages = Die Sprachen der Website, durch Kommas getrennt; die erste ist die, in der Sie schreiben.
cli-init-name = Der Name der Website, oben auf jeder Seite (ohne diese Option: aus dem Namen des Ordners gebildet).
cli-pdf-edition = Welche Ausgabe gedruckt wird: ein Sprachcode (nl, de, …), bilingual (zweisprachig) oder all (alle).
cli-serve-no-drafts = Genau das ansehen, was veröffentlicht wird: die Seiten mit `draft: true` weglassen (standardmäßig gezeigt, jede mit einem Band, das sagt, dass sie ein Entwurf ist).
cli-serve-port = Der Port, auf dem gelauscht wird; ist er belegt, wird ein freier gewählt.
cli-serve-bind = Die Adresse, auf der gelauscht wird. Nur dieser Computer sieht die Vorschau, es sei denn, Sie geben hier eine andere Adresse an (0.0.0.0 öffnet sie für das Netzwerk).
cli-serve-open = Die Vorschau im Webbrowser öffnen, sobald sie bereit ist.
cli-serve-allow-desk-writes = Den Übersetzungstisch (/_desk/) Übersetzungen als aktuell erfassen lassen, auch wenn die Vorschau für das Netzwerk offen ist (--bind über diesen Computer hinaus).
cli-serve-hosts = Ein weiterer Name, auf den die Vorschau antwortet, neben localhost und (mit --bind) dem Namen und den Adressen dieses Computers: der Name, den Kollegen oder ein Proxy verwenden. Für mehrere Namen wiederholen.
cli-usage-heading = Aufruf:
cli-commands-heading = Befehle
cli-options-heading = Optionen
cli-arguments-heading = Argumente
cli-usage-options = [OPTIONEN]
cli-value-command = BEFEHL
cli-value-folder = ORDNER
cli-value-code = CODE
cli-value-codes = CODES
cli-value-name = NAME
cli-value-url = URL
cli-value-edition = AUSGABE
cli-value-address = ADRESSE
cli-value-port = PORT
cli-value-format = FORMAT
cli-value-files = DATEIEN
cli-value-target = ABSCHNITT/SEITE
cli-default = [Standard: { $value }]
cli-possible-values = [möglich: { $values }]
cli-unknown-command = `{ $typed }` ist kein Befehl von diptych
cli-missing-command = `{ $command }` braucht einen Befehl
cli-commands-hint = die Befehle sind { $commands }; `diptych --help` erklärt sie
cli-unknown-option = `{ $typed }` ist keine Option von `{ $command }`
cli-see-help = `{ $command } --help` zeigt, was der Befehl annimmt
cli-value-missing = nach { $option } gehört ein Wert
cli-invalid-value = `{ $value }` ist kein Wert für { $option }
cli-possible-values-hint = mögliche Werte: { $values }
cli-missing = `{ $command }` braucht { $missing }
cli-conflict = { $option } und { $other } gehen nicht zusammen
cli-conflict-hint = lassen Sie eines von beiden weg

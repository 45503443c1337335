# diptych's own words in English. Every message here is in nl.ftl and de.ftl too, with the
# same variables (a test checks). File names, keys and quoted lines stay as they are.

## Severity words, before each message and hint

severity-error = error
severity-warning = warning
severity-hint = hint
severity-note = note

## Writing the site, and diptych's own failures

disk-full = the disk is full: the site cannot be written
disk-full-hint = make room on the disk, or build onto another disk with --out; the previous output is unchanged
cannot-write-file = cannot write `{ $path }`: { $error }
cannot-write-site = cannot write the site: { $error }
cannot-write-hint = check that the output folder is writable; the previous output is unchanged
bug-in-page = diptych could not render this page: this is a bug in diptych, not a mistake in your files
bug-in-page-hint = please report it to diptych's makers with this file (what went wrong inside diptych: { $detail })
bug-in-site = diptych could not render the site: this is a bug in diptych, not a mistake in your files
bug-in-site-hint = please report it to diptych's makers with the files you changed last (what went wrong inside diptych: { $detail })

## Markdown: shortcodes, links and images

shortcode-expected-name = expected an argument name, like `of=`
shortcode-expected-equals = expected `=` after `{ $name }`
shortcode-expected-comma = expected `,` or `)` after an argument
shortcode-expected-close = expected `{"}}"}` to close the shortcode
shortcode-unclosed-quote = a text value has no closing `"`
shortcode-bad-value = a value must be "text", a number, true or false
shortcode-hint = write shortcodes like {"{{"} percent(of="access.twente_60") {"}}"}
link-by-key-hint = link to a file of content/ without its language, like `@/strategie/ambities.md`
image-no-alt = this image has no description (alt text)
image-no-alt-hint = describe the image between the brackets: ![what the image shows](file.png); a purely decorative image says so with `{ $decorative }`: ![{ $decorative }](file.png)
image-name-hint = check the image's name
image-space-before-parenthesis = this image does not work: there is a space between `]` and `(`
link-space-before-parenthesis = this link does not work: there is a space between `]` and `(`
space-before-parenthesis-hint = remove the space: `{ $written }`
image-space-in-name = this image does not work: the file name `{ $target }` has a space in it
image-space-in-name-hint = write the file name between `<` and `>`: `{ $written }`, or leave out the space (rename the file to `{ $renamed }`)
link-space-in-address = this link does not work: the address `{ $target }` has a space in it
link-space-in-address-hint = write the address between `<` and `>`: `{ $written }`, or leave out the space
did-you-mean-after = ; did you mean `{ $name }`?
link-to-unreadable = the page `{ $key }` links to could not be read
link-to-unreadable-hint = this link works again once diptych can read the page: see the error about reading its file or folder
link-to-draft = `{ $key }` is a draft, not published without --drafts
link-to-draft-hint = remove `draft: true` from its front matter when it is ready, or build with --drafts to preview it
link-to-nothing = there is no page `{ $key }` in content/{ $meant }
image-missing = there is no image `{ $reference }` (looked for { $sought }){ $meant }
image-missing-hint = put the image next to the page's file and write its name as it is there (`![what it shows](kaart.png)`); an image of the static folders is written from the site root (`/images/logo.png`)
shortcode-unknown = there is no shortcode `{ $name }` (the theme has no { $template }){ $meant }
shortcode-no-data = the front matter has no `extra.{ $path }` for this shortcode{ $meant }

## Templates

template-hint-while-building = { $hint } (while building { $page }{ $others ->
    [0] {""}
    [one] {" "}and 1 more
   *[other] {" "}and { $others } more
})

## Translation review

term-to-avoid = `{ $variant }` is not the site's term: write `{ $preferred }`
term-to-avoid-hint = { $termbase } lists `{ $variant }` as a variant to avoid for `{ $concept }`

## YAML and front matter

did-you-mean = did you mean `{ $name }`?
yaml-alias = the YAML repeats a value with an alias (`*name`)
yaml-alias-hint = write the value out in full: diptych does not read `&anchor` and `*alias`, which can make a few lines stand for millions
yaml-found-number = the number { $number }
yaml-found-text = the text "{ $text }"
yaml-found-empty = empty
yaml-kind-text = text
yaml-kind-whole-number = a whole number
yaml-kind-boolean = `true` or `false`
yaml-kind-list = a list
yaml-kind-map = a list of `key: value` lines
yaml-unknown-key = unknown key `{ $key }`
yaml-unknown-key-hint = check the spelling; the keys allowed here are { $allowed }
yaml-missing-key = the required key `{ $key }` is missing
yaml-missing-key-hint = add a line `{ $key }: …`
yaml-wrong-kind = `{ $name }` has the wrong kind of value: it is { $found }
yaml-wrong-kind-hint = `{ $name }` must be { $kind }
yaml-unknown-choice = `{ $name }` cannot be `{ $found }`
yaml-unknown-choice-hint = write one of { $allowed }
yaml-other-hint = check the value at this place
yaml-unreadable = the YAML cannot be read: { $what }
yaml-unreadable-hint = check the indentation, and put text with `:` or `#` in quotes: `title: "Zorg: dichtbij"`
yaml-stray-indent = this line is indented, but the line above does not open a group
yaml-stray-indent-hint = remove the spaces at the start of the line, so that it lines up with the line above
yaml-tab = a tab is used for indenting
yaml-tab-hint = YAML must be indented with spaces, not tabs
yaml-space-after-colon = a space is missing after `{ $key }:`
yaml-space-after-colon-hint = YAML needs a space after the colon: `{ $key }: { $after }`
yaml-unclosed-quote = the quote that opens the text of `{ $key }` is never closed
yaml-unclosed-quote-hint = end the text with the same quote mark (`{ $quote }`), or leave out the quotes: { $written }
yaml-text-after-quote = there is text after the closing quote of `{ $key }`
yaml-text-after-quote-hint = put the whole text inside the quotes: { $written }
yaml-unclosed-list = the list that `{ $open }` opens for `{ $key }` is never closed
yaml-unclosed-list-hint = end the list with `{ $close }`, or, if it is text, put it in quotes: { $written }
yaml-colon-in-text = the text of `{ $key }` holds a colon followed by a space
yaml-quote-it-hint = put the text in quotes: { $written }
yaml-bad-first-character = in YAML, a text cannot start with `{ $first }`
front-matter-problem = front matter: { $problem }
front-matter-problem-hint = check the lines between the two `---`
front-matter-empty-title = front matter: the `title` is empty
front-matter-empty-title-hint = write the page's title after `title:`
front-matter-missing = the file does not start with front matter
front-matter-missing-hint = begin the file with a line `---`, then `title: …`, then another `---`
front-matter-unclosed = the front matter that starts here has no closing `---`
front-matter-unclosed-hint = add a line `---` after the last front matter line, before the text

## Reading files, site.yaml

cannot-read-file = cannot read { $file }: { $error }
site-yaml-unreadable-hint = run diptych in the site folder, or point to it with --root
config-bad-base-url = `base_url` is not a web address: `{ $base_url }`
config-bad-base-url-hint = write the full address, like `https://www.example.org/` or `https://example.org/strategie/`
config-no-languages = `languages` lists no language
config-no-languages-hint = list at least one, like `- code: nl` with `name: Nederlands` under it
config-bad-language-code = `{ $code }` is not a language code
config-bad-language-code-hint = use codes like `nl`, `de`, `en` or `pt-BR`
config-language-twice = the language `{ $code }` is listed twice
config-language-twice-hint = list each language once
config-bad-default-language = `default_language` is `{ $code }`, which is not in `languages`
config-bad-default-language-hint = make it one of the codes listed under `languages`
config-bad-image-width = `image_width_cm` under `brochure` is { $width }, which is no width
config-bad-image-width-hint = write the width of the printed text column in centimetres, like `image_width_cm: 12`
config-bad-theme = `theme` is `{ $theme }`, which is not the name of a folder under themes/
config-bad-theme-hint = themes live in the themes/ folder of the site: put the theme there and write only its folder name, like `theme: mst`
termbase-unreadable = the termbase cannot be read: { $problem }
termbase-not-text-hint = check that it is readable text (UTF-8)
termbase-shape-hint = write each concept as `- concept: …` with `nl:`/`de:` holding `use: [...]` and `avoid: [...]`
record-unreadable = the translation record cannot be read: { $problem }
record-unreadable-hint = run `diptych translated` to write it anew

## The content folder

no-content-folder = the site has no `content` folder
no-content-folder-hint = create `content/_index.<language>.md` for the home page
folder-loop = this folder links back to a folder that contains it (a loop)
folder-loop-hint = remove or fix the link
content-not-allowed = diptych is not allowed to read this { $what ->
    [folder] folder
   *[file] file
}
content-not-allowed-hint = give your user account permission to read the { $what ->
    [folder] folder
   *[file] file
} (on Windows: right-click it, Properties, Security), or move it out of content/
content-unreadable = cannot read this { $what ->
    [folder] folder
   *[file] file
}: { $error }
content-unreadable-hint = check that the { $what ->
    [folder] folder
   *[file] file
} can be opened, or move it out of content/
file-name-not-utf8 = this file's name has characters that are not valid text (UTF-8)
file-name-not-utf8-hint = rename the file using ordinary letters, like `ueber-ons.nl.md`
file-in-unknown-language = this file is in the language `{ $code }`, which site.yaml does not list
file-in-unknown-language-hint = rename it to one of the site's languages ({ $known }), or add `{ $code }` to `languages` in site.yaml
file-without-name = this file has no name before the language
file-without-name-hint = name pages like `ambities.nl.md`
file-not-utf8 = this file is not UTF-8 text
file-not-utf8-hint = save the file as UTF-8 (most editors offer it under "Save as" or "Encoding")

## Translation standings (status, translated, the desk)

standing-source = source
standing-up-to-date = up to date
standing-outdated = outdated
standing-not-recorded = not recorded
standing-draft = draft
standing-missing = missing

## What the commands say

check-summary = { $errors } { $errors ->
    [one] error
   *[other] errors
}, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
}.
nothing-written = Nothing was written: { $errors } { $errors ->
    [one] problem
   *[other] problems
} to fix.
status-fix-first = Fix the files above to see where each page stands.
status-page = page
translated-up-to-date = up to date: { $file }
translated-recorded = Recorded { $count } { $count ->
    [one] translation
   *[other] translations
} in { $record }.
translated-all-up-to-date = Nothing recorded: every translation is up to date already.
translated-waiting = Nothing recorded. These translations are not recorded as up to date:
translated-how = Check each against its source (diptych check, or the desk in diptych serve), then record it: diptych translated FILE. To record all of them at once: diptych translated --all
created-file = created { $file }
new-pages-are-drafts =
    The pages are drafts: run `diptych serve` to see them at these addresses,
    with a band that says so until you remove `draft: true`.
new-slug-comment = the address in this language: translate it
new-draft-comment = remove this line when the page is ready
placeholder-comment = Translate the text of { $source } into this file (the title and description above too), then delete this comment. Until then diptych reports this page as "not translated yet".
init-made = Made a new site in { $folder }:
init-next = Next:
init-serve = preview it while you write
init-build = make the website in public/
pdf-printed = Printed the { $edition } edition: { $pdf } ({ $pages } pages).
pdf-rounds = Printed { $rounds } times to settle the page numbers, in { $seconds } s.
summary-language = { $count } in { $name } ({ $code })
summary-built = Built { $pages } pages: { $languages }. { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
}.
summary-images = { $count } { $count ->
    [one] image
   *[other] images
}, { $encoded } image { $encoded ->
    [one] file
   *[other] files
} encoded.
summary-nothing-changed = nothing changed in { $out }
summary-written = { $written } { $written ->
    [one] file
   *[other] files
} written, { $removed } removed, { $unchanged } unchanged in { $out }
summary-took = in { $seconds } s.
serve-listening = Serving the site at http://{ $address }/ (Ctrl-C to stop).
serve-rebuilt = Rebuilt: { $changed } { $changed ->
    [one] file
   *[other] files
} changed, { $rendered } rendered, in { $millis } ms.
serve-failed = The last good version stays served: fix the file and save it.
serve-open-to-network = The preview is open to the network: anyone on it can read the site.
or = or
serve-others-open = Others open it at { $addresses }
serve-desk-records = The translation desk records translations from anyone on the network who opens it (--allow-desk-writes).
serve-desk-does-not-record = The translation desk does not record translations; start with --allow-desk-writes to let it.

## A double-click on diptych.exe

double-click-preview =
    diptych is showing a preview of the site in { $folder }
    Your browser opens it; if it does not, open http://{ $address }/ yourself.
    Pages reload by themselves when you save a file.

    Keep this window open while you work.
    To stop the preview, close this window (or press Ctrl-C in it).
double-click-no-site =
    diptych shows and builds a website from a site folder: the folder with site.yaml in it.
    There is no site.yaml in { $folder }, the folder diptych was started in.

    To preview a site: put diptych.exe in the site folder, next to site.yaml, and double-click it there.
    Or open PowerShell in the site folder and type:  diptych serve --open
    To start a new site, type in PowerShell:  diptych init my-site
    To see everything diptych can do, type:  diptych --help
double-click-this-folder = this folder
double-click-press-enter = Press Enter to close this window.

## UI texts (i18n/*.ftl)

and = and
ui-texts-unreadable = cannot read the UI texts for `{ $lang }`: { $error }
ui-texts-unreadable-hint = every language in site.yaml needs a file i18n/{ $lang }.ftl
fluent-syntax = Fluent syntax: { $problem }
fluent-syntax-hint = a message is written `name = text`; variables as `{"{"} $name {"}"}`
fluent-problem = Fluent: { $problem }
fluent-twice-hint = each message name may appear once per file
ui-texts-none-for-language = there are no UI texts for the language `{ $lang }`
ui-text-missing = the UI text `{ $id }` is missing in { $file }{ $meant }
ui-text-without-value = the UI text `{ $id }` in { $file } has no value
ui-text-unformattable = the UI text `{ $id }` in { $file } cannot be formatted: { $problem }
ui-text-missing-in = the UI text `{ $id }` is missing in { $file }
ui-text-missing-in-used = the UI text `{ $id }` is missing in { $file } (used in { $templates })
ui-text-missing-hint = add its { $language } translation to { $file }
ui-text-argument-kind = a UI text can take text or numbers, not { $kind }

## The theme and its templates

theme-without-templates = the theme `{ $theme }` has no templates folder
theme-without-templates-hint = check `theme` in site.yaml: it names a folder under themes/
theme-unreadable = cannot read the theme: { $error }
template-unreadable = cannot read this template: { $error }
template-syntax-hint = check the `{"{{"} {"}}"}` and `{"{%"} {"%}"}` tags around this place
template-rendering-hint = check the names and arguments used at this place of the template
template-problem = template: { $problem }
template-missing-parent = template: `{ $current }` extends `{ $parent }`, which does not exist
template-missing-parent-hint = check the name in `{"{%"} extends "…" {"%}"}`
template-missing = the theme has no template `{ $template }`
template-missing-choose-hint = use one of the templates in { $folder }
template-missing-add-hint = add { $file } to the theme
template-without-lang = `lang` is not set for this template
template-image-missing = there is no image `{ $path }`
template-image-missing-hint = image() finds an image of the static folders by its path there (`images/cover.jpg`), and one next to a page by its path in content/ after `@/` (`@/regio/kaart.png`)
asset-missing = there is no static file `{ $path }`{ $meant }
asset-missing-hint = asset() finds the files in { $folders }: put the file there, or write its path from that folder (`style.css`, `fonts/inter.woff2`)

## Placing the pages

slug-unusable = the slug `{ $slug }` cannot be used in a web address
slug-unusable-hint = use lowercase letters, digits and hyphens only, for example `slug: { $suggestion }`
same-address = this page and { $other } both land on the address { $address }
same-address-other = the other page on that address
same-address-hint = give one of them another `slug` in its front matter
translation-missing = `{ $key }` has no { $language } version ({ $code })
translation-missing-hint = translate it into { $file }
brochure-not-a-section = brochure `{ $list }` names `{ $key }`, which is not a section (a folder's `_index.md`) in content/
brochure-not-a-page = brochure `{ $list }` names `{ $key }`, which is not a page in content/
brochure-keys-hint = write keys as in links, like `strategie/_index.md` or `over-mst/contact.md`
section-page-missing = the folder of this page has no section page, so it is not listed anywhere
section-page-missing-hint = create content/{ $file }.{ $lang }.md with a `title`

## Translations and their records

translation-not-recorded = translation not recorded: there is no record yet of which { $language } text it follows
translation-outdated = outdated translation: { $source } changed after this translation was last updated
translation-stale-hint = bring it up to date with { $source }, then run `diptych translated { $file }`
record-not-text-hint = check that the file is readable text (UTF-8), or delete it and run `diptych translated` to write it anew
record-unwritable = cannot write the record: { $error }
file-does-not-exist = this file does not exist
file-does-not-exist-hint = check the file's name and folder; translations are named like { $example }
not-a-translation = this is not a translation with a source to follow
not-a-translation-hint = name translated pages (not { $lang } ones), like { $example }

## diptych check

image-too-small-for-print = this image is { $width } px wide: printed { $width_cm } cm wide it has { $dpi } dpi, less than the { $needed_dpi } dpi that print needs
image-too-small-for-print-hint = use a version at least { $needed } px wide (it is printed with { $pages }), or set a smaller `image_width_cm` under `brochure` in site.yaml
built-link-to-nothing = the page { $page } links to { $href }, which does not exist
built-link-hashed-hint = { $target } is published as { $hashed }, a name that changes with its content: write {"{{"} asset(path="{ $target }") {"}}"} in the template
built-link-to-nothing-hint = fix the link in the page's text or in the theme's template that writes it
page-is-draft = this page is a draft: it is left out of the site
page-is-draft-hint = remove `draft: true` when it is ready, or build with --drafts to preview it
none = none
ui-text-differs = the UI text `{ $id }` uses the { $what ->
    [variables] variables
   *[attributes] attributes
} { $here } here, but { $there } in { $source }
ui-text-differs-hint = a translation takes the same `$variables` and `.attributes` as its source
ui-text-unused = no template uses the UI text `{ $id }`
ui-text-unused-hint = remove it from every .ftl file, or use it in a template with t(key="…")

## diptych new

new-section-missing = the section `{ $folder }` does not exist yet
new-section-missing-hint = create it first with `diptych new { $folder }`
new-file-exists = this file exists already; nothing was created
new-file-exists-hint = choose another name, or edit the existing file
new-cannot-create = cannot create this file: { $error }
new-bad-name = `{ $target }` cannot be used as a page name
new-bad-name-hint = use lowercase letters, digits and hyphens, like `{ $suggestion }`

## diptych init

init-no-language = no language was given
init-no-language-hint = list the languages like this: --languages { $example }
init-unknown-language = diptych does not know the language code `{ $code }`{ $meant }
init-unknown-language-hint = use two-letter codes separated by commas, like `--languages { $example }`; known codes: { $known }
init-bad-name = the site needs a name on one line
init-bad-name-hint = give it with --name, like --name "Onze brochure"
init-cannot-make-folder = cannot make the folder `{ $folder }`: { $error }
init-cannot-make-folder-hint = choose a folder you can write to
init-cannot-open-folder = cannot open the folder `{ $folder }`: { $error }
init-folder-not-empty = the folder `{ $folder }` is not empty; nothing was created
init-new-folder-hint = a new site starts in a new folder: give its name, like `diptych init mijn-site`
init-cannot-create = cannot create this file: { $error }; nothing was kept
init-cannot-create-hint = check that you may write in this folder and that the disk is not full

## diptych pdf

no-browser = no Chromium, Google Chrome or Microsoft Edge was found to print with; diptych looked for
    {"  "}{ $names } on the PATH, and at:{ $paths }
no-browser-hint = install Google Chrome or Microsoft Edge (or Chromium: `sudo apt-get install chromium` on Debian and Ubuntu), or set the environment variable DIPTYCH_BROWSER to the browser's program file
no-editions = this site has no print editions
no-editions-hint = add `brochure:` with its `chapters` to site.yaml (see docs/reference/print.md)
no-such-edition = there is no edition `{ $id }`
no-such-edition-hint = choose one of: { $known }, all
browser-cannot-start = cannot start { $browser }: { $error }
browser-cannot-start-hint = check that Chromium or Chrome is installed and runs
browser-wait-failed = waiting for the browser failed
browser-too-slow = the browser took too long to print
try-again = try again
browser-did-not-print = { $browser } could not print the brochure
browser-did-not-print-hint = run the browser once by hand to see its message
printed-heading-missing = the printed { $edition } edition has no heading "{ $title }"
printed-heading-missing-hint = brochure.html must print each chapter's `title` as its heading
printed-pdf-unreadable = the printed PDF of the { $edition } edition cannot be read: { $error }
printed-pdf-unreadable-hint = print again; if it happens again, try another browser, named with the environment variable DIPTYCH_BROWSER
chapter-moved = "{ $title }" begins on page { $begins }, the contents say { $listed }
page-numbers-unsettled = the page numbers in the contents of the { $edition } edition did not settle after { $prints } prints: { $chapters }
page-numbers-unsettled-hint = the PDF was written with the numbers of its last print, so these entries are off; numbers keep moving when the contents change length with them: give the contents in brochure.html some room to spare
failed-because = { $what }: { $error }
print-no-temporary-folder = cannot make a temporary folder
print-cannot-write-files = cannot write the files the page loads
print-cannot-write-page = cannot write the page to print
print-cannot-read-pdf = cannot read the printed PDF

## Links in the site folder, images, the build

link-leads-outside = this link leads outside the site folder, to `{ $target }`; nothing outside the site folder is published
link-leads-outside-hint = copy the file or folder into the site folder instead of linking to it, or remove the link
link-leads-nowhere-missing = this link leads nowhere: `{ $written }` does not exist
link-leads-nowhere-unreachable = this link leads nowhere: `{ $written }` cannot be reached ({ $error })
link-leads-nowhere-hint = remove the link, or let it point to a file inside the site folder
file-on-page-address = the file `{ $path }` (static or print edition) has the same address as a page
file-on-page-address-hint = rename the page's slug or the static file
fragment-missing = `{ $page }` has no heading `#{ $fragment }`
fragment-missing-no-headings-hint = that page has no headings: link to the page without `#…`
fragment-missing-hint = its headings are: #{ $headings }
output-replaces-site = the output folder { $out } would replace the site's own files
output-replaces-site-hint = choose an output folder of its own, like `public`
edition-removed = { $pdf } was removed: the brochure changed since it was printed
edition-removed-hint = run `diptych pdf` to print the editions again
file-not-made = { $path } could not be made
image-unreadable = cannot read this image: { $error }
image-undecodable = this image cannot be read: { $error }
image-unencodable = this image cannot be encoded: { $error }
image-save-again-hint = open it in an image editor and save it again as PNG or JPEG
svg-refused = this SVG is refused: it { $refusal }, which a page would run
svg-refused-hint = save the drawing again without scripts, event attributes (`onclick=…`), `javascript:` addresses or references to other files (in Inkscape: File → Save As → Optimized SVG), or export it as PNG
brochure-template-missing = the theme has no template `{ $template }` for the print editions
brochure-template-missing-hint = add { $file } to the theme, or remove `brochure` from site.yaml

## Reviewing a translation against its source

qa-number-hint = check the figure against the source; numbers are compared as each language writes them (12,5 % is 12.5%)
qa-number-not-in-source = the number { $value } is not in the source ({ $source })
qa-number-more-often = the number { $value } stands here { $count } times, in the source ({ $source }) { $expected }
qa-number-missing = the number { $value } of the source ({ $source }:{ $line }) is missing from this translation
qa-extra-lacks = `extra` lacks { $missing } of the source ({ $source })
qa-extra-adds = `extra` has { $added }, which the source ({ $source }) does not have
qa-extra-differs = `extra` has { $added } where the source ({ $source }) has { $missing }
qa-extra-hint = `extra` holds figures that templates show: they are the same in every language
qa-term-missing = the source ({ $source }) says `{ $said }`, but this translation has no `{ $preferred }`
qa-term-missing-hint = { $termbase } gives { $forms } for `{ $concept }`; use it, or add the form this page uses there
qa-structure-differs = this translation has another number of { $what ->
    [headings] headings
    [list-items] list items
    [links-by-key] links by key
    [images] images
   *[shortcodes] shortcodes
} than its source ({ $source }): { $here } against { $there }
qa-structure-differs-hint = a translation keeps the source's headings, list items, links, images and shortcodes
qa-untranslated = this { $kind ->
    [title] title
    [description] description
    [heading] heading
    [list-item] list item
    [table-cell] table cell
   *[paragraph] paragraph
} is the same as in the source ({ $source }:{ $line }): is it translated?
qa-untranslated-hint = translate it; only texts of fewer than five ordinary words (names, addresses) may stay the same
termbase-unknown-language = the termbase gives `{ $concept }` terms in `{ $lang }`, a language site.yaml does not list
termbase-unknown-language-hint = use the language codes of site.yaml
termbase-no-term = the termbase gives `{ $concept }` no term to use in `{ $lang }`
termbase-no-term-hint = list the preferred term first: `use: [term, inflected form, …]`

## The preview (diptych serve)

panel-title = The site cannot be built
panel-note = Underneath is the last version that built. Save the fix and this panel goes away.
serve-not-built-yet = the site has not been built yet
serve-bad-host = `--host { $host }` is not a host name
serve-bad-host-hint = give the name alone, without http:// or a port, like --host preview.mst.nl
serve-cannot-start = the preview server cannot start: { $error }
serve-cannot-start-hint = choose another port with --port, or another address with --bind

## The translation desk (diptych serve, /_desk/)

desk-title = Translation desk
desk-per-language = Per language
desk-all-languages = all languages
desk-any-status = any status
desk-language = Language
desk-status = Status
desk-show = Show
desk-compare = compare
desk-compare-label = compare { $key } in { $lang }
desk-table-caption = Every page in every language
desk-page = Page
desk-no-page = the site has no page `{ $key }`
desk-no-page-hint = choose a page from the desk's table
desk-no-language = `{ $lang }` is not a language this site is translated into
desk-no-language-hint = choose a translation from the desk's table
desk-record-button = Translation is up to date
desk-record-off = The preview is open to the network, so the desk does not record translations. Run <code>diptych translated { $file }</code>, or start the preview with <code>--allow-desk-writes</code>.
desk-changes = What changed in the source
desk-changes-unknown = The source text as it was when this translation was recorded was not kept (it was recorded before diptych kept it). Compare the pages below; from the next recording on, the changes will show here.
desk-changes-since = Since the translation was recorded. Struck-through words were removed, underlined words were added.
desk-part-title = Title
desk-part-description = Description
desk-part-text = Text
desk-part-extra = Data (extra)
desk-changes-spacing = Only spacing or line breaks changed; no word did.
desk-findings = What check finds
desk-side-by-side = Side by side
desk-side-by-side-caption = Each row: a section of the source and the same section of the translation
desk-source-column = { $language } (source)
desk-check-says = Check: { $finding }
desk-no-matching-section = No matching section here.
desk-nothing-found = Nothing: the numbers, terms and structure match the source.
desk-line = line { $line }
desk-translation-is-draft = The { $language } page is a draft; it is not compared until it is published.
desk-translation-missing = There is no { $language } page yet. Translate the source below into <code>{ $file }</code>.
desk-the-source = The source
desk-paragraphs-unchanged = { $count ->
    [one] 1 paragraph unchanged
   *[other] { $count } paragraphs unchanged
}
standing-not-translated = not translated
not-written-yet = not translated yet: this page has no text of its own, so there is nothing to record
not-written-yet-hint = translate { $source } into it first (title, description and text), then record it
placeholder-not-translated = not translated yet: this page has no text of its own
placeholder-not-translated-hint = translate { $source } into it (title, description and text) and delete the comment that says it is not translated; until then, keep it off the site with `draft: true`
desk-record-anyway = Record as up to date anyway
confirm-back = Back to the translation
confirm-question = Record <span lang="{ $lang }">{ $title }</span> as up to date?
confirm-found = Check finds { $count ->
    [one] 1 thing
   *[other] { $count } things
} in <code>{ $file }</code>. Recording the translation as up to date says it matches its source: look at each of these first.
confirm-fix-first = <a href="{ $back }">Back to the translation, to fix it first</a> (nothing is recorded)
confirm-title = Record { $title } ({ $lang }) as up to date?
draft-word = Draft
draft-band = This page is not published while it says <code>draft: true</code>.
draft-edition-band = This edition prints drafts, which stay out of the published site and its PDFs while they say <code>draft: true</code>: { $titles }.
draft-left-out = This address belongs to a draft: <code>{ $file }</code>. The preview leaves drafts out because it was started with <code>--no-drafts</code>. To publish the page, remove the line <code>draft: true</code> from that file; to see it now, run <code>diptych serve</code> without <code>--no-drafts</code>.

## NUMBER() in the site's UI texts

number-option-problem = the UI text `{ $id }` { $problem }
number-unsupported = uses `NUMBER(…, { $written })`, which diptych does not support
number-percent-hint = write the percent sign in the translation, spaced as the language spaces it, and pass the percentage itself (12.5, not 0.125): `{"{"} NUMBER($value) {"}"} %` in German, `{"{"} NUMBER($value) {"}"}%` in Dutch
number-currency-hint = write the currency in the translation, where the language puts it, with the cents as fraction digits: `€ {"{"} NUMBER($amount, minimumFractionDigits: 2) {"}"}` in Dutch, `{"{"} NUMBER($amount, minimumFractionDigits: 2) {"}"} €` in German
number-significant-hint = round with `maximumFractionDigits` (and pad with `minimumFractionDigits`) instead
number-unknown-option = gives NUMBER the option `{ $name }`, which it does not have
number-unknown-option-hint = NUMBER takes { $names }
number-bad-value = gives `{ $name }` the value { $value }; it takes { $values }
number-bad-value-hint = write it like `{ $name }: { $example }`
number-whole-range = a whole number from { $from } to { $to }
number-one-of = { $choices } or { $last }
svg-has-script = has a script (`<script>`)
svg-has-javascript = has a `javascript:` address
svg-own-entity = uses an entity it declares itself (`&{ $name };`)
svg-event-attribute = has an event attribute (`{ $key }=`)
svg-own-entity-in-attribute = uses an entity it declares itself (in `{ $key }=`)
svg-other-file = uses another file (`<use href="{ $value }">`)
refused-no-host = this request does not name the preview
refused-other-name = this request names the preview by a name it was not started for
refused-other-site = this request comes from another site than the preview
refused-other-session = this request does not come from the desk's page of this session
refused-open-to-network = the preview is open to the network: start it with --allow-desk-writes to record from the desk
not-recorded = Not recorded: { $refusal }.
unanswered-no-host = names no site in its Host header
unanswered-asks-for = asks for { $asked }
unanswered =
    Not answered: this request { $wrong }.
    This preview answers only to { $names }.
    To open it under another name, start diptych serve with --host NAME (and --bind to open it to the network).
serve-address-outside = this address cannot be in the site
serve-not-found = not found

## Links written as addresses, and links to another language

link-where-it-leads = {" "}(where `{ $href }` leads from this page)
link-to-no-address = the site has no page or file at `{ $url }`{ $written }{ $meant }
link-to-draft-address = `{ $url }` is the address of a draft ({ $source }), not published without --drafts
link-to-draft-address-hint = remove `draft: true` from its front matter when it is ready, and { $link }
key-hint-that-page = link to that page by its key: `[…](@/{ $key })`; a key keeps leading to the page when its address changes, and to its translation in each language
key-hint-page-file = link to a page, its file in content/ without the language, by its key: `[…](@/{ $key })`; a key keeps leading to the page when its address changes, and to its translation in each language
key-hint-it = link to it by its key: `[…](@/{ $key })`; a key keeps leading to the page when its address changes, and to its translation in each language
key-hint-a-page = link to a page by its key: `[…](@/{ $key })`; a key keeps leading to the page when its address changes, and to its translation in each language
key-hint-that-files-page = link to that file's page by its key: `[…](@/{ $key })`; a key keeps leading to the page when its address changes, and to its translation in each language
link-other-language = this link leads to the { $shown } page `{ $key }`: { $why }
link-other-language-draft = its { $language } version is still a draft
link-other-language-draft-cure = remove `draft: true` from { $file } when it is ready
link-other-language-missing = it has no { $language } version yet
link-other-language-hint = { $cure }, or link to another page; until then readers of this page get the { $shown } page
built-links-to-nothing = { $count } pages link to { $href }, which does not exist ({ $page }, …)
built-link-to-nothing-somewhere = a page links to { $href }, which does not exist
built-link-in-template-hint = fix the address; in a template, `url_for(key="strategie/ambities.md")` gives a page's address in the reader's language
built-link-somewhere-hint = fix the link in the page's text or in the template that writes it; in a template, `url_for(key="strategie/ambities.md")` gives a page's address in the reader's language

## The command line: `diptych --help`, one message per command (cli-<command>, and more in
## cli-<command>-long) and per option (cli-<command>-<option>, or cli-arg-<option> for the
## options several commands share), and clap's own words

cli = Turns the brochure's Markdown files, translations and theme into a website in every language of the site.
cli-long = Run it in the site folder (the one with site.yaml), or point to that folder with --root.
cli-build = Build the website into a folder (public/ by default), ready to publish.
cli-build-long = Nothing is published when there is an error: the problems are listed with the file and line to fix, and the previous website in the output folder stays as it was.
cli-pdf = Build the website and print the brochure to PDF: one file per language and one with the languages side by side (brochure-nl.pdf, …), next to the website.
cli-pdf-long = Needs Chromium, Google Chrome or Microsoft Edge on this computer. The table of contents gets the real page numbers: the brochure is printed, the numbers are read, and it is printed again.
cli-serve = Preview the website while you write: it is built into memory, served on this computer, and rebuilt as soon as you save a file; open pages reload by themselves.
cli-serve-long = A mistake is shown over the page (with the file, line and what to do) while the last good version stays underneath. Stop with Ctrl-C.
cli-check = Check the whole site without writing anything: missing or outdated translations, missing UI texts, links that lead nowhere, front matter mistakes, drafts.
cli-check-long = Exits with 1 when there are errors (with --strict: warnings too), so it can guard publishing.
cli-translated = Record that translations are up to date with their source text (after translating).
cli-translated-long = Name the translated files (content/strategie/ambities.de.md …), or --all for every translation; with neither, it lists the translations waiting to be recorded. `diptych check` then reports a translation as outdated as soon as its source changes.
cli-status = Show where every page stands in every language: up to date, outdated (its source changed since it was translated), not recorded, draft, missing or not translated (the file is there but was never written).
cli-status-long = The same table the translation desk of `diptych serve` shows, for the terminal and for scripts (`--format json`).
cli-new = Create a new page or section in every language, e.g. `diptych new strategie/visie` (a page) or `diptych new strategie` (a section).
cli-new-long = The files start as drafts: `diptych serve` shows them (at the addresses `new` prints), `build` leaves them out until you remove `draft: true`.
cli-init = Start a new site in an empty folder: site.yaml, a home page, a section with a page, the site's own texts in every language and a starter theme, ready to preview.
cli-init-long = For example `diptych init my-site --languages nl,de,en --name "Our brochure"`.
cli-help = Show this help, or the help of a command (`diptych help build`).
cli-help-subcommand = The command to explain.
cli-arg-ui-lang = The language diptych speaks in: nl, de or en (when not given: DIPTYCH_LANG, else the system's language, else English).
cli-arg-help = Show this help.
cli-arg-version = Show diptych's version.
cli-arg-root = The site folder, the one with site.yaml in it.
cli-arg-base-url = The web address the site will live at, instead of base_url in site.yaml.
cli-arg-strict = Refuse to build when there are warnings too (for example a missing translation).
cli-arg-drafts = Also build pages marked `draft: true`, to preview them.
cli-arg-out = Where to put the website (when not given: public/ in the site folder).
cli-check-format = `human` for people, `json` for editors and CI.
cli-status-lang = Show only this language (next to the source language).
cli-status-format = `human` for people, `json` for scripts.
cli-translated-all = Record every translation of the site, and say which records changed.
cli-translated-files = The translated files to record (content/strategie/ambities.de.md …).
cli-new-target = `section/page` for a page, `section` for a section.
cli-init-folder = The folder for the new site: made when missing, refused when not empty.
cli-init-languages = The site's languages, separated by commas; the first is the one you write in.
cli-init-name = The site's name, shown at the top of every page (when not given: made from the folder's name).
cli-pdf-edition = Which edition to print: a language code (nl, de, …), bilingual, or all.
cli-serve-no-drafts = Preview exactly what will be published: leave out the pages marked `draft: true` (shown by default, each with a band that says it is a draft).
cli-serve-port = The port to listen on; a free one is chosen when it is taken.
cli-serve-bind = The address to listen on. Only this computer can see the preview unless you give another address here (0.0.0.0 opens it to the network).
cli-serve-open = Open the preview in the web browser once it is ready.
cli-serve-allow-desk-writes = Let the translation desk (/_desk/) record translations as up to date even when the preview is open to the network (--bind beyond this computer).
cli-serve-hosts = Another name the preview answers to, besides localhost and (with --bind) this computer's name and addresses: the name colleagues or a proxy use to reach it. Repeat it for several names.
cli-usage-heading = Usage:
cli-commands-heading = Commands
cli-options-heading = Options
cli-arguments-heading = Arguments
cli-usage-options = [OPTIONS]
cli-value-command = COMMAND
cli-value-folder = FOLDER
cli-value-code = CODE
cli-value-codes = CODES
cli-value-name = NAME
cli-value-url = URL
cli-value-edition = EDITION
cli-value-address = ADDRESS
cli-value-port = PORT
cli-value-format = FORMAT
cli-value-files = FILES
cli-value-target = SECTION/PAGE
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-unknown-command = `{ $typed }` is not a command of diptych
cli-missing-command = `{ $command }` needs a command
cli-commands-hint = the commands are { $commands }; `diptych --help` explains them
cli-unknown-option = `{ $typed }` is not an option of `{ $command }`
cli-see-help = `{ $command } --help` lists what it takes
cli-value-missing = { $option } needs a value after it
cli-invalid-value = `{ $value }` is not a value { $option } takes
cli-possible-values-hint = possible values: { $values }
cli-missing = `{ $command }` needs { $missing }
cli-conflict = { $option } and { $other } cannot be used together
cli-conflict-hint = leave one of them out

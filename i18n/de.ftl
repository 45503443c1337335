# UI texts of the MST site, German. Every message here must also be in nl.ftl.
site-name = Medisch Spectrum Twente
site-title = Strategie 2023–2028
site-motto = Das Gesundheitswesen der Zukunft gestalten
skip-link = Direkt zum Inhalt
main-nav = Hauptmenü
language-switcher = Sprache wählen
breadcrumbs = Sie sind hier
home = Startseite
on-this-page = Auf dieser Seite
in-this-chapter = In diesem Kapitel
chapters = Die Kapitel
page-count = { $count ->
    [one] { $count } Seite
   *[other] { $count } Seiten
}
not-found-title = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht (mehr). Vielleicht wurde sie verschoben. Beginnen Sie noch einmal auf der Startseite.
footer-contact = Kontakt
footer-address = Postbus 50 000, 7500 KA Enschede
footer-phone = Telefon +31 53 487 20 00
footer-locations = Standorte: Enschede, Oldenzaal und Haaksbergen
footer-note = Strategischer Kurs 2023–2028 des Medisch Spectrum Twente
# Numbers from front matter, formatted the German way (1.234,5); percent with a no-break space.
number = { $value }
percent = { $value } %
chart-label = Bereich
chart-value = Wert
# Print editions
brochure-title = Strategischer Kurs 2023–2028
brochure-contents = Inhalt
brochure-chapter = Kapitel { $number }
brochure-editions = Ausgaben der Broschüre
brochure-back-to-site = Zurück zur Website
brochure-screen-note = Dies ist die Druckfassung der Broschüre. Wählen Sie in Ihrem Browser „Drucken“ und dann „Als PDF speichern“, um sie als Broschüre zu sichern.
footer-print = Broschüre zum Drucken
# Theme: the chapter a page belongs to (beside the text), the period on the print cover
chapter = Kapitel
brochure-period = 2023–2028

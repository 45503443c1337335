# Die Texte der Website selbst (Schaltflächen, Menüs, Überschriften), auf Deutsch.
# Jede Nachricht hier steht auch in den .ftl-Dateien der anderen Sprachen.
site-name = %SITE_NAME%
skip-link = Direkt zum Inhalt
language-switcher = Sprache wählen
main-nav = Hauptmenü
home = Startseite
breadcrumbs = Sie sind hier
sections = Themen
in-this-section = In diesem Bereich
not-found-title = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht (mehr). Beginnen Sie noch einmal auf der Startseite.
footer-print = Broschüre zum Drucken
# Die Druckausgaben (diptych pdf)
brochure-title = Broschüre
brochure-contents = Inhalt
brochure-chapter = Kapitel { $number }
brochure-editions = Ausgaben der Broschüre
brochure-back-to-site = Zurück zur Website
brochure-screen-note = Dies ist die Druckfassung der Broschüre. Wählen Sie im Browser „Drucken“ und dann „Als PDF speichern“, um sie aufzubewahren.

# De teksten van de website zelf (knoppen, menu's, koppen), in het Nederlands.
# Elk bericht hier staat ook in de .ftl-bestanden van de andere talen.
site-name = %SITE_NAME%
skip-link = Direct naar de inhoud
language-switcher = Kies uw taal
main-nav = Hoofdmenu
home = Startpagina
breadcrumbs = U bent hier
sections = Onderwerpen
in-this-section = In dit onderdeel
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet (meer). Begin opnieuw op de startpagina.
footer-print = Brochure om af te drukken
# De drukversies (diptych pdf)
brochure-title = Brochure
brochure-contents = Inhoud
brochure-chapter = Hoofdstuk { $number }
brochure-editions = Edities van de brochure
brochure-back-to-site = Terug naar de website
brochure-screen-note = Dit is de drukversie van de brochure. Kies in uw browser ‘Afdrukken’ en dan ‘Opslaan als PDF’ om haar te bewaren.

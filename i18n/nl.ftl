# UI texts of the MST site, Dutch. Every message here must also be in de.ftl.
site-name = Medisch Spectrum Twente
site-title = Strategie 2023–2028
site-motto = Bouwen aan de zorg van de toekomst
skip-link = Direct naar de inhoud
main-nav = Hoofdmenu
language-switcher = Kies uw taal
breadcrumbs = U bent hier
home = Startpagina
on-this-page = Op deze pagina
in-this-chapter = In dit hoofdstuk
chapters = De hoofdstukken
page-count = { $count ->
    [one] { $count } pagina
   *[other] { $count } pagina's
}
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet (meer). Misschien is ze verplaatst. Begin opnieuw op de startpagina.
footer-contact = Contact
footer-address = Postbus 50 000, 7500 KA Enschede
footer-phone = Telefoon (053) 487 20 00
footer-locations = Locaties: Enschede, Oldenzaal en Haaksbergen
footer-note = Strategische koers 2023–2028 van Medisch Spectrum Twente
# Numbers from front matter, formatted the Dutch way (1.234,5).
number = { $value }
percent = { $value }%
chart-label = Onderdeel
chart-value = Waarde
# Print editions
brochure-title = Strategische koers 2023–2028
brochure-contents = Inhoud
brochure-chapter = Hoofdstuk { $number }
brochure-editions = Edities van de brochure
brochure-back-to-site = Terug naar de website
brochure-screen-note = Dit is de drukversie van de brochure. Kies in uw browser ‘Afdrukken’ en dan ‘Opslaan als PDF’ om haar als brochure te bewaren.
footer-print = Brochure om af te drukken
# Theme: the chapter a page belongs to (beside the text), the period on the print cover
chapter = Hoofdstuk
brochure-period = 2023–2028

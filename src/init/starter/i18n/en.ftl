# The website's own texts (buttons, menus, headings), in English.
# Every message here is also in the .ftl files of the other languages.
site-name = %SITE_NAME%
skip-link = Skip to content
language-switcher = Choose your language
main-nav = Main menu
home = Home
breadcrumbs = You are here
sections = Topics
in-this-section = In this section
not-found-title = Page not found
not-found-text = This page does not exist (any more). Start again on the home page.
footer-print = Brochure to print
# The print editions (diptych pdf)
brochure-title = Brochure
brochure-contents = Contents
brochure-chapter = Chapter { $number }
brochure-editions = Editions of the brochure
brochure-back-to-site = Back to the website
brochure-screen-note = This is the print version of the brochure. Choose ‘Print’ in your browser, then ‘Save as PDF’ to keep it.

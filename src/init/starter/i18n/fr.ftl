# Les textes du site lui-même (boutons, menus, titres), en français.
# Chaque message ici figure aussi dans les fichiers .ftl des autres langues.
site-name = %SITE_NAME%
skip-link = Aller au contenu
language-switcher = Choisissez votre langue
main-nav = Menu principal
home = Accueil
breadcrumbs = Vous êtes ici
sections = Thèmes
in-this-section = Dans cette rubrique
not-found-title = Page introuvable
not-found-text = Cette page n’existe pas (ou plus). Recommencez depuis la page d’accueil.
footer-print = Brochure à imprimer
# Les éditions imprimées (diptych pdf)
brochure-title = Brochure
brochure-contents = Sommaire
brochure-chapter = Chapitre { $number }
brochure-editions = Éditions de la brochure
brochure-back-to-site = Retour au site
brochure-screen-note = Ceci est la version imprimable de la brochure. Choisissez « Imprimer » dans votre navigateur, puis « Enregistrer au format PDF » pour la conserver.

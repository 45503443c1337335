page-count = { $count ->
    [one] { $count } pagina
   *[other] { $count } pagina's
}
staff = { $count } medewerkers
percent = { $value }%

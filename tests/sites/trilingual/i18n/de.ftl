page-count = { $count ->
    [one] { $count } Seite
   *[other] { $count } Seiten
}
staff = { $count } Mitarbeitende
percent = { $value } %

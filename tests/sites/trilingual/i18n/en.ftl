page-count = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
staff = { $count } employees
percent = { $value }%

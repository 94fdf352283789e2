resource "a" "b" {
  x = "ok"
}

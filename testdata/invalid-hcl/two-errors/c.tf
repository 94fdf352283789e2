resource "c" "d" {
  z = )
}

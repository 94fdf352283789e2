locals {
  total = 1 +
}

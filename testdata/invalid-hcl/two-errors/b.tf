locals {
  y = [1, 2
}

locals {
  policy = <<EOF
{}
}

locals {
  create_keys = false
}

resource "aws_iam_access_key" "disabled" {
  count = local.create_keys ? 1 : 0
  user  = "legacy-deploy"
}

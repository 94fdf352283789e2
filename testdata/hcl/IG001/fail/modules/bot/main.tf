variable "enabled" {
  type    = bool
  default = false
}

resource "aws_iam_user" "this" { # expect: IG001
  count = var.enabled ? 1 : 0
  name  = "ci-bot"
}

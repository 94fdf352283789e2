variable "enabled" {
  type    = bool
  default = false
}

resource "aws_iam_user" "this" {
  count = var.enabled ? 1 : 0
  name  = "ci-bot"
}

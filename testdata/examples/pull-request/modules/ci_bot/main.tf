# A CI user with a long-lived access key: what iamgate exists to stop.
resource "aws_iam_user" "this" {
  name = "ci-bot"
  path = "/"
}

resource "aws_iam_access_key" "this" {
  user = aws_iam_user.this.name
}

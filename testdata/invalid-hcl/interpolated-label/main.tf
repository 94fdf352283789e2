resource "aws_iam_user" "${var.x}" {
}

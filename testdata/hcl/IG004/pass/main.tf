resource "aws_iam_policy_attachment" "roles_only" {
  name       = "readonly"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
  roles      = ["deploy"]
}

resource "aws_iam_policy_attachment" "nobody" {
  name       = "readonly-nobody"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
  users      = []
  groups     = ["auditors"]
}

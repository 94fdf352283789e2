resource "aws_iam_user_policy" "deploy" { # expect: IG004
  name   = "deploy"
  user   = "legacy-deploy"
  policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

resource "aws_iam_user_policy_attachment" "deploy" { # expect: IG004
  user       = "legacy-deploy"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user_group_membership" "deploy" { # expect: IG004
  user   = "legacy-deploy"
  groups = ["deployers"]
}

resource "aws_iam_group_membership" "deployers" { # expect: IG004
  name  = "deployers"
  group = "deployers"
  users = ["legacy-deploy"]
}

resource "aws_iam_policy_attachment" "readonly" { # expect: IG004
  name       = "readonly"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
  users      = local.readers
}

locals {
  readers = ["legacy-deploy"]
}

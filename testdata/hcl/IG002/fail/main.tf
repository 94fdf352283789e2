resource "aws_iam_access_key" "deploy" { # expect: IG002
  user = "legacy-deploy"
}

resource "aws_iam_access_key" "rotated" { # expect: IG002
  count   = 2
  user    = "legacy-deploy"
  pgp_key = "keybase:ops"
}

resource "aws_iam_user" "retired" {
  count = 0
  name  = "retired"
}

resource "aws_iam_user" "none" {
  for_each = {}
  name     = each.key
}

data "aws_iam_user" "existing" {
  user_name = "legacy-deploy"
}

module "bot" {
  source  = "./modules/bot"
  enabled = false
}

resource "aws_iam_role" "deploy" {
  name               = "deploy"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]
    }
  }
}

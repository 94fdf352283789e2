resource "aws_iam_user" "deploy" { # expect: IG001
  name = "deploy"
  path = "/system/"
}

module "bot" {
  source  = "./modules/bot"
  enabled = true
}

module "legacy_partner" { # expect: IG001
  source  = "terraform-aws-modules/iam/aws//modules/iam-user"
  version = "~> 5.0"
  name    = "legacy-partner"
}

resource "aws_iam_user" "per_team" { # expect: IG001
  for_each = toset(var.teams)
  name     = "${each.key}-bot"
}

variable "teams" {
  type = list(string)
}

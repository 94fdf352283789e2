# The organization's stack, as a pull request leaves it: plan.json is its plan.
# Scan the plan (findings land on these lines) or this directory itself:
#   target/iamgate scan testdata/examples/pull-request/plan.json
#   target/iamgate scan testdata/examples/pull-request

data "aws_ssoadmin_instances" "this" {}

locals {
  instance_arn = tolist(data.aws_ssoadmin_instances.this.arns)[0]
}

resource "aws_ssoadmin_permission_set" "admin" {
  name             = "admin"
  description      = "Managed by Terraform"
  instance_arn     = local.instance_arn
  session_duration = "PT12H" # was PT4H: the pull request lengthens admin sessions
}

resource "aws_ssoadmin_managed_policy_attachment" "admin" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.admin.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_ssoadmin_account_assignment" "platform" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.admin.arn
  principal_type     = "GROUP"
  principal_id       = var.platform_group_id
  target_type        = "AWS_ACCOUNT"
  target_id          = var.account_id
}

resource "aws_ssoadmin_account_assignment" "alice" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.admin.arn
  principal_type     = "USER"
  principal_id       = "906767a4d2-alice"
  target_type        = "AWS_ACCOUNT"
  target_id          = var.account_id
}

resource "aws_organizations_policy" "deny_iam_users" {
  name        = "deny_iam_users"
  description = "Managed by Terraform"
  type        = "SERVICE_CONTROL_POLICY"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "DenyLongLivedIamCredentials"
      Effect   = "Deny"
      Action   = ["iam:CreateUser", "iam:CreateAccessKey"]
      Resource = "*"
    }]
  })
}

resource "aws_organizations_policy_attachment" "deny_iam_users_root" {
  policy_id = aws_organizations_policy.deny_iam_users.id
  target_id = "r-a1b2"
}

# An IAM user that predates the guardrails; the plan leaves it alone, and a scan of this
# directory (which cannot tell old from new) is told why it stays, and until when.
# iamgate:ignore IG001 until=2027-06-30 -- predates the guardrails; removal tracked in PLAT-7
resource "aws_iam_user" "legacy_deploy" {
  name = "legacy_deploy"
  path = "/"
}

module "ci_bot" {
  source = "./modules/ci_bot"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "artifacts"
}

variable "platform_group_id" {
  type = string
}

variable "account_id" {
  type = string
}

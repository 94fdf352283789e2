data "aws_ssoadmin_instances" "this" {}

locals {
  instance_arn = tolist(data.aws_ssoadmin_instances.this.arns)[0]
}

resource "aws_ssoadmin_permission_set" "read_only" {
  name             = "read_only"
  instance_arn     = local.instance_arn
  session_duration = "PT4H"
}

resource "aws_ssoadmin_managed_policy_attachment" "read_only" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.read_only.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_ssoadmin_account_assignment" "read_only_auditors" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.read_only.arn
  principal_type     = "GROUP"
  principal_id       = var.auditors_group_id
  target_type        = "AWS_ACCOUNT"
  target_id          = var.account_id
}

module "permission_sets" {
  source       = "./modules/permission-sets"
  instance_arn = local.instance_arn
}

resource "aws_ssoadmin_account_assignment" "deploy_auditors" {
  instance_arn       = local.instance_arn
  permission_set_arn = module.permission_sets.deploy_arn
  principal_type     = "GROUP"
  principal_id       = var.auditors_group_id
  target_type        = "AWS_ACCOUNT"
  target_id          = var.account_id
}

module "assignments" {
  source             = "./modules/assignment"
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.audit.arn
  group_id           = var.auditors_group_id
  account_id         = var.account_id
}

resource "aws_ssoadmin_permission_set" "audit" {
  name         = "Audit"
  instance_arn = local.instance_arn
}

resource "aws_ssoadmin_permission_set_inline_policy" "audit" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.audit.arn
  inline_policy      = data.aws_iam_policy_document.audit.json
}

data "aws_iam_policy_document" "audit" {
  statement {
    actions   = ["cloudtrail:LookupEvents"]
    resources = ["*"]
  }
}

resource "aws_organizations_policy" "deny_iam_users" {
  name = "deny-iam-users"
  type = "SERVICE_CONTROL_POLICY"
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
  target_id = var.root_id
}

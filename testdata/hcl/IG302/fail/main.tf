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

resource "aws_organizations_policy" "merged" { # expect: IG302
  name    = "merged"
  content = data.aws_iam_policy_document.merged.json
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents = [file("${path.module}/base.json")]
}

resource "aws_organizations_policy_attachment" "merged_root" {
  policy_id = aws_organizations_policy.merged.id
  target_id = var.root_id
}

resource "aws_iam_policy_attachment" "readers" { # expect: IG302
  name       = "readers"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
  users      = var.reader_names
}

variable "reader_names" {
  type = list(string)
}

resource "aws_ssoadmin_permission_set" "shared" { # expect: IG302
  name         = "Shared"
  instance_arn = local.instance_arn
}

resource "aws_ssoadmin_managed_policy_attachment" "shared" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.shared.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

module "remote_assignments" {
  source = "git::https://example.com/platform/sso-assignments.git?ref=v3.1.0"
}

resource "aws_ssoadmin_account_assignment" "shared" {
  instance_arn       = local.instance_arn
  permission_set_arn = module.remote_assignments.permission_set_arn
  principal_type     = "GROUP"
  principal_id       = var.auditors_group_id
  target_type        = "AWS_ACCOUNT"
  target_id          = var.account_id
}

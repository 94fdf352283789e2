variable "instance_arn" {}
variable "permission_set_arn" {}
variable "group_id" {}
variable "account_id" {}

resource "aws_ssoadmin_account_assignment" "this" {
  instance_arn       = var.instance_arn
  permission_set_arn = var.permission_set_arn
  principal_type     = "GROUP"
  principal_id       = var.group_id
  target_type        = "AWS_ACCOUNT"
  target_id          = var.account_id
}

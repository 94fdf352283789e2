variable "instance_arn" {
  type = string
}

resource "aws_ssoadmin_permission_set" "deploy" {
  name         = "Deploy"
  instance_arn = var.instance_arn
}

resource "aws_ssoadmin_customer_managed_policy_attachment" "deploy" {
  instance_arn       = var.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.deploy.arn
  customer_managed_policy_reference {
    name = "deploy"
    path = "/"
  }
}

output "deploy_arn" {
  value = aws_ssoadmin_permission_set.deploy.arn
}

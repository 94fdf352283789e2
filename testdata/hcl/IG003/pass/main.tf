resource "aws_iam_role" "codecommit" {
  name               = "codecommit-mirror"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

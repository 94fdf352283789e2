# iamgate:ignore IG001 until=2027-01-31 -- partner migration, PLAT-101
resource "aws_iam_user" "partner" {
  name = "partner"
}

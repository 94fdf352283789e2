# iamgate:ignore IG001 until=2027-03-31 -- SFTP partner user until Transfer Family, PLAT-412
resource "aws_iam_user" "sftp_partner" { # expect-suppressed: IG001
  name = "sftp-partner"
}

# expect-below-suppressed: IG002
resource "aws_iam_access_key" "sftp_partner" { # iamgate:ignore IG002, IG001 -- key for the same partner, PLAT-413
  user = aws_iam_user.sftp_partner.name
}

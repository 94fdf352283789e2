# expect-below: IG303
# iamgate:ignore IG001
resource "aws_iam_user" "no_reason" { # expect: IG001
  name = "no-reason"
}

# expect-below: IG303
# iamgate:ignore IG001 until=2026-06-30 -- partner migration, PLAT-101
resource "aws_iam_user" "expired" { # expect: IG001
  name = "expired"
}

# expect-below: IG001, IG303
resource "aws_iam_user" "unknown_rule" { # iamgate:ignore IG999 -- a typo of IG001
  name = "unknown-rule"
}

# expect-below: IG303
# iamgate:ignore IG002 -- not above any block

locals {
  unused = true
}

resource "aws_iam_user_login_profile" "deploy" { # expect: IG003
  user                    = "legacy-deploy"
  password_reset_required = true
}

resource "aws_iam_user_ssh_key" "deploy" { # expect: IG003
  username   = "legacy-deploy"
  encoding   = "SSH"
  public_key = file("${path.module}/deploy.pub")
}

resource "aws_iam_service_specific_credential" "codecommit" { # expect: IG003
  service_name = "codecommit.amazonaws.com"
  user_name    = "legacy-deploy"
}

resource "aws_iam_signing_certificate" "deploy" { # expect: IG003
  user_name        = "legacy-deploy"
  certificate_body = file("${path.module}/deploy.pem")
}

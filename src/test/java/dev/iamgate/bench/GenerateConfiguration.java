package dev.iamgate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A benchmark input, not a test: writes one {@code main.tf} of about the size asked for, made of
 * the blocks a real stack holds (S3 buckets with tags, IAM roles with {@code jsonencode} trust
 * policies, IAM policies with heredocs, security groups with {@code dynamic} blocks) in a fixed
 * order, with one {@code aws_iam_user} near the middle for the scan to find. The same size always
 * gives the same file.
 *
 * <pre>java -cp target/test-classes dev.iamgate.bench.GenerateConfiguration 1000000 /tmp/big</pre>
 */
public final class GenerateConfiguration {
  private GenerateConfiguration() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GenerateConfiguration BYTES DIRECTORY");
      System.exit(2);
    }
    long bytes = Long.parseLong(args[0]);
    Path directory = Path.of(args[1]);
    Files.createDirectories(directory);
    String text = generate(bytes);
    Files.writeString(directory.resolve("main.tf"), text, StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT,
        "wrote %s/main.tf: %,d bytes, %,d lines%n",
        directory,
        text.length(),
        text.lines().count());
  }

  static String generate(long bytes) {
    StringBuilder out = new StringBuilder();
    out.append("variable \"env\" {\n  type    = string\n  default = \"prod\"\n}\n\n");
    out.append("variable \"vpc_id\" {\n  type = string\n}\n\n");
    boolean needle = false;
    for (int i = 0; out.length() < bytes; i++) {
      if (!needle && out.length() > bytes / 2) {
        out.append("resource \"aws_iam_user\" \"needle\" {\n  name = \"needle\"\n}\n\n");
        needle = true;
      }
      // A fixed, irregular mix: (i * 7) % 11 cycles through every kind without a short period.
      switch ((i * 7) % 11 % 4) {
        case 0 -> bucket(out, i);
        case 1 -> role(out, i);
        case 2 -> policy(out, i);
        default -> securityGroup(out, i);
      }
    }
    return out.toString();
  }

  private static void bucket(StringBuilder out, int i) {
    String[] teams = {"core", "data", "web"};
    out.append(
        String.format(
            Locale.ROOT,
            """
            resource "aws_s3_bucket" "b%1$d" {
              bucket = "bucket-%1$d-${var.env}"
              tags = {
                Name = "bucket-%1$d"
                team = "%2$s"
              }
            }

            """,
            i,
            teams[i % teams.length]));
  }

  private static void role(StringBuilder out, int i) {
    out.append(
        String.format(
            Locale.ROOT,
            """
            resource "aws_iam_role" "r%1$d" {
              name = "role-%1$d"
              assume_role_policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
              })
            }

            """,
            i));
  }

  private static void policy(StringBuilder out, int i) {
    out.append(
        String.format(
            Locale.ROOT,
            """
            resource "aws_iam_policy" "p%1$d" {
              name   = "policy-%1$d"
              policy = <<-EOT
                {
                  "Version": "2012-10-17",
                  "Statement": [{ "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::bucket-%1$d/*" }]
                }
              EOT
            }

            """,
            i));
  }

  private static void securityGroup(StringBuilder out, int i) {
    out.append(
        String.format(
            Locale.ROOT,
            """
            resource "aws_security_group" "s%1$d" {
              name   = "sg-%1$d"
              vpc_id = var.vpc_id
              dynamic "ingress" {
                for_each = [22, 443]
                content {
                  from_port   = ingress.value
                  to_port     = ingress.value
                  protocol    = "tcp"
                  cidr_blocks = ["10.0.0.0/16"]
                }
              }
            }

            """,
            i));
  }
}

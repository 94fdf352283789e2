variable "account_id" {
  type        = string
  description = "The workload account the groups are assigned to."
}

variable "root_id" {
  type        = string
  description = "The organization root the guardrails attach to."
}

variable "auditors_group_id" {
  type = string
}

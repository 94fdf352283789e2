this is not hcl at all

variable "x" {
  default = <<EOT
  never ends

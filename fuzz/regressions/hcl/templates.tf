output "o" {
  value = "%{ for x in var.l }${x}%{ endfor }${"nested ${"deep"}"}"
}
output "o" {
  value = "%{ for x in var.l }${x}%{ endfor }${"nested ${"deep"}"}"
}
output "o" {
  value = "%{ for x in var.l }${x}%{ endfor }${"nested ${"deep"}"}"
}

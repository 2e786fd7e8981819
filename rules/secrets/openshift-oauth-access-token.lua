return {
  id = "secrets.openshift-oauth-access-token",
  title = "OpenShift OAuth access token",
  severity = "high",
  tags = { "secrets", "openshift" },
  applies_to = { "*" },
  help = [=[An OpenShift OAuth access token (`sha256~…`), the bearer token that `oc login` stores in the kubeconfig and `oc whoami -t` prints. Until it expires it calls the cluster API as the user who obtained it, with all of that user's roles, up to cluster-admin.

**Fix:** Delete the token (`oc delete useroauthaccesstokens <token-name>`, or `oc delete oauthaccesstokens` as an administrator) so it stops working at once, and review the cluster's audit log for requests made with it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.redhat.com/en/documentation/openshift_container_platform/4.12/html/oauth_apis/oauth-apis",
    "https://docs.openshift.com/rosa/authentication/managing-oauth-access-tokens.html",
    "https://github.com/openshift/library-go/blob/master/pkg/crypto/random.go",
  },
  pattern = [=[(?:^|[^A-Za-z0-9_~\-])(sha256~[A-Za-z0-9_\-]{43})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "sha256~" },
  entropy = 3.5,
  allow_context = { [=[(?i)\bname:[ \t]*[\"']?sha256~]=], [=[(?i)\bauthorize[ \t_]?token]=], [=[(?i)oauthaccesstokens/sha256~]=] },
  examples = {
    [=[oc login --token=sha256~nMbBRqhyyiX1Hweo68GrCftZZLJdzOzgugVxpE8uTuc --server=https://api.ocp.internal:6443]=],
    [=[    token: sha256~tqVMx2lD-vG6lOY51i8NUWnjz5nl9Dw3xFuFtUQZHw2]=],
  },
  negative_examples = {
    [=[oc login --token=sha256~HhdFmnKut3tK6anqWq2YxgfhoTpmih --server=https://api.ocp.internal:6443]=],
    [=[  name: sha256~nMbBRqhyyiX1Hweo68GrCftZZLJdzOzgugVxpE8uTuc]=],
    [=[oc login --token=sha256~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
  },
}

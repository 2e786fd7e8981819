return {
  id = "secrets.onepassword-service-account-token",
  title = "1Password service account token",
  severity = "critical",
  tags = { "secrets", "1password" },
  applies_to = { "*" },
  help = [[A 1Password service account token. It reads (and, if granted, writes) every item in the vaults the service account was given, i.e. the passwords and keys stored there.

**Fix:** Revoke the service account token in 1Password (Developer > Service accounts > the account > Revoke token) and rotate the items of the vaults it could read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://developer.1password.com/docs/service-accounts/",
    "https://developer.1password.com/docs/service-accounts/security/",
  },
  pattern = [[\b(ops_eyJ[A-Za-z0-9+/=_\-]{100,})]],
  keywords = { "ops_eyJ" },
  entropy = 4.0,
  examples = {
    [[OP_SERVICE_ACCOUNT_TOKEN=ops_eyJTH5MQati135URBWukP3dq3/gRAfvYFL4GGBImDqHsZel2BdZgY4lQLDX6icPMCQHRko7FyK70v34PlBY7dDh/MePZckViOiPyRnJhr6xBneH0RbsNtKtj2ao+id5UqvB4SWvKv5gsNdzLc/+mW2nqM0KaE7q2nxbNkcnp5Emme7gPxxyX1sVrLtQkAXJAdv1IuWlUoaX8v0LVeHOcSaTBGvsKudcDAOWAWFf8AwNw8HW1IgHJfGzO/QWuhGrf8gPIAzltH4xPNudygpX52QLZwD2NRL7XtJOi5mRHAT/qaGTo9Nkrk05E23qpd8AQPDbFb1azOBzvkSE4rjh3QFRZP9mnw/wNYmoPg4B0ZhqluYQsJ31xLTQNmTpKH1cR9JSOJ2/1cJl3cfQWzVihMuHXewVEcxphz+LJvokLmddfBwajFPaDG5UHSRHm3teMdGrfq2zbw7MIaJIOF3B7cBq8I5idRH3XumQo0T4CG4oYobxAb2dMul2zPcxLOheWzHtdoMkMek0my+rD1HJi+A87kuxtefAKBs2jVBko6SDxu1daBwlGoHc+R83mH+qulQ1D2a78vUDuNAP000Z0XWW+yV6]],
    [[  op_token: "ops_eyJD1twg0YXjGRtCkhdQxC5g2fJGTQz4WCJp7i42xltpFn5XJ7ByjIsNxveQeY2OpXjXp81Ym0lcGv8PaDLcL8aJHuYC3UzXELi3Iz7fUiWoZRvkPW+DWkc+q22RVHuEe8NY9rfZMGhKisz4I4YHclW9cXc3W4n8CezZ7T20/BLzhMIlnc4yaV1CQb6uCRyPg9wdjylnKwiym9te8Afbtp39J+Aw2ogijatveJMqe0UpuuO7g4mVfH7kd5ilkMFsbvANPxexQX5ITMPbZmc9/V3Vr68sGFOD1hZNfCLZq945cVQkq66W0uIRK5XWbgauEc9uAW8ylG4e/8LUnwDAF4/zwUHP4ZkEpoVzl+UJDIAW7mSYBULDdjxgW1Q9hz7/lJ3vx0+REzFHPBA4CfBTbB69YenVPXIjTo5j9MNNOQEReYaTA3SdEIdosPkAni4QCif+0d9CUiqaFaSyHEPziJkBfwTnpDKWCIqifXvo2v3DryR/2M7Kq+9+AAFNdy+ijqHC0EZrkgtPKUQoPlQbXFZKwRzkFWRtdTVvK/r8vWLB60lDXrkzTyDsz83/8KHwXhxx2F8k35Ofuyk0DO9vo4Wvgy0"]],
  },
  negative_examples = {
    [[OP_SERVICE_ACCOUNT_TOKEN=ops_eyJfAwBBqzzOMgr7rSGnB4k7dwWn7OlL+CX/Oedopdd]],
    [[OP_SERVICE_ACCOUNT_TOKEN=ops_<token>]],
    [[OP_SERVICE_ACCOUNT_TOKEN=${{ secrets.OP_SERVICE_ACCOUNT_TOKEN }}]],
  },
}

return {
  id = "secrets.aws-session-token",
  title = "AWS session token",
  severity = "high",
  tags = { "secrets", "aws" },
  applies_to = { "*" },
  help = [[The third part of temporary AWS credentials issued by STS (AssumeRole, GetSessionToken, SSO). Together with an `ASIA` key ID and its secret it signs requests as the assumed role until the session expires (15 minutes to 36 hours).

**Fix:** Revoke active sessions of the role (IAM console, role > *Revoke active sessions*, which adds a deny policy for tokens issued before now) and find out how the credentials were written to the file. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html",
    "https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html",
  },
  pattern = [[(?i)(?:\baws[\w.\-]{0,20}session[_\-]?token|\bx-amz-security-token|\bsessiontoken|\baws[\w.\-]{0,20}security[_\-]?token)["']?[ \t]*(?:=|:|=>)[ \t]*["']?([A-Za-z0-9/+]{100,}={0,2})(?:[^A-Za-z0-9+/=]|$)]],
  keywords = { "aws", "amz-security-token", "sessiontoken" },
  entropy = 4.0,
  stopwords = { "EXAMPLE" },
  examples = {
    [[aws_session_token = IQoJb3JpZ2luX2VjEKbQvAiFjEIT3cU9OmWxACbsjtQikj7s3qaCHwsmoUXeWUErXw537/KpbZnfsug/nq+I6U9FyehmVql9dTwhPslXi7uL6U5Q/8qre6TeUNjlWFzxAjJxa36BfsaGe2E+O9XCNBrp0sDkN9y5LlqpGEgsCAOhOh8aGfm5xENKTXCgMg72vKQjGB2kjs3Z9CBQQ9WGJaDqIwccZB1AzSKOT1hERoz54Dohcls+QO9kPLnBf15MGaHW6OmydpRvSnib0AFqeVfTMmtI3LI8a1z7oEwShbTYGMKMJQNEyKCp27p8S==]],
    [[export AWS_SESSION_TOKEN="FwoGZXIvYXdzENOS42AHtcpMtewerngynNy523Kg/2kg0Wn/wrykk5psvyIFKtxIgIRKE4e5Pv1TICrdPukCWgq14tUmT+dnEpfxINuDp0tTIUkmkuRgOuHINkgfW3UgKYVdjWI9OHs91K3+DMEjbkrX3rsNVYWEAbHANBRfc/uwExNmMflE16R6/FWOmeTpK3B2D2simZA4M53yT5Agte/vx/6m436ujbOhNNbdpFAxfkzEHoyqS0a02x8c8Y65bq5fC0vrj6y/bLy3h"]],
    [[  "SessionToken": "IQoJb3JpZ2luX2VjLXOLShlKYTphAxDRS38CfvDfTxeXAIjMiL0gKxzYpJnG62gmXu+6ANyCipmwH8+d5NPE7NWZMna/zYOCN/vU3p/cf0vT0dLTpFwTmO2DIrNTqxD9tLqQWwXhFPAU5PRTAzmYfOBFpg2MejJHNHb/utZgFBxPQLeO3J0VLT5fQ17cy0s2f86ypbR9FjiIKcrgf6bAJi4KlEOaGX64gkl5dgqlqcS8xsnYHlNbSXIbLjc6jYccO9vA/+HrpsbyHKNUvjryN4S7yM+vGYKSiPxFUuXJ273L+Jr5C1SLrPYKcFKHaAwS7pgVHsCI23vDf3tkjsK6X9KLV7LNLuu4hKAmkR/WgFgFj5xFc4O1xsx203KPwb547I8vxTHu1qaWe8GGUriVgZYdtAK5m1KT",]],
  },
  negative_examples = {
    [[aws_session_token = ${AWS_SESSION_TOKEN}]],
    [[aws_session_token = IQoJb3JpZ2luX2VjEXAMPLE]],
    [[SessionToken: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA]],
  },
}

/** True on CI services (no progress bars in their logs). */
export function isCI(env: Record<string, string | undefined>): boolean {
  const ci = env.CI;
  if (ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false") return true;
  return Boolean(env.GITHUB_ACTIONS || env.GITLAB_CI || env.BUILD_NUMBER || env.TF_BUILD || env.BUILDKITE || env.JENKINS_URL);
}

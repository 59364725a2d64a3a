/**
 * Commands that make no sense in a RUN: a build step has no terminal, no init system, no
 * running services and no network interfaces of its own to look at (hadolint DL3001's list).
 * Each with what to do instead.
 */
export const POINTLESS_COMMANDS: Readonly<Record<string, string>> = {
  ssh: 'a build cannot answer its prompts; fetch with curl/git, or use `RUN --mount=type=ssh` for private access',
  vim: 'nobody can type into an editor during a build; edit the file with sed, or COPY it in',
  shutdown: 'there is no system to shut down during a build',
  service: 'a service started in a RUN is gone when the step ends; start it in the ENTRYPOINT or CMD',
  ps: 'a build step has no other processes to list',
  free: 'the memory of a build step says nothing about the container that will run',
  top: 'an interactive monitor waits for a terminal the build does not have',
  kill: 'a build step has no other processes to stop',
  mount: 'a build step cannot mount file systems; use `RUN --mount=...` or VOLUME',
  ifconfig: 'the network of a build step is not the network the container will have',
};

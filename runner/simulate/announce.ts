// What a simulator (and the Docker-backed reference target) prints once it serves: one `key: value` per line, then
// `ready` — the lines scripts, tests and the README read (`cs-conformance simulate`, npm run target:docker).

export interface Announced {
  url: string;
  username: string;
  runningContainer: string;
  createdContainer: string;
}

/** The lines, each ending in a newline; `passwordEnv` names the variable the password was read from (never its value). */
export function announce(target: Announced, passwordEnv = 'CS_PASSWORD'): string {
  return announceLines(target, passwordEnv).map((line) => `${line}\n`).join('');
}

export function announceLines(target: Announced, passwordEnv = 'CS_PASSWORD'): string[] {
  return [
    `url: ${target.url}`,
    `username: ${target.username}`,
    `password-env: ${passwordEnv}`,
    `running-container: ${target.runningContainer}`,
    `created-container: ${target.createdContainer}`,
    'ready',
  ];
}

// What a reference target prints once it serves: one `key: value` per line, then `ready` — the lines scripts and the
// README read (npm run target:docker, npm run target:memory).

export interface Announced {
  url: string;
  username: string;
  runningContainer: string;
  createdContainer: string;
}

export function announce(target: Announced): string {
  return [
    `url: ${target.url}`,
    `username: ${target.username}`,
    'password-env: CS_PASSWORD',
    `running-container: ${target.runningContainer}`,
    `created-container: ${target.createdContainer}`,
    'ready',
    '',
  ].join('\n');
}

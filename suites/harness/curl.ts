// A curl command that reproduces one recorded (already redacted) request.
import type { Exchange } from '../../reporters/model.ts';

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
const KEEP = new Set(['content-type', 'prefer', 'accept']);

export function curlFor(exchange: Exchange, insecure: boolean): string {
  const { method, url, headers, body } = exchange.request;
  const parts = ['curl', '-sS', '-i'];
  if (insecure) parts.push('-k');
  parts.push('-X', method);
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'cookie') parts.push('-b', quote(value));
    else if (KEEP.has(name)) parts.push('-H', quote(`${name}: ${value}`));
  }
  if (body !== undefined && body !== '') parts.push('--data-raw', quote(body));
  parts.push(quote(url));
  return parts.join(' ');
}

// The report's stylesheet and script. They are constants (never built from run data) so the page's
// Content-Security-Policy can allow exactly these two by hash and nothing else, even if escaping ever failed.

import { createHash } from 'node:crypto';

export const CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #fff; --line: #d0d7de; --code: #f6f8fa;
  --pass: #1a7f37; --warn: #9a6700; --fail: #cf222e; --error: #8250df; --skip: #6e7781; --known: #bc4c00; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #8d96a0; --bg: #0d1117; --line: #30363d;
  --code: #161b22; --pass: #3fb950; --warn: #d29922; --fail: #f85149; --error: #a371f7; --skip: #8d96a0; --known: #db6d28; } }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
main { padding: 0 24px 48px; max-width: 1400px; margin: 0 auto; }
.verdict { padding: 20px 24px; color: #fff; }
.verdict.conformant { background: var(--pass); }
.verdict.not-conformant { background: var(--fail); }
.verdict h1 { margin: 0; font-size: 32px; letter-spacing: .04em; }
.verdict p { margin: 4px 0 0; font-size: 16px; }
h2 { margin: 28px 0 10px; font-size: 18px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 20px 0 8px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
code, pre { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--code); border: 1px solid var(--line); padding: 10px; overflow: auto; max-height: 480px;
  white-space: pre-wrap; word-break: break-word; margin: 4px 0 12px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { position: sticky; top: 0; background: var(--bg); }
td.num { text-align: right; white-space: nowrap; }
table.kv { width: auto; }
.badge { display: inline-block; min-width: 52px; text-align: center; padding: 1px 6px; border-radius: 10px;
  font-size: 12px; font-weight: 600; color: #fff; }
.badge.pass { background: var(--pass); } .badge.warn { background: var(--warn); } .badge.fail { background: var(--fail); }
.badge.error { background: var(--error); } .badge.skip { background: var(--skip); } .badge.known { background: var(--known); }
.badge.blocked { background: var(--error); }
td.id, .id, .level { white-space: nowrap; }
#failures ol { padding-left: 20px; } #failures li { margin: 0 0 14px; } #failures .id { font-weight: 600; }
.curl-line { display: flex; gap: 8px; align-items: flex-start; } .curl-line pre { flex: 1; margin: 0; }
button.copy { white-space: nowrap; }
.note { color: var(--muted); margin-top: 2px; white-space: pre-wrap; }
.note.warn { color: var(--warn); } .note.fail { color: var(--fail); } .note.error { color: var(--error); } .note.known { color: var(--known); }
.note.blocked { color: var(--error); }
ul.obs { margin: 2px 0 0; padding-left: 18px; color: var(--muted); }
tr.detail > td { padding-top: 0; }
tr.check:has(+ tr.detail) > td { border-bottom: none; }
details > summary { cursor: pointer; color: var(--muted); }
details h3 { font-size: 13px; margin: 10px 0 0; }
.filters { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: center; margin: 8px 0 12px; }
.filters fieldset { border: 1px solid var(--line); padding: 4px 10px; margin: 0; }
.filters label { margin-right: 10px; white-space: nowrap; }
#root-causes ol { padding-left: 20px; } #root-causes li { margin: 0 0 16px; } #root-causes .id { font-weight: 600; }
#root-causes .rc { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
footer { color: var(--muted); margin-top: 32px; font-size: 12px; }
`;

export const JS = `
(() => {
  const rows = Array.from(document.querySelectorAll('#checks tbody tr'));
  const boxes = Array.from(document.querySelectorAll('input[name="status"]'));
  const suite = document.getElementById('suite-filter');
  const text = document.getElementById('text-filter');
  const shown = document.getElementById('shown');
  const total = rows.filter((r) => r.classList.contains('check')).length;
  // A check's text is its row and its evidence row together, so a reason or a transcript line finds it.
  const textOf = new Map();
  for (const r of rows) textOf.set(r.dataset.check, (textOf.get(r.dataset.check) || '') + ' ' + r.textContent.toLowerCase());
  function apply() {
    const on = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    const q = text.value.trim().toLowerCase();
    let n = 0;
    for (const r of rows) {
      const visible = on.has(r.dataset.status) && (suite.value === '' || r.dataset.suite === suite.value) && (q === '' || textOf.get(r.dataset.check).includes(q));
      r.hidden = !visible;
      if (visible && r.classList.contains('check')) n++;
    }
    shown.textContent = n + ' of ' + total + ' checks shown';
  }
  for (const b of boxes) b.addEventListener('change', apply);
  suite.addEventListener('change', apply);
  text.addEventListener('input', apply);
  for (const b of document.querySelectorAll('button.copy')) {
    b.addEventListener('click', () => {
      const value = document.getElementById(b.dataset.copy).textContent;
      const done = () => { b.textContent = 'Copied'; };
      const fallback = () => {
        const area = document.createElement('textarea');
        area.value = value;
        document.body.appendChild(area);
        area.select();
        document.execCommand('copy');
        area.remove();
        done();
      };
      if (navigator.clipboard) navigator.clipboard.writeText(value).then(done, fallback);
      else fallback();
    });
  }
  document.getElementById('expand').addEventListener('click', () => {
    for (const d of document.querySelectorAll('tr.detail.broken details')) d.open = true;
  });
  apply();
})();
`;

export function hash(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** No fetch of any kind: everything but the inline style and script above is refused. */
export const CSP = [
  "default-src 'none'",
  `style-src ${hash(CSS)}`,
  `script-src ${hash(JS)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// The index of core/redaction/redact.ts against the alternation it replaced (test/safety/regex-redactor.ts): on random
// secrets made of the characters that have the most forms, learned under random placeholders, some inside others, and
// on texts that mix their forms character by character with noise, cut forms, base64, placeholders and runs of the
// characters escapes start with, both give the same text, byte for byte.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COOKIE_PLACEHOLDER, PASSWORD_PLACEHOLDER, Redactor, TOKEN_PLACEHOLDER } from '../../core/redaction/redact.ts';
import { formsOf } from '../servers/echoing.ts';
import { RegexRedactor } from './regex-redactor.ts';

/** Characters with many forms or that start one (`\`, `%`, `&`, `+`, `u`, hex digits), a non-ASCII and an astral one. */
const CHARS = ['a', 'b', 'F', '1', '0', 'u', 'x', '\\', '"', '/', '%', '&', '+', ' ', '#', ';', '<', "'", 'é', '😀', '\n'];
const char = fc.constantFrom(...CHARS);
const PLACEHOLDERS = [PASSWORD_PLACEHOLDER, COOKIE_PLACEHOLDER, TOKEN_PLACEHOLDER];

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
const json = (s: string): string => JSON.stringify(s).slice(1, -1);
const NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Every way one character may be written (core/redaction/redact.ts's list), upper and lower case hex apart. */
function formsOfChar(c: string): string[] {
  const units = Array.from({ length: c.length }, (_, i) => hex(c.charCodeAt(i), 4));
  const bytes = [...Buffer.from(c, 'utf8')].map((b) => hex(b, 2));
  const cp = c.codePointAt(0)!;
  const forms = [c, json(c), json(json(c)), units.map((u) => `\\u${u}`).join(''), units.map((u) => `\\u${u.toUpperCase()}`).join(''), units.map((u) => `\\\\u${u}`).join('')];
  forms.push(bytes.map((b) => `%${b}`).join(''), bytes.map((b) => `%${b.toUpperCase()}`).join(''), `&#${cp};`, `&#00${cp};`, `&#x${cp.toString(16)};`, `&#X0${cp.toString(16).toUpperCase()};`);
  if (c === '/') forms.push('\\/', '\\\\/');
  if (c === ' ') forms.push('+');
  if (NAMED[c]) forms.push(NAMED[c]);
  return forms;
}

const mixedForm = (secret: string, picks: number[]): string => [...secret].map((c, i) => { const f = formsOfChar(c); return f[picks[i % picks.length] % f.length]; }).join('');

const scenario = fc
  .record({
    secrets: fc.array(fc.record({ chars: fc.array(char, { minLength: 4, maxLength: 14 }), placeholder: fc.constantFrom(...PLACEHOLDERS), from: fc.nat(), cut: fc.nat() }), { minLength: 1, maxLength: 4 }),
    pieces: fc.array(
      fc.record({ kind: fc.nat(8), which: fc.nat(), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), noise: fc.array(char, { maxLength: 5 }), cut: fc.nat() }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ secrets, pieces }) => {
    const learned: [string, string][] = [];
    for (const s of secrets) {
      let value = s.chars.join('');
      // Every other secret is a piece of one learned before it, or one of them with more around it.
      if (learned.length && s.from % 3 === 1) value = [...learned[s.from % learned.length][0]].slice(s.cut % 3).join('') + s.chars.slice(0, 2).join('');
      if (learned.length && s.from % 3 === 2) value = s.chars.slice(0, 3).join('') + learned[s.from % learned.length][0];
      learned.push([value, s.placeholder]);
    }
    const text = pieces
      .map((p) => {
        const [secret] = learned[p.which % learned.length];
        const noise = p.noise.join('');
        switch (p.kind) {
          case 0:
            return noise;
          case 1:
          case 2:
            return noise + mixedForm(secret, p.picks);
          case 3: {
            const forms = formsOf(secret);
            return forms[p.cut % forms.length] + noise;
          }
          case 4: {
            const form = mixedForm(secret, p.picks);
            return form.slice(0, form.length - 1 - (p.cut % 4));
          }
          case 5: {
            const b64 = Buffer.from(noise.slice(0, p.cut % 3) + secret + noise).toString(p.cut % 2 ? 'base64url' : 'base64');
            return b64;
          }
          case 6:
            return PLACEHOLDERS[p.cut % 3] + noise;
          case 7:
            // The noise (or a backslash) up to a dozen times over: runs of backslashes, `%`, `&` or `+`.
            return (noise || '\\').repeat(1 + (p.cut % 12));
          default:
            return JSON.stringify({ message: `got ${mixedForm(secret, p.picks)}` });
        }
      })
      .join('');
    return { learned, text };
  });

describe('the index gives the alternation\'s text', () => {
  it('on mixed forms of overlapping secrets (property)', () => {
    fc.assert(
      fc.property(scenario, ({ learned, text }) => {
        const before = new RegexRedactor();
        const after = new Redactor();
        for (const [value, placeholder] of learned) {
          before.addSecret(value, placeholder);
          after.addSecret(value, placeholder);
        }
        const expected = before.text(text);
        expect(after.text(text)).toBe(expected);
        // And on its own output, as a report's last pass does.
        expect(after.text(expected)).toBe(before.text(expected));
      }),
      { numRuns: 1500, seed: 24 },
    );
  });

  it('with cookies learned by name, headers and deep values', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom('NAS_SID', 'CS_SESS_ID', 'QTOKEN'), ({ learned, text }, name) => {
        const before = new RegexRedactor();
        const after = new Redactor();
        for (const [value] of learned) {
          before.addCookie(name, value);
          after.addCookie(name, value);
        }
        const headers: [string, string][] = [['Cookie', `${name}=${learned[0][0]}`], ['Set-Cookie', `${name}=${learned[0][0]}; Path=/`], ['X-Echo', text]];
        expect(after.headers(headers)).toEqual(before.headers(headers));
        const model = { [text]: [text, `${name}=${text}`, 1, null], nested: { text } };
        expect(after.deep(model)).toEqual(before.deep(model));
      }),
      { numRuns: 500, seed: 2024 },
    );
  });

  it('at a thousand rotated cookies, as at the few a text holds', () => {
    // As a NAS that sets a new cookie on every answer leaves them: 32 hex characters each, under one name.
    const cookies = Array.from({ length: 1000 }, (_, i) => createHash('md5').update(`cookie ${i}`).digest('hex'));
    const after = new Redactor();
    after.addSecret('hunter2-XYZ', PASSWORD_PLACEHOLDER);
    for (const cookie of cookies) after.addCookie('NAS_SID', cookie);
    const piece = fc.record({ which: fc.nat(999), form: fc.nat(), noise: fc.string({ maxLength: 30 }) });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const before = new RegexRedactor();
        before.addSecret('hunter2-XYZ', PASSWORD_PLACEHOLDER);
        for (const which of [...new Set(pieces.map((p) => p.which))].sort((a, b) => a - b)) before.addCookie('NAS_SID', cookies[which]);
        const text = pieces.map((p) => { const forms = formsOf(cookies[p.which]); return `${p.noise}${forms[p.form % forms.length]}`; }).join(' hunter2-XYZ ');
        expect(after.text(text)).toBe(before.text(text));
      }),
      { numRuns: 300, seed: 1000 },
    );
  });
});

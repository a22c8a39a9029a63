// What the Redactor does where secrets meet: one inside another, two overlapping, one learned under each placeholder,
// a secret spelled like a placeholder, a text already redacted, forms mixed inside one secret, an escape that could
// be read more than one way. These pin the behaviour of the alternation the Redactor used before issue 24 (one regex
// per placeholder, passes in the order the placeholders were first learned; in a pass the leftmost match wins, then
// the secret learned first, then its plain form before its base64 fragments; an escape is read in the order
// raw, short escape, escaped twice, \uXXXX, \\uXXXX, percent, `+`, decimal, hex, named), which the index replaced.
import { describe, expect, it } from 'vitest';
import { COOKIE_PLACEHOLDER as C, PASSWORD_PLACEHOLDER as P, Redactor, TOKEN_PLACEHOLDER as T } from '../../core/redaction/redact.ts';

function redactor(...secrets: [string, string][]): Redactor {
  const r = new Redactor();
  for (const [value, placeholder] of secrets) r.addSecret(value, placeholder);
  return r;
}

describe('secrets that meet', () => {
  it('under one placeholder: the leftmost match, then the secret learned first (not the longest)', () => {
    expect(redactor(['abcdef12', C], ['abcdef1234', C]).text('x abcdef1234 y')).toBe(`x ${C}34 y`);
    expect(redactor(['abcdef1234', C], ['abcdef12', C]).text('x abcdef1234 y')).toBe(`x ${C} y`);
    // A secret inside a longer one learned later: the longer one starts first.
    expect(redactor(['cdef1234', C], ['abcdef123456', C]).text('x abcdef123456 y')).toBe(`x ${C} y`);
    // Overlapping: the one that starts first, whichever was learned first.
    expect(redactor(['aaaa1111bbbb', C], ['1111bbbbcccc', C]).text('x aaaa1111bbbbcccc y')).toBe(`x ${C}cccc y`);
    expect(redactor(['1111bbbbcccc', C], ['aaaa1111bbbb', C]).text('x aaaa1111bbbbcccc y')).toBe(`x ${C}cccc y`);
    // Side by side, in different forms.
    expect(redactor(['abcdef12', C]).text('abcdef12abcdef12%61bcdef12')).toBe(C.repeat(3));
  });

  it('under different placeholders: one pass per placeholder, in the order they were first learned', () => {
    expect(redactor(['hunter2-XYZ', P], ['c0-hunter2-XYZ-ff', C]).text('x c0-hunter2-XYZ-ff y')).toBe(`x c0-${P}-ff y`);
    expect(redactor(['c0-hunter2-XYZ-ff', C], ['hunter2-XYZ', P]).text('x c0-hunter2-XYZ-ff y')).toBe(`x ${C} y`);
    expect(redactor(['aaaa1111bbbb', P], ['1111bbbbcccc', C]).text('x aaaa1111bbbbcccc y')).toBe(`x ${P}cccc y`);
    expect(redactor(['1111bbbbcccc', C], ['aaaa1111bbbb', P]).text('x aaaa1111bbbbcccc y')).toBe(`x aaaa${C} y`);
    // A non-distinctive secret does not decide the order: the cookie's pass comes first here.
    expect(redactor(['secret', P], ['tok-0123456789', T], ['0123456789abcdef', C]).text('0123456789abcdef tok-0123456789')).toBe(`${C} ${T}`);
  });

  it('keeps a redacted text as it is, and a later placeholder out of an earlier pass', () => {
    const r = redactor(['hunter2-XYZ', P], ['0123456789abcdef0123', C]);
    const redacted = `{"password":"${P}","Cookie":"NAS=${C}"} ${P} ${T}`;
    expect(r.text(redacted)).toBe(redacted);
    // A secret spelled like a placeholder's inside: a pass never sees the placeholders of the passes after it…
    expect(redactor(['session-cookie', P], ['0123456789abcdef0123', C]).text('x 0123456789abcdef0123 and session-cookie')).toBe(`x ${C} and ${P}`);
    // …but does see those of the passes before it, and of an earlier redaction.
    expect(redactor(['0123456789abcdef0123', C], ['session-cookie', P]).text('x 0123456789abcdef0123 and session-cookie')).toBe(`x <${P}> and ${P}`);
    expect(redactor(['session-cookie', P]).text(`x ${C}`)).toBe(`x <${P}>`);
  });
});

describe('forms read more than one way', () => {
  it('reads a backslash as raw first, then as an escape, then escaped twice', () => {
    // A trailing backslash: the raw one already completes the match.
    expect(redactor(['abc123\\', P]).text('x abc123\\\\\\\\ y')).toBe(`x ${P}\\\\\\ y`);
    // Inside: whichever reading lets the rest match.
    expect(redactor(['x\\y12345', P]).text('a x\\\\\\\\y12345 b | x\\\\y12345 | x\\y12345')).toBe(`a ${P} b | ${P} | ${P}`);
    // Escaped inside a JSON string inside a JSON string.
    expect(redactor(['a"b\\c/d12', P]).text('m: "{\\"p\\":\\"a\\\\\\"b\\\\\\\\c\\\\/d12\\"}"')).toBe(`m: "{\\"p\\":\\"${P}\\"}"`);
  });

  it('finds a secret whose characters each take another form', () => {
    expect(redactor(['pass/word é1', P]).text('a %70a\\u0073s\\/w&#111;&#x72;d+%C3%A9\\u00311 b')).toBe(`a ${P}1 b`);
    expect(redactor(['ab😀cd12', P]).text('x ab%F0%9F%98%80cd12 ab\\ud83d\\uDE00cd12 ab&#128512;cd12 ab😀cd12')).toBe(`x ${P} ${P} ${P} ${P}`);
    expect(redactor([`<a'b>&"12`, P]).text('&lt;a&apos;b&gt;&amp;&quot;12 &lt;a&#39;b&gt;&amp;&quot;12 &LT;a')).toBe(`${P} ${P} &LT;a`);
    // Leading zeros in a character reference; a number that is not the character's.
    expect(redactor(['abcdef12', C]).text('&#0097;bcdef12 &#x0061;bcdef12 &#9;bcdef12')).toBe(`${C} ${C} &#9;bcdef12`);
  });

  it('replaces the base64 characters that depend on the secret alone, at every alignment', () => {
    const r = redactor(['hunter2-XYZ', P]);
    expect(r.text(Buffer.from('admin:hunter2-XYZ').toString('base64'))).toBe(`YWRtaW46${P}o=`);
    expect(r.text(Buffer.from('hunter2-XYZ').toString('base64url'))).toBe(`${P}o`);
    for (const pad of ['', 'a', 'ab']) expect(r.text(Buffer.from(`${pad}hunter2-XYZ!`).toString('base64'))).toContain(P);
  });
});

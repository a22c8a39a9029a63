// The Redactor: every form of a distinctive secret, anywhere; a short or plain one only where it stands by structure,
// so that its placeholder never replaces ordinary text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COOKIE_PLACEHOLDER, isDistinctive, PASSWORD_PLACEHOLDER, Redactor, TOKEN_PLACEHOLDER } from '../../core/redaction/redact.ts';
import { escapeControls } from '../../core/output.ts';
import { formsOf } from '../servers/echoing.ts';

const redactorFor = (password: string): Redactor => {
  const r = new Redactor();
  r.addSecret(password, PASSWORD_PLACEHOLDER);
  return r;
};

describe('Redactor', () => {
  it('replaces every form of a distinctive password, inside any text', () => {
    const pw = `pa"ss\\ w%rd&<x/é-42`;
    const r = redactorFor(pw);
    const forms = [...formsOf(pw), Buffer.from(`admin:${pw}`).toString('base64'), Buffer.from(pw).toString('base64url')];
    for (const form of forms) {
      const out = r.text(`before ${form} after`);
      expect(out, form).toContain(PASSWORD_PLACEHOLDER);
      expect(out.includes(form), form).toBe(false);
    }
  });

  it('replaces every form of random distinctive secrets (property)', () => {
    const secret = fc.string({ unit: 'grapheme', minLength: 12, maxLength: 30 });
    fc.assert(
      fc.property(secret, fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (pw, before, after) => {
        const r = redactorFor(pw);
        for (const form of formsOf(pw)) expect(r.text(before + form + after).includes(form), form).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('redacts login bodies and password fields by structure, even for a 1-character password', () => {
    const r = redactorFor('a');
    expect(r.text('{"username":"admin","password":"a"}')).toBe(`{"username":"admin","password":"${PASSWORD_PLACEHOLDER}"}`);
    expect(r.text('username=admin&password=a')).toBe(`username=admin&password=${PASSWORD_PLACEHOLDER}`);
    expect(r.text('{\\"password\\": \\"a\\"}')).toBe(`{\\"password\\": \\"${PASSWORD_PLACEHOLDER}\\"}`);
    // …and never by coincidence: ordinary text keeps its "a"s.
    expect(r.text('a network was created at 12:00 by a client')).toBe('a network was created at 12:00 by a client');
    expect(isDistinctive('a')).toBe(false);
    expect(isDistinctive('secret')).toBe(false);
    expect(isDistinctive('password')).toBe(false);
    expect(isDistinctive('s3cret')).toBe(true);
    expect(isDistinctive('correcthorsebattery')).toBe(true);
  });

  it('redacts token fields and every cookie the target set, with its name, wherever it is quoted', () => {
    const r = new Redactor();
    r.addCookie('NAS_SID', 'x1');
    r.addCookie('CS_SESS_ID', '0123456789abcdef0123');
    expect(r.text('{"sid":"anything","token":"t"}')).toBe(`{"sid":"${TOKEN_PLACEHOLDER}","token":"${TOKEN_PLACEHOLDER}"}`);
    expect(r.text('request Cookie: NAS_SID=x1; CS_SESS_ID=0123456789abcdef0123')).toBe(`request Cookie: NAS_SID=${COOKIE_PLACEHOLDER}; CS_SESS_ID=${COOKIE_PLACEHOLDER}`);
    expect(r.text('session 0123456789abcdef0123 expired')).toBe(`session ${COOKIE_PLACEHOLDER} expired`);
    // A short cookie value is not hunted in free text.
    expect(r.text('x1 is a label')).toBe('x1 is a label');
  });

  it('redacts every string of a model, keys included, without changing the original', () => {
    const r = redactorFor('hunter2-XYZ');
    const model = { a: ['hunter2-XYZ'], b: { 'k-hunter2-XYZ': 1, c: 'x hunter2-XYZ y' }, n: 3, f: false, z: null };
    const out = r.deep(model);
    expect(out).toEqual({ a: [PASSWORD_PLACEHOLDER], b: { [`k-${PASSWORD_PLACEHOLDER}`]: 1, c: `x ${PASSWORD_PLACEHOLDER} y` }, n: 3, f: false, z: null });
    expect(model.a[0]).toBe('hunter2-XYZ');
  });

  it('hands what it learned to another Redactor', () => {
    const worker = new Redactor();
    worker.addCookie('S', 'cookie-value-1234');
    const runner = new Redactor();
    runner.learn(worker.secrets());
    expect(runner.text('cookie-value-1234')).toBe(COOKIE_PLACEHOLDER);
  });
});

describe('the console', () => {
  it('escapes C0 and C1 control characters and DEL, keeping line feeds and tabs', () => {
    expect(escapeControls('a\u001b[31mred\u0007\r\n\tb\u0085c\u007f')).toBe('a\\u001b[31mred\\u0007\\u000d\n\tb\\u0085c\\u007f');
  });
});

// The part of GitHub's `${{ … }}` expression language our YAML uses, evaluated as the runner does: context paths
// (`matrix.nas.name`, `steps.cs.outputs.verdict`), indexing (`secrets[matrix.nas.secret]`), string literals, `!`,
// `==`/`!=` (case-insensitive, as GitHub compares strings), `&&`/`||`, parentheses and the status functions. Anything
// else throws, so a workflow cannot grow an expression this harness would silently misread.

/** Context name → value (an object, or a Proxy that throws on a name it does not declare). */
export type Contexts = Record<string, unknown>;

/** Whether a step of the job has failed so far: what success(), failure() and always() answer. */
export interface JobStatus {
  failed: boolean;
}

type Token = { kind: 'name' | 'string' | 'punct'; text: string };

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:([A-Za-z_][\w-]*)|'((?:[^']|'')*)'|(==|!=|&&|\|\||[.[\]()!]))/y;
  let at = 0;
  while (at < expr.length) {
    if (/^\s*$/.test(expr.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(expr);
    if (!m) throw new Error(`an expression this harness does not evaluate: ${expr}`);
    if (m[1] !== undefined) tokens.push({ kind: 'name', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'string', text: m[2].replaceAll("''", "'") });
    else tokens.push({ kind: 'punct', text: m[3] });
    at = re.lastIndex;
  }
  return tokens;
}

const STATUS_FUNCTIONS: Record<string, (s: JobStatus) => boolean> = {
  always: () => true,
  success: (s) => !s.failed,
  failure: (s) => s.failed,
  cancelled: () => false,
};

export function truthy(v: unknown): boolean {
  return v !== undefined && v !== null && v !== false && v !== '' && v !== 0;
}

function asText(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

/** Evaluates one expression (without its `${{ }}`). */
export function evaluateExpression(expr: string, contexts: Contexts, status: JobStatus): unknown {
  const tokens = tokenize(expr);
  let i = 0;
  const peek = (text: string) => tokens[i]?.kind === 'punct' && tokens[i].text === text;
  const expect = (text: string) => {
    if (!peek(text)) throw new Error(`expected "${text}" in the expression: ${expr}`);
    i++;
  };
  function or(): unknown {
    let v = and();
    while (peek('||')) {
      i++;
      const w = and();
      v = truthy(v) ? v : w;
    }
    return v;
  }
  function and(): unknown {
    let v = unary();
    while (peek('&&')) {
      i++;
      const w = unary();
      v = truthy(v) ? w : v;
    }
    return v;
  }
  function unary(): unknown {
    if (peek('!')) {
      i++;
      return !truthy(unary());
    }
    const left = primary();
    if (peek('==') || peek('!=')) {
      const negate = tokens[i++].text === '!=';
      const same = asText(left).toLowerCase() === asText(primary()).toLowerCase();
      return negate ? !same : same;
    }
    return left;
  }
  function primary(): unknown {
    const t = tokens[i++];
    if (!t) throw new Error(`an incomplete expression: ${expr}`);
    if (t.kind === 'string') return t.text;
    if (t.kind === 'punct' && t.text === '(') {
      const v = or();
      expect(')');
      return v;
    }
    if (t.kind !== 'name') throw new Error(`an expression this harness does not evaluate: ${expr}`);
    if (peek('(')) {
      i++;
      expect(')');
      const fn = STATUS_FUNCTIONS[t.text];
      if (!fn) throw new Error(`a function this harness does not evaluate: ${t.text}() in ${expr}`);
      return fn(status);
    }
    if (!(t.text in contexts)) throw new Error(`a context this harness does not provide: ${t.text} in ${expr}`);
    let v: unknown = contexts[t.text];
    for (;;) {
      let key: string;
      if (peek('.')) {
        i++;
        const name = tokens[i++];
        if (name?.kind !== 'name') throw new Error(`expected a property name in the expression: ${expr}`);
        key = name.text;
      } else if (peek('[')) {
        i++;
        key = asText(or());
        expect(']');
      } else return v;
      v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    }
  }
  const value = or();
  if (i !== tokens.length) throw new Error(`an expression this harness does not evaluate: ${expr}`);
  return value;
}

/** A string with `${{ … }}` inside, each replaced by its value as text (null and missing as ''). */
export function interpolate(text: string, contexts: Contexts, status: JobStatus = { failed: false }): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expr: string) => {
    const v = evaluateExpression(expr, contexts, status);
    if (v !== null && typeof v === 'object') throw new Error(`an expression that yields an object, pasted into text: ${expr}`);
    return asText(v);
  });
}

/** An `if:`: with no status function in it, GitHub runs it as `success() && (…)`. */
export function condition(text: string | boolean | undefined, contexts: Contexts, status: JobStatus): boolean {
  if (text === undefined) return !status.failed;
  const expr = String(text).trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const value = truthy(evaluateExpression(expr, contexts, status));
  return /\b(always|success|failure|cancelled)\s*\(/.test(expr) ? value : value && !status.failed;
}

/** A context whose every name must be declared (the Action's inputs): a typo throws instead of reading ''. */
export function strictContext(values: Record<string, string>, what: string): Record<string, string> {
  return new Proxy(values, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target)) throw new Error(`${what} uses an undeclared name: ${key}`);
      return target[key as string];
    },
  });
}

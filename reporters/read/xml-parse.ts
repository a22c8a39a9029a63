// A small, strict XML reader for the JUnit files we write (and the usual JUnit a CI tool writes): elements,
// attributes, text, CDATA, comments, processing instructions. DTDs with an internal subset are refused, so no entity
// expansion can happen. It throws XmlError with the line number on anything it does not understand.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(src: string): XmlElement {
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const fail = (msg: string): never => {
    const line = src.slice(0, i).split('\n').length;
    throw new XmlError(`invalid XML at line ${line}: ${msg}`);
  };
  const skipPast = (end: string, what: string) => {
    const j = src.indexOf(end, i);
    if (j < 0) fail(`unterminated ${what}`);
    const body = src.slice(i, j);
    i = j + end.length;
    return body;
  };
  const decode = (raw: string): string =>
    raw.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);|&/g, (m, ref: string | undefined) => {
      if (!ref) return fail('bare "&"');
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!(code >= 0 && code <= 0x10ffff)) fail(`bad character reference ${m}`);
        return String.fromCodePoint(code);
      }
      return PREDEFINED[ref] ?? fail(`unknown entity ${m}`);
    });
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(src);
    if (!m) return fail('expected a name');
    i = NAME.lastIndex;
    return m[0];
  };
  const spaces = () => {
    while (i < src.length && ' \t\r\n'.includes(src[i])) i++;
  };
  const addChild = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (typeof node === 'string') {
      if (node.trim()) fail('text outside the root element');
    } else if (root) fail('more than one root element');
    else root = node;
  };

  while (i < src.length) {
    if (src.startsWith('<?', i)) {
      i += 2;
      skipPast('?>', 'processing instruction');
    } else if (src.startsWith('<!--', i)) {
      i += 4;
      skipPast('-->', 'comment');
    } else if (src.startsWith('<![CDATA[', i)) {
      if (!stack.length) fail('CDATA outside the root element');
      i += 9;
      addChild(skipPast(']]>', 'CDATA section'));
    } else if (src.startsWith('<!DOCTYPE', i)) {
      const j = src.indexOf('>', i);
      if (j < 0 || src.slice(i, j).includes('[')) fail('DOCTYPE with an internal subset is not supported');
      i = j + 1;
    } else if (src.startsWith('</', i)) {
      i += 2;
      const n = name();
      spaces();
      if (src[i] !== '>') fail(`expected ">" closing </${n}`);
      i++;
      const open = stack.pop();
      if (!open || open.name !== n) fail(`</${n}> does not close <${open?.name ?? '(nothing)'}>`);
      if (!stack.length) addChild(open as XmlElement);
    } else if (src[i] === '<') {
      i++;
      const el: XmlElement = { name: name(), attrs: {}, children: [] };
      for (;;) {
        const before = i;
        spaces();
        if (src.startsWith('/>', i)) {
          i += 2;
          addChild(el);
          break;
        }
        if (src[i] === '>') {
          i++;
          // The root is recorded when it closes, so a truncated file is reported as such.
          if (stack.length) addChild(el);
          stack.push(el);
          break;
        }
        if (i === before) fail(`expected whitespace or ">" in <${el.name}>`);
        const a = name();
        spaces();
        if (src[i] !== '=') fail(`expected "=" after attribute ${a}`);
        i++;
        spaces();
        const q = src[i];
        if (q !== '"' && q !== "'") fail(`expected a quoted value for attribute ${a}`);
        i++;
        const raw = skipPast(q, `value of attribute ${a}`);
        if (raw.includes('<')) fail(`"<" in the value of attribute ${a}`);
        if (a in el.attrs) fail(`duplicate attribute ${a}`);
        // Attribute-value normalisation: literal whitespace becomes a space; character references survive.
        el.attrs[a] = decode(raw.replace(/\r\n|[\t\n\r]/g, ' '));
      }
    } else {
      const j = src.indexOf('<', i);
      const raw = src.slice(i, j < 0 ? src.length : j);
      i = j < 0 ? src.length : j;
      addChild(decode(raw.replace(/\r\n?/g, '\n')));
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) fail('no root element');
  return root as XmlElement;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

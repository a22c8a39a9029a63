// Escaping for the XML we write. No CDATA: escaping every "<", "&" and ">" means "]]>" in a body needs no special case.

import { cleanText } from './text.ts';

export function xmlText(s: string): string {
  return cleanText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;'); // a parser would fold a raw CR into LF
}

export function xmlAttr(s: string): string {
  return cleanText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;') // attribute-value normalisation would turn raw TAB/LF/CR into spaces
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export function attrs(pairs: [string, string | number][]): string {
  return pairs.map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join('');
}

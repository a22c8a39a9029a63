import { describe, expect, it } from 'vitest';
import { parseXml, textOf } from '../../reporters/read/xml-parse.ts';

describe('parseXml', () => {
  it('reads elements, attributes, references, CDATA, comments and PIs', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?>\n<!-- c --><!DOCTYPE a>\n<a x="1 &amp; &lt;2&gt;" y=\'&#10;&#x41;\'><b/>t&#233;xt<![CDATA[<raw> & ]]><?pi x?></a>\n',
    );
    expect(root).toEqual({
      name: 'a',
      attrs: { x: '1 & <2>', y: '\nA' },
      children: [{ name: 'b', attrs: {}, children: [] }, 'téxt', '<raw> & '],
    });
    expect(textOf(root)).toBe('téxt<raw> & ');
  });

  it('normalises literal whitespace in attributes and CRLF in text', () => {
    const root = parseXml('<a v="x\ty\nz">1\r\n2\r3</a>');
    expect(root.attrs.v).toBe('x y z');
    expect(textOf(root)).toBe('1\n2\n3');
  });

  it('refuses what it does not understand, with a line number', () => {
    const bad: [string, RegExp][] = [
      ['', /no root element/],
      ['<a>', /<a> is never closed/],
      ['<a></b>', /<\/b> does not close <a>/],
      ['<a/><b/>', /more than one root element/],
      ['<a>&nbsp;</a>', /unknown entity &nbsp;/],
      ['<a>AT&T</a>', /bare "&"/],
      ['<a x="1" x="2"/>', /duplicate attribute x/],
      ['<a x=1/>', /expected a quoted value/],
      ['<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>', /internal subset/],
      ['<a>\n\n<b></a>', /at line 3: <\/a> does not close <b>/],
      ['text<a/>', /text outside the root element/],
    ];
    for (const [xml, message] of bad) expect(() => parseXml(xml), xml).toThrow(message);
  });
});

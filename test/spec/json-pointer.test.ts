// The one JSON Pointer helper (RFC 6901) against the RFC's own examples and the spec's $refs.
import { describe, expect, it } from 'vitest';
import { escapeToken, followRefs, nodeAt, parsePointer, pointerOf, refPointer, unescapeToken } from '../../contract/json-pointer.ts';
import { loadSpec } from '../../contract/spec.ts';

// RFC 6901 §5.
const rfc = { foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'c%d': 2, 'e^f': 3, 'g|h': 4, 'i\\j': 5, 'k"l': 6, ' ': 7, 'm~n': 8 };

describe('JSON pointer', () => {
  it('evaluates every example of RFC 6901 §5 and §6', () => {
    const cases: [string, unknown][] = [
      ['', rfc], ['/foo', ['bar', 'baz']], ['/foo/0', 'bar'], ['/', 0], ['/a~1b', 1], ['/c%d', 2], ['/e^f', 3],
      ['/g|h', 4], ['/i\\j', 5], ['/k"l', 6], ['/ ', 7], ['/m~0n', 8],
    ];
    for (const [pointer, value] of cases) expect(nodeAt(rfc, pointer), pointer).toEqual(value);
    // The URI fragment form is percent-encoded.
    expect(nodeAt(rfc, refPointer('#/c%25d'))).toBe(2);
    expect(nodeAt(rfc, refPointer('#/%20'))).toBe(7);
  });

  it('escapes and parses tokens as inverses, ~1 decoded before ~0', () => {
    for (const token of ['application/json', 'm~n', '~1', '~01', '/~', '']) expect(parsePointer(pointerOf(token))).toEqual([token]);
    expect(escapeToken('~1')).toBe('~01');
    expect(unescapeToken('~01')).toBe('~1');
    expect(parsePointer('/~01')).toEqual(['~1']);
    expect(pointerOf('paths', '/networks/{id}', 'get', 'responses', 200)).toBe('/paths/~1networks~1{id}/get/responses/200');
  });

  it('finds nothing where there is nothing, and no inherited property', () => {
    expect(nodeAt(rfc, '/foo/2')).toBeUndefined();
    expect(nodeAt(rfc, '/foo/0/length')).toBeUndefined();
    expect(nodeAt(rfc, '/constructor')).toBeUndefined();
    expect(nodeAt(rfc, '/foo/-')).toBeUndefined();
    expect(() => parsePointer('foo')).toThrow(/not a JSON pointer/);
    expect(() => refPointer('other.yaml#/x')).toThrow(/only local/);
  });

  it('follows $ref chains to their end, bounded on a cycle', () => {
    const doc = { a: { $ref: '#/b' }, b: { $ref: '#/c' }, c: { type: 'string' }, loop: { $ref: '#/loop' }, dangling: { $ref: '#/nowhere' } };
    expect(followRefs(doc, doc.a)).toEqual({ node: { type: 'string' }, pointer: '/c' });
    expect(followRefs(doc, doc.c)).toEqual({ node: { type: 'string' } });
    expect(followRefs(doc, doc.loop).node).toBeUndefined();
    expect(followRefs(doc, doc.dangling)).toEqual({ node: undefined, pointer: '/nowhere' });
  });

  it('resolves every response schema pointer the runner takes from the spec', () => {
    const { doc, operations, errorEnvelope } = loadSpec();
    const pointers = [...operations.values()].flatMap((op) => Object.values(op.schemaPointers));
    expect(pointers.length).toBeGreaterThan(10);
    for (const pointer of [...pointers, errorEnvelope.schemaPointer]) expect(nodeAt(doc, pointer), pointer).toBeTypeOf('object');
  });
});

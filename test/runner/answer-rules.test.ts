// Every rule of the answer judgement knows its evidence, an inferred one names a quirk of the spec and only warns;
// departures are signed so that the same one seen by many checks folds into one root cause (array indexes and map
// keys folded, by the schema). Against the real spec and the real judgement.
import { describe, expect, it } from 'vitest';
import { judgeAnswer, RULES, type JudgedAnswer } from '../../contract/answer-check.ts';
import { parseEvidence, quirkIds } from '../../reporters/findings/evidence.ts';
import { placeInSchema } from '../../contract/schema-walk.ts';
import { rootCauseId, signatureText } from '../../reporters/findings/signature.ts';
import { answerSignature } from '../../contract/departure.ts';
import { loadSpec, specOperation } from '../../contract/spec.ts';

const quirks = quirkIds(loadSpec().doc);

function answer(status: number, body: unknown, type = 'application/json'): JudgedAnswer {
  return { status, headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? type : null) }, text: JSON.stringify(body) };
}

const network = (over: Record<string, unknown> = {}) => ({
  Id: 'a'.repeat(64), Name: 'n', Driver: 'bridge', Scope: 'local', Created: '2021-08-11T17:06:46.538300506+08:00',
  IPAM: { Driver: 'default', Config: [], Options: null }, Containers: {}, Options: {}, ...over,
});

describe('the rules of the answer judgement', () => {
  it('each has evidence; a MUST rule is never inferred; an inferred rule names a quirk of the spec', () => {
    for (const [rule, info] of Object.entries(RULES)) {
      if (info.level === 'MUST') expect(info.evidence.kind, rule).not.toBe('inferred');
      else expect(info.evidence.kind, rule).toBe('inferred');
      if (info.evidence.quirk) expect(quirks.has(info.evidence.quirk), `${rule}: ${info.evidence.quirk}`).toBe(true);
    }
    expect(RULES['status-documented'].evidence.quirk).toBe('success-status-inferred');
    expect(RULES['error-status'].evidence.quirk).toBe('http-200-with-error-envelope');
    expect(RULES['error-code-status'].evidence.quirk).toBe('status-codes-undocumented');
    expect(RULES['server-error-status'].evidence.quirk).toBe('status-codes-undocumented');
  });

  it('every x-cs-evidence of the spec parses, and names a quirk of the spec when inferred', () => {
    const found: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (k === 'x-cs-evidence') {
          const e = parseEvidence(String(v));
          expect(typeof e, String(v)).toBe('object');
          if (typeof e === 'object' && e.quirk) expect(quirks.has(e.quirk), e.quirk).toBe(true);
          found.push(String(v));
        } else walk(v);
      }
    };
    walk(loadSpec().doc);
    expect(found.length).toBeGreaterThan(0);
  });

  it('a violation under a schema node marked inferred is a SHOULD warning naming its quirk, the rest a failure', () => {
    const doc = loadSpec().doc as unknown as { components: { schemas: { Network: { properties: { Created: Record<string, unknown> } } } } };
    const created = doc.components.schemas.Network.properties.Created;
    const list = specOperation('listNetworks');
    const bad = answer(200, [network({ Created: 1628672806 }), network({ Created: 1628672807 })]);
    created['x-cs-evidence'] = 'inferred: created-fraction-digits (a test marks Created inferred)';
    try {
      const verdict = judgeAnswer(list, bad);
      expect(verdict.problem).toBeUndefined();
      if (verdict.problem) return;
      expect(verdict.ok).toBe(true);
      expect(verdict.warnings).toHaveLength(1);
      expect(verdict.warnings[0]).toMatchObject({ rule: 'body-schema-inferred', places: ['/*/Created'], evidence: { kind: 'inferred', quirk: 'created-fraction-digits' } });
      expect(verdict.warnings[0].message).toMatch(/departs from the spec where it is inferred: .*\(created-fraction-digits\)$/);
      // Beside an inferred node, a violation elsewhere still fails.
      const both = judgeAnswer(list, answer(200, [network({ Created: 1, Scope: 7 })]));
      expect(both.problem?.rule).toBe('body-schema');
      expect(both.problem?.places).toEqual(['/*/Scope']);
    } finally {
      delete created['x-cs-evidence'];
    }
    expect(judgeAnswer(list, bad).problem?.places).toEqual(['/*/Created']);
  });
});

describe('signatures', () => {
  const list = '/paths/~1networks/get/responses/200/content/application~1json/schema';

  it('fold array indexes and the keys of maps (additionalProperties), never declared properties', () => {
    expect(placeInSchema(list, '/0/Created').folded).toBe('/*/Created');
    expect(placeInSchema(list, '/7/Created').folded).toBe('/*/Created');
    expect(placeInSchema(list, '/3/Options/com.docker.network.driver.mtu').folded).toBe('/*/Options/*');
    expect(placeInSchema(list, '/3/Containers/abc123/IPv4Address').folded).toBe('/*/Containers/*/IPv4Address');
    expect(placeInSchema(list, '/1/IPAM/Config/2/Gateway').folded).toBe('/*/IPAM/Config/*/Gateway');
    // A key no schema declares stays as it is; only indexes fold without a schema.
    expect(placeInSchema(list, '/1/Surprise/4/x').folded).toBe('/*/Surprise/*/x');
    expect(placeInSchema(list, '/').folded).toBe('');
  });

  it('state the evidence of the node a place is under', () => {
    expect(placeInSchema(list, '/0/Labels/a').evidence?.kind).toBe('engine');
    expect(placeInSchema(list, '/0/Containers/x/Name').evidence?.kind).toBe('engine');
    expect(placeInSchema(list, '/0/Created').evidence).toBeUndefined();
  });

  it('carry the status only for rules about it, and the same signature is the same root cause in every run', () => {
    expect(answerSignature('listNetworks', 'json-content-type', 200, [])).toEqual({ operationId: 'listNetworks', rule: 'json-content-type' });
    expect(answerSignature('listNetworks', 'body-schema', 200, ['/*/Created', '/*/Id'])).toEqual({ operationId: 'listNetworks', rule: 'body-schema', pointer: '/*/Created,/*/Id', status: 200 });
    const s = answerSignature('createNetwork', 'status-documented', 201, []);
    expect(signatureText(s)).toBe('createNetwork · status-documented · HTTP 201');
    expect(rootCauseId(s)).toMatch(/^rc-[0-9a-f]{8}$/);
    expect(rootCauseId({ ...s })).toBe(rootCauseId(s));
    expect(rootCauseId({ ...s, status: 202 })).not.toBe(rootCauseId(s));
  });

  it('one fault in one field of the list, seen in two answers, signs the same', () => {
    const op = specOperation('listNetworks');
    const a = judgeAnswer(op, answer(200, [network(), network({ Created: 'yesterday' })]));
    const b = judgeAnswer(op, answer(200, [network({ Created: 'today' }), network(), network({ Created: 'now' })]));
    const sign = (v: typeof a) => (v.problem ? answerSignature(op.operationId, v.problem.rule, 200, v.problem.places) : undefined);
    expect(sign(a)).toEqual({ operationId: 'listNetworks', rule: 'body-schema', pointer: '/*/Created', status: 200 });
    expect(sign(b)).toEqual(sign(a));
  });
});

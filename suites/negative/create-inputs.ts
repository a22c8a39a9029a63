// The valid parts of a generated request: what a create carries beside the one bad field a property is about, so that
// a refusal can only be for that field (harmless values: option and label keys neg.*, never com.docker.network.bridge.*).
import fc from 'fast-check';
import * as gen from './generate.ts';

/** A short lowercase token, to make generated names unique within a run. */
export const token = fc.stringMatching(/^[a-z0-9]{4,8}$/);

/** The fields of CreateNetworkRequest as the spec declares them, each a slot a property may fill wrongly. */
export const createSlots = (): gen.Slot[] => gen.slotsOf(gen.requestSchema('CreateNetworkRequest'));

/** Fields a create may carry beside a bad name: valid, harmless values. */
export const extras = fc.record(
  {
    check_duplicate: fc.boolean(),
    driver: fc.constant('bridge'),
    internal: fc.boolean(),
    labels: fc.dictionary(fc.stringMatching(gen.SAFE_KEY), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
    options: fc.dictionary(fc.stringMatching(gen.SAFE_KEY), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);

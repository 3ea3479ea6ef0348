import { classify } from '../../../src/domain/causes';
import { readRecordedEvidence } from '../../support/recordedEvidence';

/**
 * The cause rules on evidence the real reader produced (recorded from the real Elasticsearch, checked for
 * drift by the scenario suite): no server here, and no hand-built evidence between the rules and the product.
 */
const cases = readRecordedEvidence();

describe('cause rules on evidence recorded from the real reader', () => {
  it('holds every staged scenario, with and without the app\'s reason, and the calm services', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.expected === null)).toHaveLength(4);
  });

  it.each(cases.filter((c) => c.expected !== null).map((c) => [c.expected, c.service, c] as const))('%s ranks first (%s)', (expected, _service, c) => {
    const { causes } = classify(c.evidence);
    expect({ service: c.service, top: causes[0]?.id }).toEqual({ service: c.service, top: expected });
  });

  it('blames nothing on calm services: no 403 cause, 404s only as baseline noise', () => {
    for (const c of cases.filter((x) => x.expected === null)) {
      const ids = classify(c.evidence).causes.map((cause) => cause.id);
      if (c.status === 403) expect({ service: c.service, ids }).toEqual({ service: c.service, ids: [] });
      else for (const id of ids) expect({ service: c.service, id }).toEqual({ service: c.service, id: 'baseline_noise' });
    }
  });
});

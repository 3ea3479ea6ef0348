import { INCIDENT_STATUS } from '../../src/data/generator';
import type { CauseId } from '../../src/domain/types';
import { loggedServiceName } from '../../src/data/shapes';
import { createLogger } from '../../src/logging';
import { createTriageService } from '../../src/services/triage';
import { Case, casesOf, END, serviceOf, useTrafficCopies } from '../support/trafficCopies';

/**
 * A client logged as an X-Forwarded-For list: Istio's `x_forwarded_for` behind a load balancer of three
 * nodes holds "<client>, <node>", the node a different one per request (a few requests came straight in and
 * hold the address alone). Indexed with no template, the field is one keyword per whole list. The client is
 * its first address: every cause and confidence must be what the same traffic gives with the address alone.
 */
const INCIDENTS: CauseId[] = ['retry_storm', 'stale_client', 'ip_allowlist_block', 'scanner_probe'];
const cases = casesOf(INCIDENTS);

/** The list a proxy behind a three-node load balancer logs: the client, then the node it came through. */
function forwardedFor(doc: Record<string, unknown>, i: number): Record<string, unknown> {
  const ip = doc.x_forwarded_for;
  if (typeof ip !== 'string' || i % 10 === 0) return doc;
  return { ...doc, x_forwarded_for: `${ip}, 10.0.3.${11 + (i % 3)}` };
}

describe('a client logged as an X-Forwarded-For list', () => {
  const copies = useTrafficCopies('st-xff', INCIDENTS, cases, [
    { copy: 'single', shape: 'envoy' },
    { copy: 'list', shape: 'envoy', alter: forwardedFor },
  ]);
  const causes = (copy: string, c: Case) => copies.result(copy, c)?.causes.map((x) => ({ id: x.id, confidence: x.confidence }));

  it('the address alone finds each incident', () => {
    for (const id of INCIDENTS) expect({ id, top: copies.result('single', { service: serviceOf(id), status: INCIDENT_STATUS[id] })?.causes[0]?.id }).toEqual({ id, top: id });
  });

  it('read as lists, every case gives the same total, causes and confidences as the address alone', () => {
    for (const c of cases) {
      expect({ ...c, total: copies.result('list', c)?.total, causes: causes('list', c) }).toEqual({ ...c, total: copies.result('single', c)?.total, causes: causes('single', c) });
    }
  });

  it('answers name the client by its first address, never by the list or a load-balancer node', () => {
    for (const c of cases) {
      const said = JSON.stringify(copies.result('list', c)?.causes ?? []);
      expect({ ...c, lists: said.match(/\d+\.\d+\.\d+\.\d+, 10\.0\.3\.\d+/g) ?? [], nodes: said.match(/10\.0\.3\.1[123]\b/g) ?? [] }).toEqual({ ...c, lists: [], nodes: [] });
    }
  });

  it('check says the client field holds lists and that the first address is read; nothing of the kind for addresses alone', () => {
    expect(copies.check('list')?.fields.clientIp).toMatchObject({ field: 'x_forwarded_for.keyword', note: expect.stringMatching(/lists of addresses.*first/) });
    expect(copies.check('single')?.fields.clientIp?.note ?? '').not.toMatch(/list/);
  });

  it('sample requests show the client by its first address', async () => {
    const triage = createTriageService({ client: copies.client(), config: copies.configFor('list'), logger: createLogger({ level: 'silent' }) });
    const c = cases.find((x) => x.service === serviceOf('retry_storm'));
    const samples = await triage.samples({ status: 404, service: loggedServiceName('envoy', c?.service ?? ''), window: '1h', environment: null, at: END }, 10);
    expect(samples.length).toBe(10);
    for (const sample of samples) expect(sample.clientIp).toMatch(/^[\d.]+$|:/);
  });
});

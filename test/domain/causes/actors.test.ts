import { actorLine, mainActor } from '../../../src/domain/causes/actors';
import type { Evidence } from '../../../src/domain/evidence';
import { scenario } from '../../support/recordedEvidence';

/** Hand-built: evidence whose window's top client address and agent are the given ones, at exact shares. */
function withClients(base: Evidence, ip: { value: string; count: number } | null, agent: { value: string; count: number } | null): Evidence {
  return {
    ...base,
    total: 59,
    fields: {
      ...base.fields,
      clientIp: { ...base.fields.clientIp, window: ip ? [ip, { value: '198.51.100.4', count: 3 }] : [] },
      userAgent: { ...base.fields.userAgent, window: agent ? [agent, { value: 'Mozilla/5.0 (Macintosh)', count: 5 }] : [] },
    },
  };
}

describe('mainActor and actorLine', () => {
  const base = scenario('gone_should_be_410');

  it('names the one automated client behind a third of the 404s, with its agent', () => {
    const evidence = withClients(base, { value: '203.0.113.50', count: 18 }, { value: 'Puppet/8.4.0 Ruby/3.2', count: 18 });
    expect(mainActor(evidence)).toEqual({ ip: '203.0.113.50', agent: 'Puppet/8.4.0 Ruby/3.2', share: 18 / 59, count: 18, crawler: false });
    expect(actorLine(evidence, '404s')).toEqual(['31% of these 404s (18 of 59) come from one client, `203.0.113.50` with agent `Puppet/8.4.0 Ruby/3.2`']);
  });

  it('names a crawler as a crawler', () => {
    const evidence = withClients(base, null, { value: 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', count: 24 });
    expect(actorLine(evidence, '404s')[0]).toMatch(/^41% of these 404s \(24 of 59\) come from the crawler `Mozilla\/5.0 \(compatible; bingbot/);
  });

  it('never pairs the top address with an agent another client sends', () => {
    const bing = 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)';
    const google = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
    const bingClient = { key: '157.55.39.1', by: 'clientIp' as const, count: 16, agent: bing, distinctPaths: 5, topPaths: [], first: '', last: '', active: [] };
    // Googlebot spreads over many addresses: it tops the agents while bingbot's one address tops the addresses.
    const spread = { ...withClients(base, { value: '157.55.39.1', count: 16 }, { value: google, count: 24 }), clients: [bingClient] };
    expect(mainActor(spread)).toEqual({ ip: null, agent: google, share: 24 / 59, count: 24, crawler: true });
    // The address tops both: it is named with its own agent.
    const single = { ...withClients(base, { value: '157.55.39.1', count: 30 }, { value: google, count: 24 }), clients: [{ ...bingClient, count: 30 }] };
    expect(mainActor(single)).toEqual({ ip: '157.55.39.1', agent: bing, share: 30 / 59, count: 30, crawler: true });
  });

  it('names nobody when the errors are spread, or when the top agent is just a browser', () => {
    expect(mainActor(withClients(base, { value: '203.0.113.50', count: 6 }, { value: 'curl/8', count: 6 }))).toBeNull();
    expect(mainActor(withClients(base, null, { value: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0', count: 40 }))).toBeNull();
    expect(actorLine({ ...base, total: 0 }, '404s')).toEqual([]);
    // One request from a crawler in a quiet hour is not a pattern.
    const one = withClients(base, null, { value: 'Mozilla/5.0 (compatible; bingbot/2.0)', count: 1 });
    expect(mainActor({ ...one, total: 1 })).toBeNull();
  });
});

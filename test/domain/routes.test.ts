import { routeTemplate, searchPatternToLuceneRegexp, templateToLuceneRegexp, tenantFromPath } from '../../src/domain/routes';
import { suggestNames } from '../../src/domain/suggest';
import { sparkline } from '../../src/domain/sparkline';
import { formatDuration, parseDuration } from '../../src/domain/duration';
import { parseWindow, widerWindow } from '../../src/domain/window';

describe('routeTemplate', () => {
  it.each([
    ['/v1/orders/123', '/v1/orders/{id}'],
    ['/v1/orders/456?x=1', '/v1/orders/{id}'],
    ['/api/users/3f2b8c1e-9d4a-4b6f-8e2a-1c3d5e7f9a0b/avatar', '/api/users/{uuid}/avatar'],
    ['/assets/9f86d081884c7d659a2feaa0c55ad015.js', '/assets/9f86d081884c7d659a2feaa0c55ad015.js'],
    ['/blobs/9f86d081884c7d659a2feaa0c55ad015', '/blobs/{hash}'],
    ['/v2/tenants/acme/invoices/inv_2024A77', '/v2/tenants/{tenant}/invoices/{id}'],
    ['/docs/getting-started', '/docs/getting-started'],
    ['/', '/'],
  ])('%s → %s', (path, template) => {
    expect(routeTemplate(path)).toBe(template);
  });

  it('turns a template into an escaped Lucene regexp', () => {
    expect(templateToLuceneRegexp('/v1/orders/{id}')).toBe('\\/v1\\/orders\\/[^/]+');
    expect(templateToLuceneRegexp('/a.b*c')).toBe('\\/a\\.b\\*c');
    // An emoji is one escaped character, not two escaped UTF-16 halves that match nothing.
    expect(templateToLuceneRegexp('/😀')).toBe('\\/\\😀');
  });

  it('reads the tenant from a path', () => {
    expect(tenantFromPath('/v1/tenants/globex/invoices/1', /\/(?:tenants|orgs|accounts)\/([^/]+)/)).toBe('globex');
    expect(tenantFromPath('/v1/invoices/1', /\/(?:tenants|orgs|accounts)\/([^/]+)/)).toBeNull();
  });
});

describe('searchPatternToLuceneRegexp', () => {
  it('says the default tenant pattern as an unanchored Lucene regexp', () => {
    expect(searchPatternToLuceneRegexp('/(?:tenants|orgs|accounts)/([^/]+)')).toBe('.*(/(tenants|orgs|accounts)/([^/]+)).*');
  });

  it('keeps anchors at the ends, spells \\d and \\w as classes, and escapes what Lucene reads as operators', () => {
    expect(searchPatternToLuceneRegexp('^/api/t/(\\d+)/')).toBe('(/api/t/([0-9]+)/).*');
    expect(searchPatternToLuceneRegexp('/org-([\\w.]+)$')).toBe('.*(/org-([A-Za-z0-9_.]+))');
    expect(searchPatternToLuceneRegexp('/t/"x"/(a@b)')).toBe('.*(/t/\\"x\\"/(a\\@b)).*');
  });

  it('gives up on what a Lucene regexp cannot say, so the reader falls back to its estimate', () => {
    for (const pattern of ['(?<=/t/)\\w+', '/t/(?!admin)([^/]+)', '/t\\s/(x)', '/t/(\\w+)/\\1', 'a^b', '/t/[ab']) {
      expect(searchPatternToLuceneRegexp(pattern)).toBeNull();
    }
  });
});

describe('small helpers', () => {
  it('suggests close service names', () => {
    expect(suggestNames('checkout-apu', ['checkout-api', 'billing-api', 'search'])).toEqual(['checkout-api']);
    expect(suggestNames('zzz', ['checkout-api'])).toEqual([]);
  });

  it('draws a sparkline scaled to the peak', () => {
    expect(sparkline([0, 1, 2, 4, 8])).toBe('▁▂▃▅█');
    expect(sparkline([])).toBe('');
    expect(sparkline(new Array(200).fill(1)).length).toBeLessThanOrEqual(60);
  });

  it('parses durations and windows', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('soon')).toBeNull();
    expect(parseDuration('0m')).toBeNull();
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(parseWindow('6H')).toBe(21_600_000);
    expect(parseWindow('2h')).toBeNull();
    expect(widerWindow('1h')).toBe('6h');
    expect(widerWindow('7d')).toBeNull();
  });
});

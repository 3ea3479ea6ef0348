import { FIELD_DEFAULTS, type FieldMap } from '../../src/config/fields';
import { searchPatternToLuceneRegexp } from '../../src/domain/routes';
import { unmappedName } from '../../src/elasticsearch/fieldResolution';
import { type TriageScope, windowSearch } from '../../src/elasticsearch/triageQueries';

/**
 * The exact count of each caller's requests on tenant paths is a regexp over the whole path dictionary:
 * asked only where tenant isolation is judged (403s) and the logs say the caller's tenant.
 */
const NOW = Date.parse('2026-11-20T14:00:00Z');
const tenantPaths = searchPatternToLuceneRegexp('/(?:tenants|orgs|accounts)/([^/]+)');
const scope = (status: 403 | 404, fields: FieldMap = { ...FIELD_DEFAULTS }): TriageScope => ({ status, service: 'billing', environment: null, from: NOW - 3_600_000, to: NOW, fields, tenantPaths });
const aggsOf = (s: TriageScope): Record<string, unknown> => windowSearch(s).aggs as Record<string, unknown>;

describe('windowSearch: tenant paths', () => {
  it('counts 403s on tenant paths per caller tenant, with the paths to read the tenants from', () => {
    expect(aggsOf(scope(403)).tenant_paths).toEqual({
      filter: { regexp: { [FIELD_DEFAULTS.path]: { value: tenantPaths, flags: 'NONE' } } },
      aggs: { callers: { terms: { field: FIELD_DEFAULTS.tenant, size: 20 }, aggs: { paths: { terms: { field: FIELD_DEFAULTS.path, size: 20 } } } } },
    });
  });

  it('does not ask for 404s, for logs without a caller tenant, or for a pattern Lucene cannot say', () => {
    expect(aggsOf(scope(404)).tenant_paths).toBeUndefined();
    expect(aggsOf(scope(403, { ...FIELD_DEFAULTS, tenant: unmappedName('tenant') })).tenant_paths).toBeUndefined();
    expect(aggsOf({ ...scope(403), tenantPaths: null }).tenant_paths).toBeUndefined();
  });
});

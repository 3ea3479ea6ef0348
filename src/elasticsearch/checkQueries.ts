import type { FieldMap, FieldRole } from '../config/fields';
import { DAY_MS, range, SearchBody } from './triageQueries';

/**
 * `check`: one round trip over the whole index pattern. The last 24 h: documents, each role's coverage
 * and the number of services; beside it the newest and the oldest document (sorted top hits, which
 * Elasticsearch answers without counting).
 */
/** Distinct values of a keyword status listed by `check`: every code in every form it takes, with room to spare. */
export const STATUS_FORMS_LISTED = 200;

/** `statusForms`: list the values of a keyword status, to say in which forms it holds codes (statusForms). */
export function coverageSearch(fields: FieldMap, roles: readonly FieldRole[], to: number, countServices: boolean, sources: Partial<Record<FieldRole, string>> = {}, statusForms = false): SearchBody {
  const aggs: Record<string, unknown> = {};
  for (const role of roles) aggs[`has_${role}`] = { filter: { exists: { field: fields[role] } } };
  // A keyword sub-field read for a text field: how many documents the text field itself has a value in
  // (`ignore_above` leaves long values out of the sub-field only).
  for (const [role, source] of Object.entries(sources)) aggs[`source_${role}`] = { filter: { exists: { field: source } } };
  if (countServices) aggs.services = { cardinality: { field: fields.service } };
  if (statusForms) aggs.status_forms = { terms: { field: fields.status, size: STATUS_FORMS_LISTED } };
  return { size: 0, track_total_hits: true, query: { bool: { filter: [range(fields.time, to - DAY_MS, to)] } }, aggs };
}

export function edgeSearch(fields: FieldMap, order: 'asc' | 'desc'): SearchBody {
  return {
    size: 1,
    _source: false,
    track_total_hits: false,
    sort: [{ [fields.time]: { order, format: 'strict_date_optional_time' } }],
    query: { bool: { filter: [{ exists: { field: fields.time } }] } },
  };
}

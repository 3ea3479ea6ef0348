import type { Bucket } from './responses';
import type { Query, SearchBody } from './triageQueries';

/**
 * A client field that holds an X-Forwarded-For list ("203.0.113.7, 10.0.3.12": nginx's
 * `$http_x_forwarded_for`, Envoy's and Traefik's `x-forwarded-for`), indexed as one keyword per whole list.
 * Behind a load balancer the last hop changes with the node a request came through, so one client is logged
 * under as many values as there are nodes. The client is the list's first address.
 *
 * No script reads the first address: the client's requests are found by a term and two prefix queries on
 * the keyword (`203.0.113.7`, `203.0.113.7,…`, `203.0.113.7 …`), which read only the field's term
 * dictionary, exactly, on Elasticsearch and OpenSearch alike and on clusters that disallow scripts; and
 * the values an aggregation lists are grouped by their first address here (`byFirstAddress`), the lists
 * asked for LIST_FANOUT times as many values so that each top client's few values are among them. Only
 * where discovery saw lists in the newest documents (`clientListProbe`): other logs are read as before.
 */

/** Values of a client field read per client wanted, where the field holds lists: a client's load-balancer nodes. */
export const LIST_FANOUT = 5;

/** Documents whose client value discovery reads to tell lists from addresses: the newest ones. */
export const LIST_PROBE_DOCS = 100;

/** The client in a logged value: the first address of a list, the value itself otherwise. Pure. */
export function firstAddress(value: string): string {
  const comma = value.indexOf(',');
  return (comma < 0 ? value : value.slice(0, comma)).trim();
}

/** Whether some of these logged values are lists of addresses. */
export function holdsLists(values: readonly string[]): boolean {
  return values.some((v) => v.includes(',') && firstAddress(v) !== '');
}

/**
 * The newest documents' client values (doc values only, nothing fetched): sorted on time, Elasticsearch
 * reads just those. `lte`: documents from a clock ahead of now do not count.
 */
export function clientListProbe(clientField: string, timeField: string, lteMs: number): SearchBody {
  return {
    size: LIST_PROBE_DOCS,
    _source: false,
    track_total_hits: false,
    docvalue_fields: [clientField],
    sort: [{ [timeField]: { order: 'desc' } }],
    query: { bool: { filter: [{ exists: { field: clientField } }, { range: { [timeField]: { lte: lteMs, format: 'epoch_millis' } } }] } },
  };
}

/** The requests of one client, whatever list its address heads. */
export function clientMatch(field: string, ip: string): Query {
  return { bool: { should: [{ term: { [field]: ip } }, { prefix: { [field]: `${ip},` } }, { prefix: { [field]: `${ip} ` } }], minimum_should_match: 1 } };
}

/** The requests of these clients: a `terms` query, or where the field holds lists, each one's `clientMatch`. */
export function clientsQuery(field: string, ips: readonly string[], lists: boolean): Query {
  if (!lists) return { terms: { [field]: [...ips] } };
  return { bool: { should: ips.map((ip) => clientMatch(field, ip)), minimum_should_match: 1 } };
}

export interface ClientGroup<B extends Bucket> {
  /** The client: the first address its values share. */
  key: string;
  count: number;
  /** Its buckets, one per logged value, biggest first. */
  parts: B[];
}

/** Buckets of a terms aggregation on a client field, grouped by client (`keyOf`: a bucket's value), biggest first. */
export function byFirstAddress<B extends Bucket>(list: readonly B[], keyOf: (b: B) => string): Array<ClientGroup<B>> {
  const groups = new Map<string, ClientGroup<B>>();
  for (const b of list) {
    const key = firstAddress(keyOf(b));
    const group = groups.get(key) ?? { key, count: 0, parts: [] };
    group.count += b.doc_count;
    group.parts.push(b);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

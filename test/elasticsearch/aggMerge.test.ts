import { mergeAggs } from '../../src/elasticsearch/aggMerge';

describe('mergeAggs', () => {
  it('adds up terms and filter counts, merges buckets by key (their own aggregations too), biggest first', () => {
    const a = {
      top_path: { doc_count_error_upper_bound: 0, sum_other_doc_count: 5, buckets: [{ key: '/a', doc_count: 10 }, { key: '/b', doc_count: 4 }] },
      has_user: { doc_count: 7 },
      tenant_pairs: { buckets: [{ key: 't1', doc_count: 3, resource: { buckets: [{ key: 'r1', doc_count: 3 }] } }] },
    };
    const b = {
      top_path: { doc_count_error_upper_bound: 1, sum_other_doc_count: 2, buckets: [{ key: '/b', doc_count: 9 }, { key: '/c', doc_count: 1 }] },
      has_user: { doc_count: 1 },
      tenant_pairs: { buckets: [{ key: 't1', doc_count: 2, resource: { buckets: [{ key: 'r2', doc_count: 2 }] } }] },
      only_here: { doc_count: 4 },
    };
    expect(mergeAggs(a, b)).toEqual({
      top_path: { doc_count_error_upper_bound: 1, sum_other_doc_count: 7, buckets: [{ key: '/b', doc_count: 13 }, { key: '/a', doc_count: 10 }, { key: '/c', doc_count: 1 }] },
      has_user: { doc_count: 8 },
      tenant_pairs: { buckets: [{ key: 't1', doc_count: 5, resource: { buckets: [{ key: 'r1', doc_count: 3 }, { key: 'r2', doc_count: 2 }] } }] },
      only_here: { doc_count: 4 },
    });
  });

  it('keys numbers by their text, orders ties by key, and leaves one side alone when the other is empty', () => {
    const merged = mergeAggs({ s: { buckets: [{ key: 404, doc_count: 2 }] } }, { s: { buckets: [{ key: 403, doc_count: 2 }, { key: 404, doc_count: 1 }] } });
    expect(merged).toEqual({ s: { buckets: [{ key: 404, doc_count: 3 }, { key: 403, doc_count: 2 }] } });
    expect(mergeAggs({ s: { buckets: [{ key: 'x', doc_count: 1 }, { key: 'a', doc_count: 1 }] } }, { s: { buckets: [] } })).toEqual({ s: { buckets: [{ key: 'a', doc_count: 1 }, { key: 'x', doc_count: 1 }] } });
    expect(mergeAggs({}, { t: { doc_count: 2 } })).toEqual({ t: { doc_count: 2 } });
  });
});

import { canonicalStatus, isListedForm, listedForms, listedSuccessForms, statusCounts, statusRegexp, statusesQuery, successRegexp } from '../../src/elasticsearch/statusForms';
import { successFilter } from '../../src/elasticsearch/triageQueries';
import { statusFormsNote } from '../../src/services/check';

/** Lucene's regexp is anchored and these use only syntax JavaScript reads alike. */
const matches = (regexp: string, value: string): boolean => new RegExp(`^(?:${regexp})$`).test(value);

describe('status forms', () => {
  it('a code matches in the forms pipelines leave, and no other code', () => {
    for (const form of ['404', '404 ', ' 404', '404.0', '404.00', '\t404\n']) expect({ form, ok: matches(statusRegexp(404), form) }).toEqual({ form, ok: true });
    for (const other of ['4040', '404.5', '1404', '40', '403', '-']) expect({ other, ok: matches(statusRegexp(404), other) }).toEqual({ other, ok: false });
  });

  it('success is 200 to 399 in any form, and nothing else a string range let through', () => {
    for (const form of ['200', ' 204', '301.0', '399 ']) expect({ form, ok: matches(successRegexp(), form) }).toEqual({ form, ok: true });
    for (const other of ['2000', '199', '400', '404.0', '3xx', '']) expect({ other, ok: matches(successRegexp(), other) }).toEqual({ other, ok: false });
  });

  it('reads each form as its code and adds them up', () => {
    expect(['404 ', ' 404', '404.0', '404', 'abc'].map(canonicalStatus)).toEqual(['404', '404', '404', '404', 'abc']);
    // Only the blanks the query admits: a form the regexp does not count is not read back as the code either.
    for (const form of ['404\f', '\u00a0404']) expect({ form, read: canonicalStatus(form), counted: matches(statusRegexp(404), form) }).toEqual({ form, read: form, counted: false });
    expect(statusCounts([{ value: '200', count: 4 }, { value: '404 ', count: 2 }, { value: '404', count: 2 }, { value: '404.0', count: 1 }])).toEqual([
      { value: '404', count: 5 },
      { value: '200', count: 4 },
    ]);
  });

  it('numbers are matched by a term, text by its forms', () => {
    expect(statusesQuery('status', 'number', [404])).toEqual({ term: { status: 404 } });
    expect(statusesQuery('status', 'number', [403, 404])).toEqual({ terms: { status: [403, 404] } });
    expect(statusesQuery('status', 'keyword', [404])).toEqual({ regexp: { status: { value: statusRegexp(404), flags: 'NONE' } } });
  });

  it('check names the odd forms and how many documents hold them, and says nothing of bare codes', () => {
    const note = statusFormsNote([{ value: '200', count: 80 }, { value: '404 ', count: 10 }, { value: '404.0', count: 6 }, { value: '404', count: 4 }]);
    expect(note).toContain('"404 ", "404.0": 16 of 100 documents');
    expect(statusFormsNote([{ value: '200', count: 80 }, { value: '404', count: 4 }])).toBeUndefined();
  });
});

describe('where the cluster refuses regexps: the listed forms', () => {
  it('lists the usual forms of a code, each read back as the code', () => {
    const forms = listedForms(404);
    for (const form of ['404', '404 ', ' 404', '404.0', '404\r\n', '\t404', '404.0 ']) expect(forms).toContain(form);
    expect(forms.map(canonicalStatus)).toEqual(forms.map(() => '404'));
  });

  it('matches a keyword status by those forms with a terms query, and a number as before', () => {
    expect(statusesQuery('status', 'keyword', [404], false)).toEqual({ terms: { status: listedForms(404) } });
    expect(statusesQuery('status', 'keyword', [403, 404], false)).toEqual({ terms: { status: [...listedForms(403), ...listedForms(404)] } });
    expect(statusesQuery('status', 'number', [404], false)).toEqual({ term: { status: 404 } });
  });

  it('lists every success code 200-399 in its forms, and nothing else', () => {
    const forms = listedSuccessForms();
    const codes = new Set(forms.map(canonicalStatus));
    expect(codes.size).toBe(200);
    expect([...codes].every((c) => Number(c) >= 200 && Number(c) < 400)).toBe(true);
    expect(forms).toContain('304 ');
    expect(successFilter('status', 'keyword', false)).toEqual({ terms: { status: forms } });
  });

  it('tells a listed form from one the listed forms miss', () => {
    for (const form of ['404', ' 404', '404.0', '404\r\n']) expect({ form, listed: isListedForm(form) }).toEqual({ form, listed: true });
    for (const form of ['404.000', '  404', '404.00 ', 'abc', '4040']) expect({ form, listed: isListedForm(form) }).toEqual({ form, listed: false });
  });

  it('every listed form is one the regexp takes where the cluster runs it', () => {
    for (const form of [...listedForms(404), ...listedSuccessForms()]) expect({ form, ok: matches(canonicalStatus(form) === '404' ? statusRegexp(404) : successRegexp(), form) }).toEqual({ form, ok: true });
  });
});

import type { AskResult, Cause, TriageResult } from '../../../src/domain/types';
import type { AskService, SampleRequest, TriageRequest, TriageService } from '../../../src/services/types';

/** A 403 incident as the triage engine reports it: tenant isolation, with evidence that needs masking. */
export function triageFixture(overrides: Partial<TriageResult> = {}): TriageResult {
  const causes: Cause[] = [
    {
      id: 'tenant_isolation_violation',
      confidence: 0.86,
      title: 'Tenant isolation violation',
      evidence: [
        '1,020 of 1,234 denials are callers from org-a reaching /tenants/org-b/… resources',
        'started 16:05 UTC, together with service.version 2.4.1',
        'top caller alice@example.com (412 denials)',
      ],
      remediation: ['Check the tenant filter added in 2.4.1', 'Roll back to 2.4.0 if customers are affected'],
    },
    {
      id: 'rbac_policy_mismatch',
      confidence: 0.41,
      title: 'RBAC policy mismatch',
      evidence: ['event.reason "missing role: billing-admin" on 180 requests'],
      remediation: ['Compare the policy with the roles callers hold'],
      why: [
        'lowered 0.43 by tenant isolation (0.90): a policy mismatch is the generic reading; a more specific pattern explains these denials',
        'raised 0.04: the app’s own logged reason names this cause',
      ],
    },
  ];
  return {
    status: 403,
    service: 'checkout-api',
    environment: null,
    window: { from: '2024-05-01T16:00:00.000Z', to: '2024-05-01T17:00:00.000Z' },
    total: 1234,
    baseline: { expected: 30.5, ratio: 40.4, periods: 8 },
    series: Array.from({ length: 12 }, (_, i) => ({ t: new Date(Date.UTC(2024, 4, 1, 16, i * 5)).toISOString(), count: i < 1 ? 3 : 100 + i * 5 })),
    causes,
    contrast: [
      { field: 'user_agent.original', value: 'tenant-sync/1.4 (cron)', share: 0.62, baselineShare: 0.004 },
      { field: 'organization.id', value: 'acme', share: 0.4, baselineShare: 0.05 },
    ],
    decisionRule: {
      summary: '403: the caller is known but not allowed; 404: the resource does not exist for anyone.',
      explanation: 'Use 401 when credentials are missing or invalid. Use 404 instead of 403 to hide a resource from other tenants.',
    },
    elasticsearchRequests: 1,
    notes: [],
    missingFields: [],
    partial: false,
    serviceKnown: null,
    suggestions: [],
    ...overrides,
  };
}

export const SAMPLE_FIXTURE: SampleRequest[] = [
  {
    timestamp: '2024-05-01T16:10:00.000Z',
    method: 'GET',
    path: '/tenants/org-b/invoices?access_token=tok_live_9f8e7d6c5b4a&page=2',
    status: 403,
    user: 'alice@example.com',
    clientIp: '10.1.2.3',
    userAgent: 'curl/8.0 Authorization: Bearer abcDEF123456ghiJKL',
    reason: 'tenant mismatch; session_id=s3ss10n-1d-42',
  },
];

export interface RecordingTriage extends TriageService {
  requests: TriageRequest[];
  sampleRequests: TriageRequest[];
  results: TriageResult[];
}

export interface FixtureTriageOptions {
  /** The result for a request (default: the fixture, with the request's status and service). */
  result?: (request: TriageRequest) => TriageResult;
  delayMs?: number;
  error?: Error;
  known?: string[];
}

/**
 * The in-test TriageService: answers from the fixture and records what it was asked. The end-to-end tests
 * assert against what it returned (`results`), so they hold unchanged for the real engine.
 */
export function fixtureTriage(options: FixtureTriageOptions = {}): RecordingTriage {
  const known = options.known ?? ['checkout-api', 'checkout-web', 'billing-api'];
  const requests: TriageRequest[] = [];
  const sampleRequests: TriageRequest[] = [];
  const results: TriageResult[] = [];
  const wait = () => new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
  return {
    requests,
    sampleRequests,
    results,
    async triage(request) {
      requests.push(request);
      await wait();
      if (options.error) throw options.error;
      const result = options.result
        ? options.result(request)
        : known.includes(request.service)
          ? triageFixture({ status: request.status, service: request.service, environment: request.environment })
          : triageFixture({
              status: request.status,
              service: request.service,
              total: 0,
              causes: [],
              series: [],
              baseline: { expected: 0, ratio: null, periods: 8 },
              serviceKnown: false,
              suggestions: known.filter((k) => k.slice(0, 5) === request.service.slice(0, 5)),
            });
      results.push(result);
      return result;
    },
    async samples(request) {
      sampleRequests.push(request);
      await wait();
      if (options.error) throw options.error;
      return SAMPLE_FIXTURE;
    },
    async knownServices() {
      return known;
    },
  };
}

export interface RecordingAsk extends AskService {
  questions: string[];
}

export function fixtureAsk(result: AskResult = { verdict: '404', answer: 'Answer 404: hide resources of other tenants.', sources: ['RFC 9110 §15.5.5'] }): RecordingAsk {
  const questions: string[] = [];
  return {
    questions,
    ask(question: string) {
      questions.push(question);
      return result;
    },
  };
}

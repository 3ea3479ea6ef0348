import fc from 'fast-check';
import { MASK, maskSample, maskSecrets } from '../../src/slack/mask';

describe('maskSecrets', () => {
  it.each([
    ['GET /api/orders?token=abc123&page=2', 'GET /api/orders?token=[masked]&page=2'],
    ['/cb?access_token=ya29.a0AfH6SMB&x=1', '/cb?access_token=[masked]&x=1'],
    ['/oauth/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz', '/oauth/callback?code=[masked]&state=xyz'],
    ['/s3/obj?X-Amz-Signature=abcdef0123&X-Amz-Credential=AKID%2F2024', '/s3/obj?X-Amz-Signature=[masked]&X-Amz-Credential=[masked]'],
    ['/p?api_key=k123&sig=zzz&key=abc', '/p?api_key=[masked]&sig=[masked]&key=[masked]'],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig', 'Authorization: Bearer [masked]'],
    ['Authorization: Bearer abcdef123456', 'Authorization: Bearer [masked]'],
    ['authorization=Basic dXNlcjpwYXNz', 'authorization=Basic [masked]'],
    ['x-api-key: AKIAIOSFODNN7EXAMPLE', 'x-api-key: [masked]'],
    ['{"api_key":"k-1234567","user":"u1"}', '{"api_key":"[masked]","user":"u1"}'],
    ['{"password": "hunter2", "ok": true}', '{"password": "[masked]", "ok": true}'],
    ['Cookie: session=abc; theme=dark', 'Cookie: [masked]'],
    ['JSESSIONID=ABCDEF0123; Path=/', 'JSESSIONID=[masked]; Path=/'],
    ['denied; session_id=s3ss10n-1d-42', 'denied; session_id=[masked]'],
    ['PHPSESSID=deadbeef', 'PHPSESSID=[masked]'],
    ['user alice.smith@example.com denied', 'user a***@example.com denied'],
    ['write to alice@example.com.', 'write to a***@example.com.'],
    ['a@b.coa@b.co', 'a@b***@b.co'],
    ['/users/bob%40corp.io/roles', '/users/b***%40corp.io/roles'],
    ['https://bob:hunter2@internal.example.com/x', 'https://[masked]@internal.example.com/x'],
    ['/reset/8f3kJ2lq9Zx7Vb4Nm1Pq6Rt0Yw5Es2Dc', '/reset/[masked]'],
    ['token xoxb-1234-5678-abcdefgh in text', 'token [masked] in text'],
    ['stripe sk_live_abcdefghijklmnop', 'stripe [masked]'],
    ['gh ghp_abcdefghijklmnopqrstuvwxyz012345', 'gh [masked]'],
  ])('%p', (input, expected) => {
    expect(maskSecrets(input)).toBe(expected);
  });

  it.each([
    'missing role: billing-admin',
    'unexpected status code: 500',
    'missing key: billing',
    'invalid bearer token',
    'Token expired',
    '/api/v1/tenants/acme/invoices',
    '/orders/123e4567-e89b-12d3-a456-426614174000',
    'GET /wp-login.php',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36',
    'ip not allowed',
    'insufficient_scope',
    '',
  ])('leaves %p alone', (input) => {
    expect(maskSecrets(input)).toBe(input);
  });

  const alnum = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('')), minLength: min, maxLength: max });
  const credential = fc.tuple(alnum(12, 40), fc.integer({ min: 0, max: 9 })).map(([s, d]) => `${s}${d}`);
  const around = fc.string({ maxLength: 40 });

  it('never leaks a generated secret, whatever surrounds it', () => {
    const secret = fc.oneof(
      credential.map((c) => ({ text: `Bearer ${c}`, leak: c })),
      credential.map((c) => ({ text: `Authorization: Basic ${c}`, leak: c })),
      fc.tuple(fc.constantFrom('token', 'access_token', 'api_key', 'apikey', 'password', 'secret', 'sessionid', 'session_id', 'code', 'sig', 'key', 'client_secret'), credential)
        .map(([name, c]) => ({ text: `/path?${name}=${c}&page=2`, leak: c })),
      fc.tuple(fc.constantFrom('JSESSIONID', 'PHPSESSID', 'connect.sid', 'session'), credential).map(([name, c]) => ({ text: `Cookie: ${name}=${c}; theme=dark`, leak: c })),
      fc.tuple(alnum(10, 30), alnum(10, 30), alnum(10, 30)).map(([a, b, c]) => ({ text: `eyJ${a}.eyJ${b}.${c}`, leak: `${b}.${c}` })),
      credential.map((c) => ({ text: `sk_live_${c}`, leak: c })),
      fc.tuple(alnum(2, 20), alnum(2, 12)).map(([local, domain]) => ({ text: `${local}@${domain}.com`, leak: `${local}@` })),
      fc.tuple(alnum(3, 10), credential).map(([user, pass]) => ({ text: `https://${user}:${pass}@db.internal/x`, leak: pass })),
    );
    fc.assert(
      fc.property(around, secret, around, (before, { text, leak }, after) => {
        const masked = maskSecrets(`${before} ${text} ${after}`);
        expect(masked.includes(leak)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent and never throws, even on hostile input', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 2000 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(
          fc.constantFrom('token=', 'Bearer ', 'Basic ', 'password: ', '"api_key":"', 'code=', 'sid=', 'JSESSIONID=', 'Cookie:', 'Set-Cookie: ', '@', '%40', 'a@b.co', '[masked]', '?', '&', ';', ' ', '"', '{', 'eyJ', '://', 'https://u:p', ':', '/', 'a1', 'xoxb-', 'sk_live_', 'x'.repeat(40), 'A1b2'.repeat(9)),
          { maxLength: 40 },
        )
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        const once = maskSecrets(input);
        expect(maskSecrets(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('stays fast on long input (no catastrophic backtracking)', () => {
    const inputs = ['a'.repeat(100_000), `${'token='.repeat(10_000)}`, `${'a-'.repeat(30_000)}@`, `/${'ab1'.repeat(30_000)}`, `${'x.'.repeat(30_000)}com`];
    for (const input of inputs) {
      const started = performance.now();
      maskSecrets(input);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

describe('maskSample', () => {
  it('masks path, user, user agent and reason; keeps what diagnosis needs', () => {
    const masked = maskSample({
      timestamp: '2024-05-01T16:10:00.000Z',
      method: 'GET',
      path: '/x?token=abc123def',
      status: 403,
      user: 'carol@example.com',
      clientIp: '10.0.0.7',
      userAgent: 'client Authorization: Bearer abcdef123456',
      reason: 'ip not allowed; session=s-99x',
    });
    expect(masked).toEqual({
      timestamp: '2024-05-01T16:10:00.000Z',
      method: 'GET',
      path: `/x?token=${MASK}`,
      status: 403,
      user: 'c***@example.com',
      clientIp: '10.0.0.7',
      userAgent: `client Authorization: Bearer ${MASK}`,
      reason: `ip not allowed; session=${MASK}`,
    });
  });

  it('keeps nulls', () => {
    const sample = { timestamp: 't', method: null, path: null, status: 404, user: null, clientIp: null, userAgent: null, reason: null };
    expect(maskSample(sample)).toEqual(sample);
  });
});

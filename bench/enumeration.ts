/**
 * Does a failed sign-in take as long for an unknown email as for a wrong password? Each attempt
 * uses its own account and its own client address (X-Forwarded-For, trusted from loopback by the
 * bench server), so throttling never applies; the two kinds are interleaved to cancel drift.
 */
const origin = 'http://127.0.0.1';

async function timedSignIn(baseUrl: string, email: string, ip: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'x-forwarded-for': ip },
    body: JSON.stringify({ email, password: 'certainly not the right password' }),
  });
  const body = (await response.text()).replace(/"requestId":"[^"]+"/, '');
  return { ms: performance.now() - started, status: response.status, body };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function measureEnumeration(baseUrl: string, samples = 30) {
  const known: string[] = [];
  for (let i = 0; i < samples; i += 1) {
    const email = `known.${i}@example.org`;
    await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'x-forwarded-for': `198.18.1.${i + 1}` },
      body: JSON.stringify({ name: `Known ${i}`, email, password: 'the real password of this account' }),
    });
    known.push(email);
  }
  const wrongPassword: number[] = [];
  const unknownEmail: number[] = [];
  const bodies = new Set<string>();
  for (let i = 0; i < samples; i += 1) {
    const a = await timedSignIn(baseUrl, known[i] ?? '', `198.18.2.${i + 1}`);
    const b = await timedSignIn(baseUrl, `unknown.${i}@example.org`, `198.18.3.${i + 1}`);
    wrongPassword.push(a.ms);
    unknownEmail.push(b.ms);
    bodies.add(`${a.status} ${a.body}`);
    bodies.add(`${b.status} ${b.body}`);
  }
  return { wrongPasswordMs: median(wrongPassword), unknownEmailMs: median(unknownEmail), distinctAnswers: bodies.size, answers: [...bodies] };
}

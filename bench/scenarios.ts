/** What `npm run bench` measures against the real server; each module adds its hot paths here. */
export interface Scenario {
  name: string;
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Creates whatever the scenario needs (an account, a session) and returns request details. */
  prepare?: (baseUrl: string) => Promise<{ headers?: Record<string, string>; body?: string }>;
}

/** The bench server's PUBLIC_URL origin: better-auth checks it on browser-like requests. */
const origin = 'http://127.0.0.1';
const jsonHeaders = { 'content-type': 'application/json', origin };

const password = 'steady benchmark harbour lights';
const benchAccount = { name: 'Bench', email: 'bench@example.org', password };
const ready = new Map<string, Promise<void>>();

/** An account on the fresh bench server, created once per email. */
function ensureAccount(baseUrl: string, email = benchAccount.email): Promise<void> {
  let promise = ready.get(email);
  if (!promise) {
    promise = fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ name: 'Bench', email, password }),
    }).then((response) => {
      if (!response.ok) throw new Error(`bench sign-up failed: ${response.status}`);
    });
    ready.set(email, promise);
  }
  return promise;
}

async function sessionCookie(baseUrl: string, email = benchAccount.email): Promise<string> {
  await ensureAccount(baseUrl, email);
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ email, password, rememberMe: true }),
  });
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** A realistic month for its own account: 8 water logs and 3 mood check-ins a day. */
async function seedMonth(baseUrl: string, cookie: string): Promise<void> {
  const headers = { cookie, origin, 'x-requested-with': 'daybook', 'content-type': 'application/json' };
  const at = (day: number, hour: number) => new Date(Date.now() - day * 86_400_000 - hour * 3_600_000).toISOString();
  for (let day = 0; day < 30; day += 1) {
    for (let hour = 0; hour < 8; hour += 1) {
      await fetch(`${baseUrl}/api/v1/checkins/water`, { method: 'POST', headers, body: JSON.stringify({ amountMl: 250, recordedAt: at(day, hour) }) });
    }
    for (const hour of [1, 5, 9]) {
      await fetch(`${baseUrl}/api/v1/checkins/mood`, { method: 'POST', headers, body: JSON.stringify({ score: 3 + (day % 6), recordedAt: at(day, hour) }) });
    }
  }
}

export const scenarios: Scenario[] = [
  { name: 'GET /health/live (all plugins)', path: '/health/live' },
  { name: 'GET /health/ready (SQLite query)', path: '/health/ready' },
  {
    name: 'GET /api/v1/me (session lookup)',
    path: '/api/v1/me',
    prepare: async (baseUrl) => ({ headers: { cookie: await sessionCookie(baseUrl) } }),
  },
  {
    name: 'POST /api/v1/checkins/mood (write + encrypt + publish)',
    path: '/api/v1/checkins/mood',
    method: 'POST',
    prepare: async (baseUrl) => ({
      headers: { cookie: await sessionCookie(baseUrl), origin, 'x-requested-with': 'daybook', 'content-type': 'application/json' },
      body: JSON.stringify({ score: 7, note: 'steady morning', emotions: ['calm'] }),
    }),
  },
  {
    name: 'GET /api/v1/checkins/summary (30 days)',
    path: `/api/v1/checkins/summary?from=${daysAgo(29)}&to=${daysAgo(0)}`,
    prepare: async (baseUrl) => {
      const cookie = await sessionCookie(baseUrl, 'summary@example.org');
      await seedMonth(baseUrl, cookie);
      return { headers: { cookie } };
    },
  },
  {
    name: 'POST /api/auth/sign-in/email (Argon2id)',
    path: '/api/auth/sign-in/email',
    method: 'POST',
    prepare: async (baseUrl) => {
      await ensureAccount(baseUrl);
      return { headers: jsonHeaders, body: JSON.stringify({ email: benchAccount.email, password: benchAccount.password }) };
    },
  },
];

/** What `npm run bench` measures against the real server; each module adds its hot paths here. */
export interface Scenario {
  name: string;
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Concurrent connections; defaults to BENCH_CONNECTIONS. 1 measures one person's latency. */
  connections?: number;
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

export async function sessionCookie(baseUrl: string, email = benchAccount.email): Promise<string> {
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

const vocabulary = ('morning river walk tired calm anxious work family friend coffee rain sun sleep dream garden '
  + 'music book kitchen bus office meeting deadline hope worry laugh cry breathe stretch run swim cook call message '
  + 'mother father sister brother partner child dog cat park beach forest city train letter gift dinner lunch tea').split(' ');

/** A deterministic pseudo-random entry body of about 60 words. */
function entryBody(seed: number): string {
  let state = seed * 2654435761 % 4294967296;
  const words: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    state = (state * 1664525 + 1013904223) % 4294967296;
    words.push(vocabulary[state % vocabulary.length] ?? 'day');
  }
  return `${words.join(' ')}.`;
}

/** 10,000 entries for one account, written through the API eight at a time. */
async function seedJournal(baseUrl: string, cookie: string, count = 10_000): Promise<void> {
  const headers = { cookie, origin, 'x-requested-with': 'daybook', 'content-type': 'application/json' };
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const entryDate = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000 * 0.9).toISOString().slice(0, 10);
      const response = await fetch(`${baseUrl}/api/v1/journal/entries`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ body: entryBody(i), tags: [vocabulary[i % 7] ?? 'day'], mood: 1 + (i % 10), entryDate }),
      });
      if (!response.ok) throw new Error(`seeding entry ${i} failed: ${response.status}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
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
    name: 'GET /api/v1/journal/entries?q=… (10,000 entries, 1 connection)',
    path: '/api/v1/journal/entries?q=river%20garden&limit=20',
    connections: 1,
    prepare: async (baseUrl) => {
      const cookie = await sessionCookie(baseUrl, 'journal@example.org');
      await seedJournal(baseUrl, cookie);
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

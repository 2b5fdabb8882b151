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

const benchAccount = { name: 'Bench', email: 'bench@example.org', password: 'steady benchmark harbour lights' };
let accountReady: Promise<void> | undefined;

/** The first account on the fresh bench server; created once. */
function ensureAccount(baseUrl: string): Promise<void> {
  accountReady ??= fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify(benchAccount),
  }).then((response) => {
    if (!response.ok) throw new Error(`bench sign-up failed: ${response.status}`);
  });
  return accountReady;
}

async function sessionCookie(baseUrl: string): Promise<string> {
  await ensureAccount(baseUrl);
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ email: benchAccount.email, password: benchAccount.password, rememberMe: true }),
  });
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
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
    name: 'POST /api/auth/sign-in/email (Argon2id)',
    path: '/api/auth/sign-in/email',
    method: 'POST',
    prepare: async (baseUrl) => {
      await ensureAccount(baseUrl);
      return { headers: jsonHeaders, body: JSON.stringify({ email: benchAccount.email, password: benchAccount.password }) };
    },
  },
];

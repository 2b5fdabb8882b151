/** What `npm run bench` measures against the real server; each module adds its hot paths here. */
export interface Scenario {
  name: string;
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Creates whatever the scenario needs (an account, a session) and returns request details. */
  prepare?: (baseUrl: string) => Promise<{ headers?: Record<string, string>; body?: string }>;
}

export const scenarios: Scenario[] = [
  { name: 'GET /health/live (all plugins)', path: '/health/live' },
  { name: 'GET /health/ready (SQLite query)', path: '/health/ready' },
];

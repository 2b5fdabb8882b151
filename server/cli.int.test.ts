import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, createTestEnvironment, testDatabase, type TestEnvironment } from '../test/app.ts';
import { cookiesFrom, signIn } from '../test/auth.ts';

const cliPath = path.resolve(import.meta.dirname, 'cli.ts');

/** Runs the CLI with only the given environment (plus PATH), as an operator would. */
function cli(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe(`daybook CLI (${testDatabase})`, () => {
  let environment: TestEnvironment | undefined;
  afterEach(async () => {
    await environment?.cleanup();
    environment = undefined;
  });

  it('prints help', () => {
    const result = cli(['--help'], {});
    expect(result.status).toBe(0);
    for (const command of ['serve', 'migrate', 'doctor']) expect(result.stdout).toContain(command);
  });

  it('rejects an unknown command', () => {
    const result = cli(['explode'], {});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown command');
  });

  it('refuses bad settings, naming every problem, and exits 1', () => {
    const result = cli(['serve'], { PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    expect(result.status).toBe(1);
    for (const key of ['PORT', 'LOG_LEVEL', 'DATABASE_URL']) expect(result.stderr).toContain(key);
  });

  it('refuses insecure production settings with a clear message', () => {
    const result = cli(['serve'], { NODE_ENV: 'production', PUBLIC_URL: 'http://daybook.example' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('AUTH_SECRET');
    expect(result.stderr).toContain('must be https://');
  });

  it('migrates idempotently', async () => {
    environment = await createTestEnvironment();
    const first = cli(['migrate'], environment.env);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('applied 0001_instance_settings');
    const second = cli(['migrate'], environment.env);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('up to date');
  });

  it('doctor passes on a healthy setup and prints security warnings', async () => {
    environment = await createTestEnvironment();
    cli(['migrate'], environment.env);
    const result = cli(['doctor'], environment.env);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('ok: database answers');
    expect(result.stdout).toContain('warning: PUBLIC_URL is not https://');
    // Never prints a connection string, which may hold a password.
    if (environment.env.DATABASE_URL) expect(result.stdout).not.toContain(environment.env.DATABASE_URL);
  });

  it('create-admin makes an administrator who can sign in, under the password policy', async () => {
    environment = await createTestEnvironment();
    const weak = cli(['create-admin', '--email', 'root@example.org', '--name', 'Root'], environment.env, 'short\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('15 characters');
    const created = cli(['create-admin', '--email', 'Root@Example.org', '--name', 'Root'], environment.env, 'a long enough admin passphrase\n');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('administrator root@example.org created');
    const t = await createTestApp(environment.env);
    try {
      const signedIn = await signIn(t.app, 'root@example.org', 'a long enough admin passphrase');
      expect(signedIn.statusCode).toBe(200);
      const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: cookiesFrom(signedIn) } });
      expect(me.json().role).toBe('admin');
    } finally {
      // Closes the app and removes the spare database createTestApp made; afterEach removes ours.
      await t.close();
    }
  });

  it('doctor exits non-zero when the database does not answer', () => {
    const result = cli(['doctor'], { DATABASE_URL: 'postgres://nobody:secret-pw@127.0.0.1:1/none' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('error: database does not answer');
    expect(result.stdout).not.toContain('secret-pw');
  });
});

describe(`graceful shutdown (${testDatabase})`, () => {
  it('finishes an in-flight request after SIGTERM, then exits 0', async () => {
    const environment = await createTestEnvironment({ LOG_LEVEL: 'info' });
    const child = spawn(process.execPath, [cliPath, 'serve'], { env: { PATH: process.env.PATH ?? '', ...environment.env } });
    try {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 20_000);
        child.stdout.on('data', () => {
          const match = /running at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
      });

      // Start a request whose body has not fully arrived, then ask the server to stop.
      const body = JSON.stringify({ 'csp-report': { 'effective-directive': 'script-src', 'blocked-uri': 'inline' } });
      const socket = net.connect({ host: '127.0.0.1', port });
      await new Promise((resolve) => socket.once('connect', resolve));
      let response = '';
      socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
      socket.write(
        `POST /api/v1/csp-reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/csp-report\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      socket.write(body.slice(10));
      await new Promise((resolve) => socket.once('close', resolve));

      expect(response).toMatch(/^HTTP\/1\.1 204/);
      expect(await exited).toBe(0);
      expect(output).toContain('shutdown complete');
    } finally {
      child.kill('SIGKILL');
      await environment.cleanup();
    }
  });
});

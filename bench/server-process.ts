import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Peak resident set size so far (VmHWM), in MiB. */
  peakRssMiB(): number;
  stop(): Promise<void>;
}

/** Starts a server script and resolves once it prints the port it listens on. */
export function startServer(args: string[], env: Record<string, string>, portPattern: RegExp): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output.slice(-500)}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = portPattern.exec(output);
      if (!match) return;
      clearTimeout(timer);
      output = '';
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve({
        url: `http://127.0.0.1:${match[1]}`,
        child,
        peakRssMiB: () => {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
          return Math.round(kib / 1024);
        },
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output.slice(-500)}`)));
  });
}

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail. Implementations never log message bodies: they carry sign-in and reset links. */
export interface Mailer {
  readonly kind: 'smtp' | 'file' | 'memory';
  send(message: MailMessage): Promise<void>;
}

/** Any SMTP provider (SendGrid, Postmark, SES, a local relay) through nodemailer. */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    send: async (message) => {
      await transport.sendMail({ from, ...message });
    },
  };
}

/**
 * Development and single-user default: each mail becomes a file in DATA_DIR/mail (mode 0600), so
 * a verification or reset link can be opened without an SMTP server. Only the recipient and
 * subject are logged.
 */
export function createFileMailer(directory: string, from: string, logger: Pick<Logger, 'info'>): Mailer {
  return {
    kind: 'file',
    send: async (message) => {
      mkdirSync(directory, { recursive: true, mode: 0o700 });
      const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}.eml`);
      const content = `From: ${from}\nTo: ${message.to}\nSubject: ${message.subject}\nDate: ${new Date().toUTCString()}\nContent-Type: text/plain; charset=utf-8\n\n${message.text}\n`;
      writeFileSync(file, content, { mode: 0o600 });
      logger.info({ mail: { to: message.to, subject: message.subject, file } }, 'mail written to file (no SMTP_URL configured)');
    },
  };
}

/** Test double: keeps every message in memory. */
export function createMemoryMailer(): Mailer & { outbox: MailMessage[] } {
  const outbox: MailMessage[] = [];
  return {
    kind: 'memory',
    outbox,
    send: async (message) => {
      outbox.push(message);
    },
  };
}

import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Paths whose values never reach a log line. Fastify's request serializer logs no headers or
 * bodies, but anything a module logs by hand goes through the same redaction.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.apiKey',
  '*.secret',
  '*.body',
  '*.text',
  'password',
  'token',
  'secret',
];

/**
 * A request URL as it may be logged: the path without its query (which carries journal search
 * words, invite and verification tokens), and with the token of a password-reset link masked.
 */
export function loggableUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const masked = path.replace(/(\/reset-password\/)[^/]+/i, '$1[redacted]');
  return queryAt === -1 ? masked : `${masked}?[query not logged]`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  hostname?: string;
  ip?: string;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'daybook' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      // Replaces Fastify's request serializer, which logs the full URL.
      serializers: {
        req: (request: LoggedRequest) => ({ method: request.method, url: loggableUrl(request.url ?? ''), host: request.host ?? request.hostname, remoteAddress: request.ip }),
      },
    },
    destination,
  );
}

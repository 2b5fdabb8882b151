import http from 'node:http';

export type Mode = 'stream' | 'slow' | 'rate-limited-once' | 'error' | 'malformed';

/**
 * A real HTTP server speaking the OpenAI chat-completions protocol, misbehaving on request.
 * `answer` replaces the default journal analysis (for other prompts); the last request body is
 * kept so tests can check what was sent.
 */
export function fakeOpenAi(options: { answer?: string } = {}) {
  let mode: Mode = 'stream';
  let requests = 0;
  let lastBody = '';
  const answer = options.answer ?? JSON.stringify({ sentiment: { score: -0.4, label: 'negative', emotions: ['anxiety'] }, acknowledgement: 'That sounds like a tense day. It makes sense that you feel on edge.' });
  const chunk = (content: string) => `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'fake', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
  const server = http.createServer((request, response) => {
    requests += 1;
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => {
      lastBody = Buffer.concat(parts).toString('utf8');
      if (mode === 'error') return response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"boom"}}');
      if (mode === 'rate-limited-once' && requests === 1) return response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' }).end('{"error":{"message":"slow down"}}');
      if (mode === 'slow') return void setTimeout(() => response.writeHead(200).end(), 2000);
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const content = mode === 'malformed' ? 'I am not JSON, sorry!' : answer;
      // Streamed in small pieces, as real servers do.
      for (let i = 0; i < content.length; i += 20) response.write(chunk(content.slice(i, i + 20)));
      response.end('data: [DONE]\n\n');
    });
  });
  return {
    server,
    set(next: Mode) {
      mode = next;
      requests = 0;
    },
    requests: () => requests,
    lastBody: () => lastBody,
  };
}

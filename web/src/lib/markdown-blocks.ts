/** Splits Markdown text into blocks: the structure only, with inline text left for renderInline. */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'code'; lines: string[] };

const heading = /^(#{1,6})\s+(.*)$/;
const bullet = /^\s*[-*+]\s+(.*)$/;
const numbered = /^\s*\d+[.)]\s+(.*)$/;
const quote = /^\s*>\s?(.*)$/;
const fence = /^\s*```/;

function isBlockStart(line: string): boolean {
  return heading.test(line) || bullet.test(line) || numbered.test(line) || quote.test(line) || fence.test(line);
}

export function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i += 1;
      continue;
    }
    const h = heading.exec(line);
    if (h) {
      blocks.push({ kind: 'heading', level: h[1]?.length ?? 1, text: h[2] ?? '' });
      i += 1;
    } else if (fence.test(line)) {
      const code: string[] = [];
      i += 1;
      while (i < lines.length && !fence.test(lines[i] ?? '')) code.push(lines[i++] ?? '');
      blocks.push({ kind: 'code', lines: code });
      i += 1;
    } else if (quote.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && quote.test(lines[i] ?? '')) quoted.push(quote.exec(lines[i++] ?? '')?.[1] ?? '');
      blocks.push({ kind: 'quote', lines: quoted });
    } else if (bullet.test(line) || numbered.test(line)) {
      const ordered = numbered.test(line);
      const pattern = ordered ? numbered : bullet;
      const items: string[] = [];
      while (i < lines.length && pattern.test(lines[i] ?? '')) items.push(pattern.exec(lines[i++] ?? '')?.[1] ?? '');
      blocks.push({ kind: 'list', ordered, items });
    } else {
      const paragraph: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() !== '' && (paragraph.length === 0 || !isBlockStart(lines[i] ?? ''))) paragraph.push(lines[i++] ?? '');
      blocks.push({ kind: 'paragraph', lines: paragraph });
    }
  }
  return blocks;
}

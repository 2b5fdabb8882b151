import type { ReactNode } from 'react';

/**
 * Inline Markdown to React elements: `code`, **bold**, *italic* / _italic_ and [links](https://…).
 * Everything else, raw HTML included, stays text (React escapes it). A link is only made for an
 * http(s) URL; any other target (javascript:, data:, relative) is shown as the text it was written as.
 */
const inlinePattern = /`([^`\n]+)`|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|\b_([^_\s](?:[^_]*[^_\s])?)_\b|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

export function isSafeUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let index = 0;
  for (const match of text.matchAll(inlinePattern)) {
    const start = match.index;
    if (start > last) out.push(text.slice(last, start));
    const key = `${keyPrefix}-${index++}`;
    const [whole, code, bold, boldAlt, italic, italicAlt, label, url] = match;
    if (code !== undefined) {
      out.push(
        <code key={key} className="rounded bg-surface-muted px-1 py-0.5 font-mono text-[0.9em]">
          {code}
        </code>,
      );
    } else if (bold !== undefined || boldAlt !== undefined) {
      out.push(<strong key={key}>{renderInline(bold ?? boldAlt ?? '', key)}</strong>);
    } else if (italic !== undefined || italicAlt !== undefined) {
      out.push(<em key={key}>{renderInline(italic ?? italicAlt ?? '', key)}</em>);
    } else if (label !== undefined && url !== undefined && isSafeUrl(url)) {
      out.push(
        <a key={key} href={url} rel="noopener noreferrer nofollow" target="_blank" className="font-medium text-accent-soft-ink underline underline-offset-2">
          {renderInline(label, key)}
        </a>,
      );
    } else {
      out.push(whole);
    }
    last = start + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Inline Markdown with each line break kept as a <br>. */
export function renderLines(lines: readonly string[], keyPrefix: string): ReactNode[] {
  return lines.flatMap((line, index) => (index === 0 ? renderInline(line, `${keyPrefix}-${index}`) : [<br key={`${keyPrefix}-br-${index}`} />, ...renderInline(line, `${keyPrefix}-${index}`)]));
}

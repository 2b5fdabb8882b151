import { createElement, type ReactNode } from 'react';
import { parseBlocks, type Block } from '../lib/markdown-blocks.ts';
import { renderInline, renderLines } from '../lib/markdown-inline.tsx';

/** Headings inside an entry sit below the page's own h1 and h2. */
const headingTags = ['h3', 'h4', 'h5', 'h6'] as const;
const headingClasses = ['text-xl font-semibold', 'text-lg font-semibold', 'font-semibold', 'font-semibold'];

function renderBlock(block: Block, key: string): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(Math.max(block.level - 1, 0), headingTags.length - 1);
      return createElement(headingTags[level] ?? 'h6', { key, className: `${headingClasses[level] ?? ''} tracking-tight text-ink` }, renderInline(block.text, key));
    }
    case 'quote':
      return (
        <blockquote key={key} className="border-l-4 border-line-strong pl-4 text-ink-muted italic">
          <p>{renderLines(block.lines, key)}</p>
        </blockquote>
      );
    case 'list': {
      const items = block.items.map((item, index) => <li key={`${key}-${index}`}>{renderInline(item, `${key}-${index}`)}</li>);
      return block.ordered ? (
        <ol key={key} className="list-decimal space-y-1 pl-6">
          {items}
        </ol>
      ) : (
        <ul key={key} className="list-disc space-y-1 pl-6">
          {items}
        </ul>
      );
    }
    case 'code':
      return (
        <pre key={key} className="overflow-x-auto rounded-xl bg-surface-muted p-4 font-mono text-sm">
          <code>{block.lines.join('\n')}</code>
        </pre>
      );
    case 'paragraph':
      return <p key={key}>{renderLines(block.lines, key)}</p>;
  }
}

/**
 * A small, safe Markdown renderer: it builds React elements, never HTML strings, so anything
 * that looks like HTML is shown as the text it is. Links are made only for http(s) URLs.
 */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  return <div className={`space-y-4 leading-relaxed wrap-break-word text-ink ${className}`}>{parseBlocks(source).map((block, index) => renderBlock(block, `b${index}`))}</div>;
}

/**
 * Scoping rules of the crisis detector (see crisis.ts): negation before a match, the subject of a
 * match, reported commands, and (new) words after a match that end or deny it.
 */

/**
 * Words that close the scope of a negation or a subject: conjunctions and subordinators
 * ("I am not okay and I want to die", "please do not be sad when I am gone").
 */
const scopeBreakers = new Set(['and', 'but', 'because', 'though', 'although', 'yet', 'or', 'then', 'while', 'whereas', 'except', 'when', 'whenever', 'if', 'after', 'before', 'since', 'until', 'once', 'unless']);

/** Negators whose scope reaches a following match. "no one"/"nobody"/"nothing" are subjects instead. */
const scopeNegators = new Set(['not', 'never', 'no', 'nor', 'neither', 'hardly']);

/** After a negator, these verbs make it about something else ("can not stop thinking about ..."). */
const notAboutTheMatch = new Set(['stop', 'help', 'know', 'told', 'tell', 'telling', 'say', 'said', 'admit', 'admitted', 'anyone', 'mind', 'care', 'wait', 'one', 'matter', 'remember', 'understand', 'see', 'get']);
/** After a negator, these make the clause uncertain, so any negation in it stops counting. */
const uncertainty = new Set(['sure', 'certain', 'promise', 'guarantee', 'trust', 'confident', 'convinced']);

export const firstPerson = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our', 'ourselves', 'mine']);
export const otherPerson = new Set(
  `he she they him them his her their hers theirs himself herself themselves you your yourself someone somebody people person man woman guy girl boy kid kids child children teen
  teens teenager teenagers friend friends mate brother sister mum mom mother dad father son daughter cousin aunt uncle grandma grandad grandpa grandmother grandfather nan
  colleague colleagues coworker coworkers boss partner wife husband boyfriend girlfriend neighbour neighbor patient patients client clients student students character characters
  author celebrity singer actor actress protagonist hero villain article news report study documentary film movie book show episode podcast lecture training course campaign
  charity hotline helpline headline study survey statistics stats`.split(/\s+/),
);

// --- scoping rules ------------------------------------------------------------------------------

/** Words before the match in its clause, nearest last, stopping at a scope breaker. */
export function scopeBefore(clause: string, index: number, limit: number): string[] {
  // A match that opens with a conjunction ("when i am gone") starts a scope of its own.
  if (scopeBreakers.has(clause.slice(index).split(' ', 1)[0] ?? '')) return [];
  // At most 12 words are read, so 200 characters are enough; the window keeps many matches in one long clause linear.
  const words = clause.slice(Math.max(0, index - 200), index).trim().split(' ').filter(Boolean);
  const scope: string[] = [];
  for (let i = words.length - 1; i >= 0 && scope.length < limit; i -= 1) {
    const word = words[i] as string;
    if (scopeBreakers.has(word) || (word === 'so' && words[i + 1] === 'i')) break;
    scope.unshift(word);
  }
  return scope;
}

/** True when a negation before the match (within six words, same clause) cancels it; counted by parity. */
export function isNegatedAt(clause: string, index: number): boolean {
  const scope = scopeBefore(clause, index, 6);
  let negations = 0;
  for (let i = 0; i < scope.length; i += 1) {
    const word = scope[i] as string;
    if (!scopeNegators.has(word)) continue;
    const next = scope[i + 1] ?? '';
    const afterNext = scope[i + 2] ?? '';
    if (uncertainty.has(next) || uncertainty.has(afterNext)) return false;
    if (word === 'no' && next === 'one') continue;
    if (notAboutTheMatch.has(next) || (next === 'even' && notAboutTheMatch.has(afterNext))) continue;
    negations += 1;
  }
  return negations % 2 === 1;
}

/** True when someone other than the writer is the nearest subject before the match. */
export function otherSubjectAt(clause: string, index: number): boolean {
  const scope = scopeBefore(clause, index, 12);
  for (let i = scope.length - 1; i >= 0; i -= 1) {
    const word = scope[i] as string;
    if (firstPerson.has(word)) return false;
    if (otherPerson.has(word)) return true;
  }
  return false;
}

/** "he told me to kill myself" is someone else's abuse, unless it is a voice in the writer's head. */
export function reportedCommandAt(clause: string, index: number): boolean {
  const before = scopeBefore(clause, index, 6).join(' ');
  return /\b(?:told|tell|tells|telling|said|says|wants|want|wanted|asked) me to$/.test(before) && !/\b(?:voice|voices|head|brain|thoughts|mind)\b/.test(clause.slice(Math.max(0, index - 200), index + 200));
}

/**
 * Words right after a match that end or deny it: "the suicidal thoughts have stopped", "the urges
 * went away", "... are behind me". A following object ("stopped me from sleeping") keeps it.
 */
const endingAfter =
  /^(?: [a-z]+){0,2}? (?:have|has|had|finally|mostly|completely|now)? ?(?:stopped|ended|gone away|went away|faded|faded away|passed|eased|eased off|lifted|disappeared|subsided|calmed down|are gone|is gone|have gone|are behind me|is behind me|are in the past|is in the past|are under control|is under control|are over|is over now|no longer)\b(?! (?:me|my|us|when|until|and come back|but)\b)/;

export function endedAfter(clause: string, end: number): boolean {
  return endingAfter.test(clause.slice(end, end + 80));
}

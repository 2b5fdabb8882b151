import { describe, expect, it } from 'vitest';
import { payeeKey, tokenise } from './normalise.ts';

describe('tokenise', () => {
  it.each<[string | null, string[]]>([
    ['TESCO STORES 3142 LONDON', ['tesco', 'stores', 'london']],
    ['SQ *BLUE BOTTLE COFFEE', ['blue', 'bottle', 'coffee']],
    ['AMZN Mktp DE*2K4', ['amzn', 'mktp']],
    ['PAYPAL *SPOTIFY', ['spotify']],
    ['SEPA-LASTSCHRIFT STADTWERKE MÜNCHEN', ['stadtwerke', 'munchen']],
    ['POS 1234 CARD 5512 12/03 STARBUCKS', ['starbucks']],
    ['CB CARREFOUR CITY 12/03', ['carrefour', 'city']],
    ["SAINSBURY'S S/MKTS", ['sainsburys', 'mkts']],
    ['M&S SIMPLY FOOD - 0412', ['ms', 'simply', 'food']],
    ['Café Crème à Paris', ['cafe', 'creme', 'paris']],
    ['Straße', ['strasse']],
    ['O2 GERMANY GMBH & CO. OHG', ['o2', 'germany']],
    ['REWE SAGT DANKE. 44021', ['rewe']],
    ['', []],
    [null, []],
  ])('%j -> %j', (text, expected) => {
    expect(tokenise(text)).toEqual(expected);
  });

  it('gives the same tokens on the fast ASCII path and the general Unicode path', () => {
    // A non-ASCII character anywhere sends the text down the general path.
    for (const text of ['TESCO STORES 3142 LONDON', "SAINSBURY'S S/MKTS", 'M&S FOOD', 'AT&T*BILL', "x'y & z"]) {
      expect(tokenise(`${text} ééé`)).toEqual([...tokenise(text), 'eee']);
    }
  });

  it('stays linear on long hostile input', () => {
    expect(tokenise('a'.repeat(1_000_000))).toEqual(['a'.repeat(500)]);
  });
});

describe('payeeKey', () => {
  it.each<[string, string]>([
    ['TESCO STORES 3142 LONDON', 'tesco stores london'],
    ['TESCO STORES 0021 LONDON', 'tesco stores london'],
    ['PAYPAL *SPOTIFY', 'spotify'],
    ['POS 4411', ''],
  ])('%s -> %j', (payee, expected) => {
    expect(payeeKey(payee)).toBe(expected);
  });
});

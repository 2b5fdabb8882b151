import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  CODES_WITHOUT_MINOR_UNIT,
  FUND_CODES,
  MAX_AMOUNT_MINOR,
  currencyExponent,
  formatMinor,
  isCurrencyCode,
  parseAmountToMinor,
} from './money.ts';

describe('isCurrencyCode', () => {
  it.each([
    ['EUR', true],
    ['USD', true],
    ['JPY', true],
    ['KWD', true],
    ['XOF', true], // CFA franc: a real currency despite the X
    ['XCD', true],
    ['XCG', true], // newer than the package's data
    ['eur', false], // upper case only; callers normalise
    ['EURO', false],
    ['', false],
    ['XAU', false], // gold
    ['XTS', false], // testing
    ['XXX', false], // no currency
    ['XDR', false],
    ['CLF', false], // fund
    ['USN', false],
    ['ABC', false],
    ['HRK', false], // withdrawn
    ['__proto__', false],
    ['toString', false],
  ])('%j → %s', (code, expected) => {
    expect(isCurrencyCode(code)).toBe(expected);
  });

  it('keeps the excluded lists in step with the ISO file the package ships', () => {
    const packageDir = createRequire(import.meta.url).resolve('currency-codes').replace(/index\.js$/u, '');
    const xml = readFileSync(`${packageDir}iso-4217-list-one.xml`, 'utf8');
    const entries = xml.split('<CcyNtry>').slice(1);
    const codeOf = (entry: string) => /<Ccy>([A-Z]{3})<\/Ccy>/u.exec(entry)?.[1];
    const funds = new Set(entries.filter((entry) => entry.includes('IsFund="true"')).map(codeOf));
    const noMinorUnit = new Set(entries.filter((entry) => entry.includes('<CcyMnrUnts>N.A.')).map(codeOf));
    expect([...funds].sort()).toEqual([...FUND_CODES].sort());
    expect([...noMinorUnit].sort()).toEqual([...CODES_WITHOUT_MINOR_UNIT].sort());
  });
});

describe('currencyExponent', () => {
  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['EUR', 2],
    ['GBP', 2],
    ['KWD', 3],
    ['BHD', 3],
    ['UYW', 4],
  ])('%s → %i', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it('throws for a code that is not a currency', () => {
    expect(() => currencyExponent('XAU')).toThrow(RangeError);
  });
});

describe('parseAmountToMinor', () => {
  it.each<[string, string, 'dot' | 'comma', number]>([
    ['0.29', 'EUR', 'dot', 29],
    ['0,29', 'EUR', 'comma', 29],
    ['12.50', 'EUR', 'dot', 1250],
    ['12', 'EUR', 'dot', 1200],
    ['.5', 'EUR', 'dot', 50],
    ['1,234.56', 'EUR', 'dot', 123456],
    ['1234.56', 'EUR', 'dot', 123456],
    ['1.234,56', 'EUR', 'comma', 123456],
    ['-1.234,56', 'EUR', 'comma', -123456],
    ['1 234,56', 'EUR', 'comma', 123456],
    ['1\u202f234,56', 'EUR', 'comma', 123456],
    ['1\u00a0234,56', 'EUR', 'comma', 123456],
    ["1'234.56", 'CHF', 'dot', 123456],
    ["1'234,56", 'CHF', 'comma', 123456],
    ['1,00,000.00', 'INR', 'dot', 10000000],
    ['(12.50)', 'USD', 'dot', -1250],
    ['($12.50)', 'USD', 'dot', -1250],
    ['-12.50', 'USD', 'dot', -1250],
    ['\u221212.50', 'USD', 'dot', -1250],
    ['+12.50', 'USD', 'dot', 1250],
    ['12,50-', 'EUR', 'comma', -1250],
    ['€12,50', 'EUR', 'comma', 1250],
    ['€ 12,50', 'EUR', 'comma', 1250],
    ['-€12.50', 'EUR', 'dot', -1250],
    ['€-12.50', 'EUR', 'dot', -1250],
    ['12,50 €', 'EUR', 'comma', 1250],
    ['12.50 USD', 'USD', 'dot', 1250],
    ['usd 12.50', 'USD', 'dot', 1250],
    ['$1,000', 'USD', 'dot', 100000],
    ['R$ 1.000,00', 'BRL', 'comma', 100000],
    ['12.500', 'EUR', 'dot', 1250],
    ['1234', 'JPY', 'dot', 1234],
    ['¥1,234', 'JPY', 'dot', 1234],
    ['1234.00', 'JPY', 'dot', 1234],
    ['1.234', 'KWD', 'dot', 1234],
    ['1,234.567', 'KWD', 'dot', 1234567],
    ['1.2345', 'UYW', 'dot', 12345],
    ['-0.00', 'EUR', 'dot', 0],
    ['90071992547409.91', 'EUR', 'dot', MAX_AMOUNT_MINOR],
  ])('%j %s %s → %i', (text, currency, style, minor) => {
    const result = parseAmountToMinor(text, currency, style);
    expect(result).toEqual({ ok: true, minor });
    if (result.ok) expect(Object.is(result.minor, -0)).toBe(false);
  });

  it.each<[string, string, 'dot' | 'comma', 'format' | 'too_many_decimals' | 'too_large']>([
    ['', 'EUR', 'dot', 'format'],
    ['   ', 'EUR', 'dot', 'format'],
    ['abc', 'EUR', 'dot', 'format'],
    ['1e5', 'EUR', 'dot', 'format'],
    ['1E5', 'EUR', 'dot', 'format'],
    ['0x10', 'EUR', 'dot', 'format'],
    ['Infinity', 'EUR', 'dot', 'format'],
    ['NaN', 'EUR', 'dot', 'format'],
    ['--5', 'EUR', 'dot', 'format'],
    ['-(5)', 'EUR', 'dot', 'format'],
    ['(-5)', 'EUR', 'dot', 'format'],
    ['1.2.3', 'EUR', 'dot', 'format'],
    ['12,34.56', 'EUR', 'dot', 'format'], // a comma group must have three digits
    ['1,234,5', 'EUR', 'dot', 'format'],
    ['1.234,56', 'EUR', 'dot', 'format'], // the wrong style is not guessed here
    ['1, 234.56', 'EUR', 'dot', 'format'], // mixed separators
    ['12 abc', 'EUR', 'dot', 'format'], // three letters that are not a code
    ['€12 USD', 'EUR', 'dot', 'format'],
    ['12.', 'EUR', 'dot', 'format'],
    ['1'.repeat(65), 'EUR', 'dot', 'format'],
    ['=1+2', 'EUR', 'dot', 'format'],
    ['12.345', 'EUR', 'dot', 'too_many_decimals'],
    ['12,345', 'EUR', 'comma', 'too_many_decimals'],
    ['1234.5', 'JPY', 'dot', 'too_many_decimals'],
    ['1.2345', 'KWD', 'dot', 'too_many_decimals'],
    ['9007199254740993', 'JPY', 'dot', 'too_large'],
    ['90071992547409.92', 'EUR', 'dot', 'too_large'],
    ['99999999999999999999999', 'EUR', 'dot', 'too_large'],
  ])('%j %s %s → %s', (text, currency, style, reason) => {
    expect(parseAmountToMinor(text, currency, style)).toEqual({ ok: false, reason });
  });

  it('throws for a currency that is not one (a caller bug, not bad input)', () => {
    expect(() => parseAmountToMinor('1', 'XXX', 'dot')).toThrow(RangeError);
  });
});

describe('formatMinor', () => {
  it.each([
    [123456, 'EUR', '1234.56'],
    [5, 'EUR', '0.05'],
    [-5, 'EUR', '-0.05'],
    [500, 'EUR', '5.00'],
    [0, 'EUR', '0.00'],
    [-5, 'JPY', '-5'],
    [1234, 'KWD', '1.234'],
    [MAX_AMOUNT_MINOR, 'EUR', '90071992547409.91'],
  ])('%i %s → %s', (minor, currency, expected) => {
    expect(formatMinor(minor, currency)).toBe(expected);
  });

  it.each([0.5, Number.NaN, MAX_AMOUNT_MINOR + 1])('refuses %d', (minor) => {
    expect(() => formatMinor(minor, 'EUR')).toThrow(RangeError);
  });

  it('round-trips through parseAmountToMinor', () => {
    for (const [minor, currency] of [[-123456, 'EUR'], [7, 'KWD'], [99, 'JPY']] as const) {
      expect(parseAmountToMinor(formatMinor(minor, currency), currency, 'dot')).toEqual({ ok: true, minor });
    }
  });
});

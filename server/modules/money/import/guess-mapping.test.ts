import { describe, expect, it } from 'vitest';
import { guessDecimalStyle, guessMapping, normaliseHeader, type ImportMapping } from './guess-mapping.ts';

describe('guessMapping', () => {
  it.each<[string, string[], string[][], ImportMapping]>([
    [
      'plain English with a signed amount',
      ['Date', 'Description', 'Amount', 'Balance'],
      [['2026-03-01', 'Coffee', '-3.50', '100.00'], ['2026-03-02', 'Salary', '2,500.00', '2600.00']],
      { date: 0, payee: 1, amount: 2, dateFormat: 'YYYY-MM-DD', decimalStyle: 'dot' },
    ],
    [
      'UK bank with paid out / paid in, ambiguous dates settled by the sample',
      ['Transaction Date', 'Transaction Type', 'Transaction Description', 'Paid out', 'Paid in', 'Balance'],
      [['03/04/2026', 'DEB', 'TESCO', '12.50', '', '90.00'], ['25/04/2026', 'BGC', 'EMPLOYER', '', '1500.00', '1590.00']],
      { date: 0, kind: 1, payee: 2, debit: 3, credit: 4, dateFormat: 'DD/MM/YYYY', decimalStyle: 'dot' },
    ],
    [
      'US bank, month first',
      ['Posting Date', 'Payee', 'Memo', 'Amount', 'Category'],
      [['03/04/2026', 'Target', 'card 1234', '-45.10', 'Shopping'], ['03/25/2026', 'ACME', '', '1200.00', 'Income']],
      { date: 0, payee: 1, note: 2, amount: 3, category: 4, dateFormat: 'MM/DD/YYYY', decimalStyle: 'dot' },
    ],
    [
      'German Sparkasse-style, semicolon file values',
      ['Auftragskonto', 'Buchungstag', 'Valutadatum', 'Buchungstext', 'Verwendungszweck', 'Beguenstigter/Zahlungspflichtiger', 'Betrag', 'Waehrung'],
      [['DE123', '01.03.2026', '01.03.2026', 'LASTSCHRIFT', 'Miete März', 'Vermieter GmbH', '-1.234,56', 'EUR']],
      { date: 1, payee: 5, note: 4, amount: 6, currency: 7, dateFormat: 'DD.MM.YYYY', decimalStyle: 'comma' },
    ],
    [
      'French with accents and a unit in the header',
      ['Date opération', 'Libellé', 'Montant (EUR)', 'Catégorie'],
      [['01/03/2026', 'Boulangerie', '-4,20', 'Alimentation']],
      { date: 0, payee: 1, amount: 2, category: 3, dateFormat: 'DD/MM/YYYY', decimalStyle: 'comma' },
    ],
    [
      'Dutch ING: Af Bij kind column, Valuta as currency',
      ['Datum', 'Naam / Omschrijving', 'Rekening', 'Tegenrekening', 'Af Bij', 'Bedrag (EUR)', 'Mededelingen', 'Valuta'],
      [['2026-03-01', 'Albert Heijn', 'NL01', 'NL02', 'Af', '12,34', 'Pinbetaling', 'EUR']],
      { date: 0, payee: 1, account: 2, kind: 4, amount: 5, note: 6, currency: 7, dateFormat: 'YYYY-MM-DD', decimalStyle: 'comma' },
    ],
    [
      'Spanish',
      ['Fecha', 'Concepto', 'Importe', 'Divisa'],
      [['01/03/2026', 'Mercadona', '-25,30', 'EUR']],
      { date: 0, payee: 1, amount: 2, currency: 3, dateFormat: 'DD/MM/YYYY', decimalStyle: 'comma' },
    ],
    [
      'Name preferred as payee, Description becomes the note; Debit/Credit is a kind column',
      ['Date', 'Name', 'Description', 'Debit/Credit', 'Amount', 'Account', 'Currency'],
      [['2026-03-01', 'Shop', 'card purchase', 'Debit', '10.00', 'Main', 'usd']],
      { date: 0, payee: 1, note: 2, kind: 3, amount: 4, account: 5, currency: 6, dateFormat: 'YYYY-MM-DD', decimalStyle: 'dot' },
    ],
    [
      'unknown headers: date and payee found from the values, no amount guessed',
      ['When', 'Who', 'How much'],
      [['2026-03-01', 'Shop', '1.00']],
      { date: 0, payee: 1, dateFormat: 'YYYY-MM-DD', decimalStyle: 'dot' },
    ],
    [
      'a lone debit column is taken as the amount',
      ['Date', 'Payee', 'Debit'],
      [['2026-03-01', 'Shop', '-1.00']],
      { date: 0, payee: 1, amount: 2, dateFormat: 'YYYY-MM-DD', decimalStyle: 'dot' },
    ],
    [
      'no sample rows',
      ['Date', 'Payee', 'Amount'],
      [],
      { date: 0, payee: 1, amount: 2, dateFormat: 'YYYY-MM-DD', decimalStyle: 'dot' },
    ],
  ])('%s', (_name, headers, sample, expected) => {
    expect(guessMapping(headers, sample)).toEqual(expected);
  });
});

describe('guessDecimalStyle', () => {
  it.each<[string[], 'dot' | 'comma']>([
    [['12.50', '-3.1'], 'dot'],
    [['12,50', '-3,1'], 'comma'],
    [['1.234,56'], 'comma'],
    [['1,234.56'], 'dot'],
    [['1,234', '12,50'], 'comma'], // three digits after the mark do not vote
    [['1.234', '12.50'], 'dot'],
    [['-12,50 €', '(3,00)'], 'comma'],
    [['100', '200'], 'dot'],
    [[], 'dot'],
  ])('%j → %s', (values, expected) => {
    expect(guessDecimalStyle(values)).toBe(expected);
  });
});

describe('normaliseHeader', () => {
  it.each([
    ['Libellé', 'libelle'],
    ['Währung', 'wahrung'],
    ['  Betrag (EUR) ', 'betrag eur'],
    ['Naam / Omschrijving', 'naam omschrijving'],
    ['Straße', 'strasse'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseHeader(input)).toBe(expected);
  });
});

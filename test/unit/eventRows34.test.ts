import { strict as assert } from 'node:assert';
import { eventRowDescription } from '../../src/vscode/views/eventRows';

describe('an Events tree row says when, where and who (session 34)', () => {
  it('a dated event shows its ISO date, place and participants', () => {
    assert.equal(eventRowDescription({ date: '2025-06-16', dateText: 'on June 16', place: 'Calgary' }, ['Lena Ortiz']), '2025-06-16 · Calgary · Lena Ortiz');
  });

  it('an event dated only by its words (an article without a date) shows those words, not just "undated"', () => {
    assert.equal(eventRowDescription({ date: null, dateText: 'June 16', place: null }, []), '“June 16”, no year');
  });

  it('an event without any date words is undated', () => {
    assert.equal(eventRowDescription({ date: null, dateText: null, place: 'Ottawa' }, ['A', 'B']), 'undated · Ottawa · A, B');
  });

  it('names three participants, then counts the rest', () => {
    assert.equal(eventRowDescription({ date: '2025', dateText: 'this year', place: null }, ['A', 'B', 'C', 'D', 'E']), '2025 · A, B, C +2');
  });
});

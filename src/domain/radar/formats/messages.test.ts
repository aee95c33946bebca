import { describe, expect, it } from 'vitest';
import { RADAR_ISSUE_CODES, type RadarIssue } from './issues.js';
import { formatRadarIssue, radarIssueMessage } from './messages.js';

const SAMPLE_PARAMS: Record<string, string | number> = {
  value: 'x',
  column: 'ring',
  allowed: 'Adopt, Hold',
  name: 'Kotlin',
  id: 'k',
  firstLine: 3,
  expected: 'string',
  reason: 'unclosed_quote',
  max: 200,
  min: 1,
  count: 5,
  format: 'BYOR',
  shown: 200,
  more: 7,
};

describe('radar issue messages', () => {
  it.each(RADAR_ISSUE_CODES)('%s reads as a sentence in Danish and English', (code) => {
    for (const lang of ['da', 'en'] as const) {
      const message = radarIssueMessage({ line: 2, code, params: SAMPLE_PARAMS }, lang);
      expect(message).toMatch(/^[A-ZÆØÅ»“…]/u);
      expect(message).toMatch(/[.]$/);
      expect(message).not.toMatch(/undefined|\{|\}/);
      // Without params, nothing reads "undefined".
      expect(radarIssueMessage({ line: null, code }, lang)).not.toMatch(/undefined|null/);
    }
  });

  it('says where: line and field', () => {
    const issue: RadarIssue = {
      line: 12,
      field: 'ring',
      code: 'unknown_ring',
      params: { value: 'Adoptt', allowed: 'Adopt, Trial, Assess, Hold' },
    };
    expect(formatRadarIssue(issue, 'da')).toBe('Linje 12, ring: Ukendt ring »Adoptt« (mulige: Adopt, Trial, Assess, Hold).');
    expect(formatRadarIssue(issue, 'en')).toBe('Line 12, ring: Unknown ring “Adoptt” (allowed: Adopt, Trial, Assess, Hold).');
    expect(formatRadarIssue({ line: null, code: 'empty_file' }, 'da')).toBe('Filen indeholder ingen blips.');
    expect(
      formatRadarIssue(
        { line: null, field: 'sectors', code: 'unsupported_sector_count', params: { format: 'Zalando', count: 6, allowed: '4' } },
        'en',
      ),
    ).toBe('sectors: Zalando can only show 4 sectors, and the radar has 6.');
  });
});

import { renderJson } from '../../src/report';
import { buildDiagnosis } from './diagnosis-builder';
import { unsafeCharacters } from './unsafe-characters';

describe('renderJson', () => {
  it('round-trips to exactly the Diagnosis', () => {
    const d = buildDiagnosis();
    expect(JSON.parse(renderJson(d))).toEqual(d);
  });

  it('keeps hostile text byte for byte (JSON escaping makes it safe to print)', () => {
    const d = buildDiagnosis({ summary: 'esc \u001b[2J and <img src=x onerror=alert(1)>' });
    const json = renderJson(d);
    expect(json).toContain('"summary": "esc \\u001b[2J and <img src=x onerror=alert(1)>"');
    expect(JSON.parse(json).summary).toBe(d.summary);
  });

  it('escapes the characters a terminal would act on, still meaning the same strings', () => {
    const hostile = 'csi \u009b31m del \u007f rlo \u202e lsep \u2028 esc \u001b';
    const d = buildDiagnosis({
      summary: hostile,
      message: { ...buildDiagnosis().message, subject: hostile },
    });
    const json = renderJson(d);
    expect(unsafeCharacters(json)).toEqual([]);
    expect(json).toContain('"summary": "csi \\u009b31m del \\u007f rlo \\u202e lsep \\u2028 esc \\u001b"');
    expect(JSON.parse(json)).toEqual(d);
  });

  it('is indented by two spaces with the schema first', () => {
    const lines = renderJson(buildDiagnosis()).split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe('  "schema": "auth-doctor/diagnosis@1",');
    expect(lines[lines.length - 1]).toBe('}');
  });
});

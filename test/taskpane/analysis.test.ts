import { analyzeHeaders } from '../../src/taskpane/analysis';

const BLOCK = [
  'Received: from mail.example.org (mail.example.org [192.0.2.10])',
  '\tby mx.example.net; Tue, 1 Dec 2026 10:00:00 +0000',
  'Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.org',
  'From: Ann <ann@example.org>',
  '',
].join('\r\n');

describe('analyzeHeaders', () => {
  it('gives the raw block as the physical lines the evidence points at', () => {
    const analysis = analyzeHeaders(BLOCK, 'paste', 'Pasted headers');
    expect(analysis.lines).toEqual(BLOCK.split('\r\n').slice(0, -1));
    const cited = analysis.diagnosis.findings.flatMap((finding) => finding.evidence);
    expect(cited.length).toBeGreaterThan(0);
    for (const { header, line } of cited) {
      expect(analysis.lines[line - 1]?.toLowerCase().startsWith(`${header.toLowerCase()}:`)).toBe(true);
    }
  });

  it('gives the same lines each time they are read', () => {
    const analysis = analyzeHeaders(BLOCK, 'paste', 'Pasted headers');
    expect(analysis.lines).toBe(analysis.lines);
  });
});

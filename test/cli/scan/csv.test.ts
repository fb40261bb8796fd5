import { CSV_HEADER, csvCell, csvRow } from '../../../src/cli/scan/csv';

describe('the scan CSV', () => {
  it('quotes a cell with a comma, a quote or a line end, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['=cmd|"/C calc"!A0@evil.example', `"'=cmd|""/C calc""!A0@evil.example"`],
  ])('makes %j inert for a spreadsheet', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('shows control characters as escapes or spaces, so a cell stays on its line and nothing runs', () => {
    expect(csvCell('a\r\nb\tc')).toBe('a  b c');
    expect(csvCell('\x1b[31mred')).toBe('\\x1B[31mred');
    expect(csvCell('\u202egnp.exe')).toBe('\\u202Egnp.exe');
    // A tab, line end or space before a formula sign is no way around the prefix.
    expect(csvCell('\t=1+1')).toBe("' =1+1");
    expect(csvCell('\r=1+1')).toBe("' =1+1");
    expect(csvCell('  @SUM(A1)')).toBe("'  @SUM(A1)");
  });

  it('gives a message row and an error row under the header', () => {
    expect(CSV_HEADER).toBe('file,index,attachment,from,domain,verdict,trust,top_finding,owner,ip,error\r\n');
    expect(
      csvRow({
        file: '=evil,name.eml',
        index: 2,
        attachment: 'attached message 1 of 2',
        from: '@x@contoso.com',
        domain: 'contoso.com',
        verdict: 'fail',
        trust: 'suspicious',
        findings: [
          { id: 'spf-fail', owner: 'sender-admin' },
          { id: 'dkim-none', owner: 'sender-admin' },
        ],
        ip: '203.0.113.5',
      }),
    ).toBe(
      `"'=evil,name.eml",2,attached message 1 of 2,'@x@contoso.com,contoso.com,fail,suspicious,spf-fail,sender-admin,203.0.113.5,\r\n`,
    );
    expect(csvRow({ file: 'box.mbox', index: 3, error: 'no header fields' })).toBe(
      'box.mbox,3,,,,,,,,,no header fields\r\n',
    );
    expect(
      csvRow({ file: 'fwd.eml', attachment: 'attached message 1 of 1', error: 'holds no header fields' }),
    ).toBe('fwd.eml,,attached message 1 of 1,,,,,,,,holds no header fields\r\n');
    expect(csvRow({ file: 'gone.eml', error: '-1 cannot read' })).toBe(
      "gone.eml,,,,,,,,,,'-1 cannot read\r\n",
    );
  });
});

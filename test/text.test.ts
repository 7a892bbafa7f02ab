import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCell } from '../src/text/cell.js';
import { decode, looksBinary } from '../src/text/decode.js';
import { squeeze } from '../src/text/html.js';
import { compactLabel, normalise } from '../src/text/normalise.js';
import * as opencc from 'opencc-js/core';
import * as t2cn from 'opencc-js/preset/t2cn';
import { detectScript, simplifier, TAIWAN_PHRASES } from '../src/text/script.js';

const toSimplified = async (text: string): Promise<string> => (await simplifier())(text);

const SAMPLE = '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 20 | 0 | 20\n（七）总计 | 1,468 | 0\n';

describe('decode', () => {
  const cases: [string, Buffer, string, boolean][] = [
    ['utf-8', Buffer.from(SAMPLE), 'utf-8', false],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), 'utf-8', true],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]), 'utf-16le', true],
    ['utf-16le without BOM', Buffer.from(SAMPLE, 'utf16le'), 'utf-16le', false],
    ['utf-16be without BOM', Buffer.from(SAMPLE, 'utf16le').swap16(), 'utf-16be', false],
    ['gb18030', iconv.encode(SAMPLE, 'gb18030'), 'gb18030', false],
  ];
  it.each(cases)('%s', (_name, bytes, encoding, bom) => {
    const decoded = decode(bytes);
    expect(decoded).toMatchObject({ encoding, bom, confident: true });
    expect(decoded.text).toBe(SAMPLE);
  });

  it('big5, for Traditional text', () => {
    const text = '三、收到和處理政府資訊公開申請情況\n一、本年新收政府資訊公開申請數量 | 20\n（七）總計 | 20\n';
    expect(decode(iconv.encode(text, 'big5'))).toMatchObject({ encoding: 'big5', text });
  });

  it('keeps a UTF-8 file whose last character was cut', () => {
    const bytes = Buffer.from(SAMPLE + '报');
    expect(decode(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });

  it('obeys a forced encoding', () => {
    expect(decode(iconv.encode(SAMPLE, 'gb18030'), 'big5').encoding).toBe('big5');
  });

  it('tells binary from text', () => {
    expect(looksBinary(Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 7) % 256)))).toBe(true);
    expect(looksBinary(Buffer.from(SAMPLE, 'utf16le'))).toBe(false);
    expect(looksBinary(Buffer.from(SAMPLE))).toBe(false);
  });

  it('counts NUL and control bytes once for both questions, as two separate counts would', () => {
    // The two questions as they were first written: a pass over the pairs, then one over the bytes.
    const utf16 = (b: Uint8Array): boolean => {
      const n = b.length & ~1;
      if (n < 4) return false;
      let even = 0;
      let odd = 0;
      for (let i = 0; i < n; i += 2) {
        if (b[i] === 0) even++;
        if (b[i + 1] === 0) odd++;
      }
      return (odd > (n / 2) * 0.02 && even < odd / 8) || (even > (n / 2) * 0.02 && odd < even / 8);
    };
    const binary = (b: Uint8Array): boolean => {
      if (utf16(b) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)) return false;
      const nul = b.filter((x) => x === 0).length;
      const control = b.filter((x) => x > 0 && x < 0x20 && ![0x09, 0x0a, 0x0d, 0x0c, 0x1b].includes(x)).length;
      return nul > b.length * 0.001 + 2 || control > b.length * 0.05;
    };
    const byte = fc.constantFrom(0, 0, 0, 0x01, 0x09, 0x0a, 0x1b, 0x1f, 0x20, 0x31, 0x41, 0xe4, 0xff);
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 60 }), (list) => {
        const bytes = Buffer.from(list);
        expect(looksBinary(bytes)).toBe(binary(bytes));
        const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
        if (!bom) expect(decode(bytes).encoding.startsWith('utf-16')).toBe(utf16(bytes));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('script', () => {
  it('detects Traditional and converts it, with Taiwan report vocabulary', async () => {
    const text = '本機關通過入口網站公開政府資訊，規範性檔案全部公開，區檔案館收到檔案。';
    expect(detectScript([text])).toBe('traditional');
    expect(await toSimplified(text)).toBe('本机关通过门户网站公开政府信息，规范性文件全部公开，区档案馆收到档案。');
  });

  it('leaves Simplified alone', () => {
    expect(detectScript([SAMPLE])).toBe('simplified');
  });

  it('converts run by run between ASCII characters exactly as the whole text at once', async () => {
    const convert = opencc.ConverterFactory(t2cn.from['tw']!, t2cn.to['cn']!);
    const whole = (text: string): string => TAIWAN_PHRASES.reduce((out, [from, to]) => out.replaceAll(from, to), convert(text));
    // Phrases the dictionaries and the Taiwan list match as a whole, cut by ASCII here and there.
    const pieces = [
      '資訊',
      '規範性檔案',
      '入口網站',
      '網際網路',
      '最佳化',
      '一口吃個',
      '頭髮',
      '乾淨',
      '後面',
      '著',
      '裡',
      '臺灣',
      '國',
      '們',
      '，',
      '𠀾',
      '⿰氵每',
      '0',
      '12',
      ' ',
      ' | ',
      '\n',
      'a',
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), async (parts) => {
        const text = parts.join('');
        expect(await toSimplified(text)).toBe(whole(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalise and cells', () => {
  it('folds full-width forms, odd spaces and page numbers', () => {
    expect(normalise('（七）总计\u3000｜\u00a0１，４６８\r\n- 4 -\r\n第 3 页\n')).toBe('(七)总计 | 1,468\n\n\n');
  });

  it.each([
    ['20', 20],
    ['1,468', 1468],
    ['+6', 6],
    ['-14', -14],
    ['35.6', 35.6],
    ['251000元', 251000],
    ['12件', 12],
  ])('reads %s as %d', (raw, value) => expect(parseCell(raw)).toEqual({ kind: 'number', value }));

  it.each(['', '—', '－', '-', '/', '／', '无'])('reads "%s" as null', (raw) => {
    expect(parseCell(normalise(raw)).value).toBeNull();
    expect(parseCell(normalise(raw)).kind).not.toBe('text');
  });

  it.each(['1.属于国家秘密', '2020年', '007', '22（其中修订16件）'])('takes "%s" for text, not a number', (raw) => expect(parseCell(raw).kind).toBe('text'));
});

describe('web page text', () => {
  it('collapses every run of whitespace, non-breaking and ideographic spaces too, into one space', () => {
    expect(squeeze('规章\u00a0\u3000 \n\t0 \u2003|\ufeff1')).toBe('规章 0 | 1');
    expect(squeeze('规章 0')).toBe('规章 0');
  });
});

describe('normalisation', () => {
  it('drops invisible characters, reads odd spaces and control characters as spaces, full-width forms as ASCII', () => {
    expect(normalise('规\u200b章\u00ad\ufeff')).toBe('规章');
    expect(normalise('a\u0000b\u0085c\u2003d\u3000e\u00a0f\tg')).toBe('a b c d e f\tg');
    expect(normalise('（１，４６８）\uff5e\uff5f\u2212')).toBe('(1,468)~\uff5f-');
    expect(normalise('a\rb\r\n— 5 —\n第 3 页 共 9 页\n3')).toBe('a\nb\n\n\n3');
  });

  it('compacts a label: no whitespace, no quotes', () => {
    expect(compactLabel(' “三安全\u3000一稳定”\t「规章」 ')).toBe('三安全一稳定规章');
  });
});

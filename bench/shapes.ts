/**
 * Header blocks for the benchmarks (`npm run bench`, which also checks their growth is linear): a typical
 * Exchange Online inbound block, a large relayed one, and hostile shapes that can be grown to any size.
 *
 * The realistic blocks follow the formats of reference/header-facts.md (Exchange Online
 * Received / Authentication-Results / X-Forefront-Antispam-Report, RFC 8617 ARC sets, RFC 6376 signatures).
 * Every hostile payload sits inside such a realistic block, so the whole engine (every field parser and
 * every rule) runs on it, not just the line splitter. Pure and deterministic: the same size always gives
 * the same text.
 */

const CRLF = '\r\n';

/** A deterministic base64-looking run (signatures, Message-Info blobs) of exactly `length` characters. */
function base64Run(length: number, seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    // xorshift32: cheap, deterministic, no Math.random (the same size must give the same block).
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += alphabet[(x >>> 0) % 64];
  }
  return out;
}

/** Folds `text` into continuation lines of at most `width` characters (a leading space on each). */
function foldRun(text: string, width = 76): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += width) parts.push(text.slice(i, i + width));
  return parts.join(`${CRLF} `);
}

/** "Mon, 23 Nov 2026 10:01:04 +0000", `seconds` after 10:00:00 on the 23rd. */
function rfc5322Date(seconds: number): string {
  const d = new Date(Date.UTC(2026, 10, 23, 10, 0, 0) + seconds * 1000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number): string => String(n).padStart(2, '0');
  return (
    `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`
  );
}

/** One Exchange Online internal hop (newest hops are written first in a block). */
function exoHop(n: number, seconds: number): string {
  const server = `SA${n}PR15MB${5170 + n}.namprd15.prod.outlook.com`;
  const next = `PH${n}PR15MB${4783 + n}.namprd15.prod.outlook.com`;
  return (
    `Received: from ${server} (2603:10b6:806:238::${n.toString(16)})${CRLF}` +
    ` by ${next} (2603:10b6:510:1b3::${(n + 1).toString(16)}) with Microsoft${CRLF}` +
    ` SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.${n};${CRLF}` +
    ` ${rfc5322Date(seconds)}${CRLF}`
  );
}

/** A DKIM-Signature as Exchange Online or a sender's server writes it (RFC 6376 §3.5). */
function dkimSignature(domain: string, selector: string, seed: number): string {
  return (
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=${selector};${CRLF}` +
    ` h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;${CRLF}` +
    ` bh=${base64Run(43, seed)}=;${CRLF}` +
    ` b=${foldRun(base64Run(342, seed + 1), 70)}${CRLF}`
  );
}

/** One ARC set (RFC 8617): seal, message signature and authentication results for instance `i`. */
function arcSet(i: number, sealer: string, seed: number): string {
  const cv = i === 1 ? 'none' : 'pass';
  return (
    `ARC-Seal: i=${i}; a=rsa-sha256; s=arcselector10001; d=${sealer}; cv=${cv};${CRLF}` +
    ` b=${foldRun(base64Run(342, seed), 70)}${CRLF}` +
    `ARC-Message-Signature: i=${i}; a=rsa-sha256; c=relaxed/relaxed; d=${sealer};${CRLF}` +
    ` s=arcselector10001;${CRLF}` +
    ` h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;${CRLF}` +
    ` bh=${base64Run(43, seed + 1)}=;${CRLF}` +
    ` b=${foldRun(base64Run(342, seed + 2), 70)}${CRLF}` +
    `ARC-Authentication-Results: i=${i}; mx.microsoft.com 1; spf=pass${CRLF}` +
    ` smtp.mailfrom=fabrikam.com; dmarc=pass action=none header.from=fabrikam.com;${CRLF}` +
    ` dkim=pass header.d=fabrikam.com; arc=${cv}${CRLF}`
  );
}

/** The Exchange Online fields around the transport fields: what makes a real inbound block ~10 KB. */
function exchangeTrailer(seed: number): string {
  return (
    `From: Chris Green <chris@fabrikam.com>${CRLF}` +
    `To: Megan Bowen <meganb@contoso.com>${CRLF}` +
    `Subject: =?utf-8?B?UmU6IFByb2plY3QgRmFsY29uIGtpY2tvZmYg4oCUIGFnZW5kYQ==?=${CRLF}` +
    `Thread-Topic: Re: Project Falcon kickoff${CRLF}` +
    `Thread-Index: AQHbPVx3${base64Run(40, seed)}${CRLF}` +
    `Date: Mon, 23 Nov 2026 10:00:01 +0000${CRLF}` +
    `Message-ID: <8f3e21a0-5c1d-4e9b-a7f2-2c61d0e4b8aa@fabrikam.com>${CRLF}` +
    `Accept-Language: en-US${CRLF}` +
    `Content-Language: en-US${CRLF}` +
    `Content-Type: multipart/alternative;${CRLF} boundary="_000_8f3e21a05c1d4e9ba7f22c61d0e4b8aa_"${CRLF}` +
    `MIME-Version: 1.0${CRLF}` +
    `Return-Path: chris@fabrikam.com${CRLF}` +
    `X-MS-Exchange-Organization-ExpirationStartTime: 23 Nov 2026 10:00:03.4182 (UTC)${CRLF}` +
    `X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit${CRLF}` +
    `X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000${CRLF}` +
    `X-MS-Exchange-Organization-Network-Message-Id: 6f0c4e1e-2b7d-4c1a-9e55-08dd0a1b2c3d${CRLF}` +
    `X-EOPAttributedMessage: 0${CRLF}` +
    `X-EOPTenantAttributedMessage: 72f988bf-86f1-41af-91ab-2d7cd011db47:0${CRLF}` +
    `X-MS-Exchange-Organization-MessageDirectionality: Incoming${CRLF}` +
    `X-MS-PublicTrafficType: Email${CRLF}` +
    `X-MS-TrafficTypeDiagnostic: BN2PEPF000044A8:EE_|SA1PR15MB5170:EE_|PH0PR15MB4783:EE_${CRLF}` +
    `X-MS-Exchange-Organization-AuthSource: BN2PEPF000044A8.namprd04.prod.outlook.com${CRLF}` +
    `X-MS-Exchange-Organization-AuthAs: Anonymous${CRLF}` +
    `X-MS-Office365-Filtering-Correlation-Id: 6f0c4e1e-2b7d-4c1a-9e55-08dd0a1b2c3d${CRLF}` +
    `X-MS-Exchange-Organization-SCL: 1${CRLF}` +
    `X-Microsoft-Antispam:${CRLF} BCL:0;ARA:13230040|4022899009|8096899003|69100299015|2066899003;${CRLF}` +
    `X-Microsoft-Antispam-Message-Info:${CRLF} ${foldRun(base64Run(3300, seed + 1), 76)}${CRLF}` +
    `X-Forefront-Antispam-Report:${CRLF} CIP:203.0.113.20;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;` +
    `H:mail.fabrikam.com;PTR:mail.fabrikam.com;CAT:NONE;${CRLF}` +
    ` SFS:(13230040)(4022899009)(8096899003)(69100299015)(2066899003);DIR:INB;${CRLF}` +
    `X-MS-Exchange-AntiSpam-MessageData-ChunkCount: 1${CRLF}` +
    `X-MS-Exchange-AntiSpam-MessageData-0:${CRLF} ${foldRun(base64Run(1400, seed + 2), 76)}${CRLF}` +
    `X-MS-Exchange-CrossTenant-OriginalArrivalTime: 23 Nov 2026 10:00:03.9876 (UTC)${CRLF}` +
    `X-MS-Exchange-CrossTenant-Network-Message-Id: 6f0c4e1e-2b7d-4c1a-9e55-08dd0a1b2c3d${CRLF}` +
    `X-MS-Exchange-CrossTenant-Id: 72f988bf-86f1-41af-91ab-2d7cd011db47${CRLF}` +
    `X-MS-Exchange-CrossTenant-FromEntityHeader: Internet${CRLF}` +
    `X-MS-Exchange-Transport-CrossTenantHeadersStamped: SA1PR15MB5170${CRLF}` +
    `X-MS-Exchange-Transport-EndToEndLatency: 00:00:02.1874412${CRLF}` +
    `X-MS-Exchange-Processed-By-BccFoldering: 15.20.8207.009${CRLF}` +
    `X-Microsoft-Antispam-Mailbox-Delivery:${CRLF}` +
    ` ucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);${CRLF}`
  );
}

/** The receiving edge: Exchange Online's verdict and the hop from the sender's server. */
function exchangeEdge(): string {
  return (
    `Authentication-Results: spf=pass (sender IP is 203.0.113.20)${CRLF}` +
    ` smtp.mailfrom=fabrikam.com; dkim=pass (signature was verified)${CRLF}` +
    ` header.d=fabrikam.com;dmarc=pass action=none${CRLF}` +
    ` header.from=fabrikam.com;compauth=pass reason=100${CRLF}` +
    `Received-SPF: Pass (protection.outlook.com: domain of fabrikam.com designates${CRLF}` +
    ` 203.0.113.20 as permitted sender) receiver=protection.outlook.com;${CRLF}` +
    ` client-ip=203.0.113.20; helo=mail.fabrikam.com; pr=C${CRLF}` +
    `Received: from mail.fabrikam.com (203.0.113.20) by${CRLF}` +
    ` BN2PEPF000044A8.mail.protection.outlook.com (10.167.243.159) with Microsoft${CRLF}` +
    ` SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.11${CRLF}` +
    ` via Frontend Transport; ${rfc5322Date(3)}${CRLF}`
  );
}

/** The sender's own hops (oldest last in the block). */
function senderHops(): string {
  return (
    `Received: from app01.fabrikam.com (app01.fabrikam.com [10.20.30.40])${CRLF}` +
    ` by mail.fabrikam.com (Postfix) with ESMTPS id 4Yb7Qm1JZ3z9sWj${CRLF}` +
    ` for <meganb@contoso.com>; ${rfc5322Date(2)}${CRLF}` +
    `Received: by app01.fabrikam.com (Postfix, from userid 1001) id 4Yb7Qm0a1bz9sWi;${CRLF}` +
    ` ${rfc5322Date(1)} (UTC)${CRLF}`
  );
}

/**
 * (a) A typical Exchange Online inbound block: 8 Received hops (5 inside Exchange Online, the edge, two at
 * the sender), Authentication-Results with compauth, Received-SPF, two DKIM signatures (the sender's and
 * its ESP's), the antispam reports and the X-MS-Exchange-* fields a real message carries. About 10 KB.
 */
export function typicalExchangeInbound(): string {
  let hops = '';
  for (let n = 5; n >= 1; n--) hops += exoHop(n, 3 + n);
  return (
    hops +
    exchangeEdge() +
    dkimSignature('fabrikam.com', 's2026', 11) +
    dkimSignature('fabrikam.onmicrosoft.com', 'selector1-fabrikam-com', 12) +
    senderHops() +
    exchangeTrailer(13)
  );
}

/**
 * (b) A large block: 150 hops, 50 ARC sets with the forwarders' DKIM signatures (a message relayed
 * through many ARC-sealing forwarders, list servers and gateways), about 200 KB with the usual trailer.
 */
export function largeRelayed(): string {
  const arcSets = 50; // RFC 8617 §4.2.1: i= runs 1..50
  let top = '';
  for (let n = 150 - 3; n >= 1; n--) {
    top += exoHop(n, 3 + n);
    // Forwarders (newest, highest i= on top) seal and re-sign; list servers and gateways add X-Received.
    if (n <= arcSets) {
      const sealer = n % 2 === 0 ? `forwarder${n}.example` : 'microsoft.com';
      top += arcSet(n, sealer, n * 7) + dkimSignature(sealer, `s${n}`, n * 7 + 5);
    }
    top += `X-Received: by 2002:a05:6${n.toString(16).padStart(3, '0')}:0:b0:3a4:e5f6::${n.toString(16)} with SMTP id${CRLF}`;
    top += ` ${base64Run(150, n)}; ${rfc5322Date(3 + n)}${CRLF}`;
    top += `X-Google-Smtp-Source: ${foldRun(base64Run(120, n + 1), 76)}${CRLF}`;
  }
  return (
    top + exchangeEdge() + dkimSignature('fabrikam.com', 's2026', 11) + senderHops() + exchangeTrailer(13)
  );
}

/**
 * A short block like the smallest of the MHA anchors (0.7 KB): one hop into Exchange Online, its verdict and
 * the message fields.
 */
export function smallBlock(): string {
  return (
    exchangeEdge() +
    `From: Chris Green <chris@fabrikam.com>${CRLF}` +
    `To: Megan Bowen <meganb@contoso.com>${CRLF}` +
    `Subject: Re: Project Falcon kickoff${CRLF}` +
    `Date: Mon, 23 Nov 2026 10:00:01 +0000${CRLF}` +
    `Message-ID: <8f3e21a0-5c1d-4e9b-a7f2-2c61d0e4b8aa@fabrikam.com>${CRLF}`
  );
}

/**
 * `count` short relay hops (about `bytes / count` each) above a small block: the shape of the MHA anchors
 * "18.5 KB, 150 hops" and "183 KB, 1,500 hops".
 */
export function manyHops(count: number, bytes: number): string {
  const tail = smallBlock();
  const per = Math.floor((bytes - tail.length) / count);
  let top = '';
  for (let n = count; n >= 1; n--) {
    const head = `Received: from relay${n}.example.net ([198.51.100.${n % 250}])${CRLF} by relay${n + 1}.example.net`;
    const date = `; ${rfc5322Date(n)}${CRLF}`;
    // The queue id is the padding that brings the hop to its share of the size.
    const id = base64Run(Math.max(8, per - head.length - date.length - ' id '.length), n).replace(
      /[+/]/g,
      'x',
    );
    top += `${head} id ${id}${date}`;
  }
  return top + tail;
}

/**
 * Repeats `unit` (a function of its index) until the payload reaches `bytes`, so each hostile shape can be
 * grown from 10 KB to 1 MB with the same structure.
 */
function fill(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = unit(i);
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

/** A realistic block with `payload` inserted where a receiver's header would stand (top of the block). */
function around(payload: string): string {
  return payload + typicalExchangeInbound();
}

export interface HostileShape {
  name: string;
  description: string;
  /** A block of about `bytes` characters (the payload is grown; the realistic block around it stays). */
  build(bytes: number): string;
}

/** The size of the realistic block a hostile payload is inserted into. */
const BASE = typicalExchangeInbound().length;

function payloadBytes(bytes: number): number {
  return Math.max(1, bytes - BASE);
}

/** Hostile blocks (1 MB shapes, plus shapes that stress each lexer and loop of the engine). */
export const HOSTILE_SHAPES: HostileShape[] = [
  {
    name: 'nested-comments',
    description: 'Authentication-Results with one comment nested to the depth of the payload, folded',
    build: (bytes) => {
      const depth = Math.floor(payloadBytes(bytes) / 2);
      const body = `${'('.repeat(depth)}sender IP is 203.0.113.20${')'.repeat(depth)}`;
      return around(`Authentication-Results: spf=fail ${foldRun(body)} smtp.mailfrom=x.example${CRLF}`);
    },
  },
  {
    name: 'unterminated-comments',
    description: 'Authentication-Results: a comment opened on every token and never closed',
    build: (bytes) => {
      const body = fill(payloadBytes(bytes), (i) => `dkim=pass (a\\(b ${i % 10} `);
      return around(`Authentication-Results: ${foldRun(body)}${CRLF}`);
    },
  },
  {
    name: 'semicolons',
    description: "100,000 ';' (per MB) in Authentication-Results, Received-SPF and the antispam report",
    build: (bytes) => {
      const third = Math.floor(payloadBytes(bytes) / 3);
      const run = (): string =>
        foldRun(
          fill(third, () => '; '.padEnd(10 - 2, ' ')),
          78,
        );
      return around(
        `Authentication-Results: spf=pass${run()}${CRLF}` +
          `Received-SPF: pass${run()}${CRLF}` +
          `X-Forefront-Antispam-Report: CIP:203.0.113.20${run()}${CRLF}`,
      );
    },
  },
  {
    name: 'one-folded-field',
    description: 'A single Authentication-Results field folded over the whole payload (one logical line)',
    build: (bytes) => {
      const body = fill(
        payloadBytes(bytes),
        (i) => `dkim=pass header.d=d${i % 97}.example header.s=s1;${CRLF} `,
      );
      return around(`Authentication-Results: mx.contoso.com;${CRLF} ${body}spf=pass${CRLF}`);
    },
  },
  {
    name: 'one-physical-line',
    description: 'A single unfolded physical line the size of the payload (Received)',
    build: (bytes) => {
      const body = fill(payloadBytes(bytes), (i) => `from h${i % 89}.example ([192.0.2.${i % 250}]) by x `);
      return around(`Received: ${body}; ${rfc5322Date(0)}${CRLF}`);
    },
  },
  {
    name: 'repeated-fields',
    description: 'Thousands of repeated Authentication-Results, ARC sets and DKIM-Signatures',
    build: (bytes) =>
      around(
        fill(payloadBytes(bytes), (i) =>
          i % 3 === 0
            ? `Authentication-Results: mx${i}.example; dkim=fail header.d=d${i}.example; spf=softfail${CRLF}`
            : i % 3 === 1
              ? arcSet((i % 50) + 1, `sealer${i}.example`, i)
              : dkimSignature(`d${i}.example`, `s${i}`, i),
        ),
      ),
  },
  {
    name: 'received-flood',
    description: '50,000 Received headers per MB (short ones, dates going backwards and forwards)',
    build: (bytes) =>
      around(
        fill(payloadBytes(bytes), (i) => `Received: by h${i % 10};${rfc5322Date((i * 7919) % 86400)}${CRLF}`),
      ),
  },
  {
    name: 'quotes-backslashes',
    description: 'Quotes and backslashes: in Authentication-Results values, From display name and Subject',
    build: (bytes) => {
      const third = Math.floor(payloadBytes(bytes) / 3);
      const run = (): string =>
        foldRun(
          fill(third, (i) => (i % 2 ? '"\\"\\\\' : '\\"x"\\')),
          78,
        );
      return around(
        `Authentication-Results: spf=pass smtp.mailfrom="${run()}${CRLF}` +
          `From: "${run()}" <a@b.example>${CRLF}` +
          `Subject: ${run()}${CRLF}`,
      );
    },
  },
  {
    name: 'encoded-words',
    description: 'Subject and From made of RFC 2047 encoded words (decoded by the parser)',
    build: (bytes) => {
      const half = Math.floor(payloadBytes(bytes) / 2);
      const run = (): string => fill(half, (i) => `=?utf-8?B?${i % 2 ? 'w6nDqMOq' : '4oCU'}?=${CRLF} `);
      return around(`Subject: ${run()}x${CRLF}From: ${run()}<a@b.example>${CRLF}`);
    },
  },
  {
    name: 'garbage-lines',
    description:
      'Lines that are neither fields nor continuations, NUL/CR/Unicode, and unindented continuations',
    build: (bytes) =>
      around(
        fill(payloadBytes(bytes), (i) =>
          i % 2
            ? `\u0000\u00ff\u202e\ud83d\ude00 ;;(( "" \\ ${i}${CRLF}`
            : `smtp.mailfrom=x${i}.example; dkim=pass\r${CRLF}`,
        ),
      ),
  },
  {
    name: 'blank-separated',
    description:
      'Fields pasted with blank lines between them (and runs of blank lines), as copied from a web page',
    build: (bytes) =>
      around(
        fill(payloadBytes(bytes), (i) =>
          i % 2
            ? `Received: from h${i % 89}.example by h${(i + 1) % 89}.example; ${rfc5322Date(i % 3600)}${CRLF}${CRLF}`
            : `ARC-Seal: i=${(i % 50) + 1}; cv=pass; d=s${i % 7}.example; s=k${CRLF}${CRLF}${CRLF}${CRLF}`,
        ),
      ),
  },
  {
    name: 'tag-list-flood',
    description:
      'DKIM-Signature and ARC-Seal tag lists with tens of thousands of tags (and repeated d= / i=)',
    build: (bytes) => {
      const half = Math.floor(payloadBytes(bytes) / 2);
      const tags = (): string =>
        foldRun(
          fill(half, (i) => `${i % 3 ? 'd' : 'x' + (i % 97)}=t${i}.example; `),
          78,
        );
      return around(`DKIM-Signature: v=1; ${tags()}${CRLF}ARC-Seal: i=1; ${tags()}${CRLF}`);
    },
  },
  {
    name: 'long-field-name',
    description: 'A field name the size of the payload, then a field line with no colon as long again',
    build: (bytes) => {
      const half = Math.floor(payloadBytes(bytes) / 2);
      return around(`X-${'a'.repeat(half)}: v${CRLF}${'b-'.repeat(Math.floor(half / 2))}${CRLF}`);
    },
  },
  {
    name: 'ndr-body',
    description: 'A bounce whose body repeats enhanced status codes (the NDR scanner reads the body)',
    build: (bytes) =>
      `Subject: Undeliverable: Project Falcon${CRLF}${typicalExchangeInbound()}${CRLF}` +
      fill(payloadBytes(bytes), (i) => `550 5.7.${i % 1000} Access denied, 4.7.${i % 7} 5.7.509=20${CRLF}`),
  },
];

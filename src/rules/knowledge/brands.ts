/**
 * Well-known brands that phishing imitates, with the domains they send from, so a From domain that
 * imitates one (microsoft-support.example, paypa1.com, аpple.com in Cyrillic) can be named as a look-alike.
 * Kept small on purpose: every row is a brand that quarterly brand-phishing rankings keep listing among
 * the most imitated, and the domains are the brand's own, which must never be called look-alikes.
 */
import type { Source } from './types';

export interface BrandRow {
  brand: string;
  /** Registrable domains the brand itself uses for mail; the first is the one the reader knows. */
  domains: string[];
  /** Domains where anyone can open a mailbox (or a tenant): an address there can be anybody. */
  mailboxes?: string[];
  /**
   * Domains of the brand's mail service that send for all its customers: a server there says nothing
   * about which customer sent the message.
   */
  platforms?: string[];
  /** Why this brand is in the table. */
  why: string;
  source: Source;
}

const RANKING = 'Check Point Research, Brand Phishing Report (quarterly ranking of the most imitated brands)';

function ranked(section: string, url: string): Source {
  return { doc: RANKING, section, url };
}

const Q4_2024 = ranked(
  'Q4 2024 top 10: Microsoft, Apple, Google, LinkedIn, Alibaba, WhatsApp, Amazon, Twitter, Facebook, Adobe',
  'http://businessghana.com/site/news/general/321602/Check-Point-Research-Unveils-Q4-2024-Brand-Phishing-Trends-Microsoft-Maintains-Top-Spot-as',
);
const Q3_2020 = ranked(
  'Q3 2020 top 10: Microsoft, DHL, Google, PayPal, Netflix, Facebook, Apple, WhatsApp, Amazon, Instagram',
  'https://www.ncnonline.net/hot-news/microsoft-most-imitated-brand-by-hackers-check-point-research',
);
const Q4_2019 = ranked(
  'Q4 2019 email vector: Yahoo first',
  'http://www.marketscreener.com/news.php?id_news=29950801',
);

export const BRANDS: BrandRow[] = [
  {
    brand: 'Microsoft',
    domains: ['microsoft.com', 'office.com', 'office365.com', 'microsoftonline.com', 'outlook.com'],
    mailboxes: ['outlook.com', 'hotmail.com', 'live.com', 'onmicrosoft.com'],
    platforms: ['outlook.com', 'office365.com', 'exchangelabs.com'],
    why: 'The most imitated brand in every ranking since 2020; fake sign-in and "mailbox full" mail.',
    source: Q4_2024,
  },
  {
    brand: 'Apple',
    domains: ['apple.com', 'icloud.com'],
    mailboxes: ['icloud.com', 'me.com'],
    platforms: ['icloud.com'],
    why: 'Second in Q4 2024.',
    source: Q4_2024,
  },
  {
    brand: 'Google',
    domains: ['google.com', 'gmail.com'],
    mailboxes: ['gmail.com', 'googlemail.com'],
    platforms: ['google.com', 'googlemail.com'],
    why: 'Third in Q4 2024.',
    source: Q4_2024,
  },
  { brand: 'LinkedIn', domains: ['linkedin.com'], why: 'Fourth in Q4 2024.', source: Q4_2024 },
  {
    brand: 'Amazon',
    domains: ['amazon.com'],
    platforms: ['amazonses.com', 'amazonaws.com'],
    why: 'In the top 10 of both rankings cited.',
    source: Q4_2024,
  },
  {
    brand: 'Facebook',
    domains: ['facebook.com', 'facebookmail.com'],
    why: 'Top 10 in Q4 2024.',
    source: Q4_2024,
  },
  { brand: 'WhatsApp', domains: ['whatsapp.com'], why: 'Top 10 in Q4 2024.', source: Q4_2024 },
  {
    brand: 'Adobe',
    domains: ['adobe.com'],
    why: 'Top 10 in Q4 2024 (fake shared documents).',
    source: Q4_2024,
  },
  { brand: 'DHL', domains: ['dhl.com'], why: 'Second in Q3 2020 (fake delivery notices).', source: Q3_2020 },
  { brand: 'PayPal', domains: ['paypal.com'], why: 'Fourth in Q3 2020 (payment lures).', source: Q3_2020 },
  { brand: 'Netflix', domains: ['netflix.com'], why: 'Fifth in Q3 2020 (billing lures).', source: Q3_2020 },
  {
    brand: 'Yahoo',
    domains: ['yahoo.com'],
    mailboxes: ['yahoo.com', 'ymail.com'],
    platforms: ['yahoo.com'],
    why: 'First brand imitated by email in Q4 2019.',
    source: Q4_2019,
  },
];

/**
 * The built-in samples offered in standalone mode. Only the names ship with the page; a sample's header
 * block (sample-texts.ts) loads when it is picked, keeping it out of what loads before a first diagnosis.
 */

export type SampleId = 'pass' | 'compauth-000' | 'forwarded' | 'ndr';

export interface HeaderSample {
  id: SampleId;
  label: string;
}

export const SAMPLES: readonly HeaderSample[] = [
  { id: 'pass', label: 'Authenticated message (pass)' },
  { id: 'compauth-000', label: 'Spoofed sender (compauth=fail reason=000)' },
  { id: 'forwarded', label: 'Forwarded by a mailing service (ARC)' },
  { id: 'ndr', label: 'Bounce: 550 5.7.509 (DMARC reject)' },
];

export function loadSample(id: SampleId): Promise<string> {
  return import(/* webpackChunkName: "samples" */ './sample-texts').then((module) => module.SAMPLE_TEXTS[id]);
}

/**
 * What the first view (first-view/start.ts) hands the React pane when it loads: the host connection it
 * made, and the read of the open item it started, so React starts where the first view is.
 */
import type { ItemRead } from './item-read';
import type { HostConnection } from './mailbox';

export interface Handover {
  connection: HostConnection;
  /** The first read of the open item (mailbox only); null when there is none to take over. */
  firstRead: ItemRead | null;
}

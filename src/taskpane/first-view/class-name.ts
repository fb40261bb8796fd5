/** The first view's class names: one per style slot of the objects sheet.ts turns into CSS. */
import type { FirstViewGroups } from './sheet';

/** The class of a slot of a group, named by strings (sheet.ts walks the groups). */
export function slotClass(group: string, slot: string): string {
  return `auth-doctor-first-${group}-${slot}`;
}

/** The class of one style slot, e.g. className('trust', 'heading'). */
export function className<G extends keyof FirstViewGroups>(
  group: G,
  slot: keyof FirstViewGroups[G] & string,
): string {
  return slotClass(group, slot);
}

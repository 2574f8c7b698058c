/** Boot shared by the hosts: the tab asked for (the Google menu's meta, or Excel's ribbon button's ?tab=). */
import { mountPane, type Tab } from './app';
import type { Host } from './host';
import { warmUpWhenIdle } from './warm-up';

export function askedTab(doc: Document = document): Tab {
  const asked = doc.querySelector('meta[name="bao-cao-tab"]')?.getAttribute('content') ?? new URLSearchParams(doc.location?.search ?? '').get('tab');
  return asked === 'indicators' || asked === 'report' || asked === 'rollup' ? asked : 'check';
}

export function startPane(host: Host): void {
  mountPane(document.getElementById('app')!, host, askedTab());
  warmUpWhenIdle();
}

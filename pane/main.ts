/** Boot: the host adapter and the tab the menu asked for. */
import { mountPane, type Tab } from './app';
import { gasHost } from './hosts/gas';

const asked = document.querySelector('meta[name="bao-cao-tab"]')?.getAttribute('content');
const tab: Tab = asked === 'indicators' || asked === 'report' ? asked : 'check';
mountPane(document.getElementById('app')!, gasHost(), tab);

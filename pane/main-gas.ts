/** The Google Sheets sidebar's entry. */
import { gasHost } from './hosts/gas';
import { startPane } from './start';

startPane(gasHost());

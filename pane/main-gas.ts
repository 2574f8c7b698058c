/** The Google Sheets sidebar's entry. */
import { gasHost } from './hosts/gas';
import { startPane } from './start';

// Google's look, pane/styles.css's defaults: the marker names the host for the styles and the tests.
document.documentElement.dataset.host = 'google';
startPane(gasHost());

// The privacy policy and the terms of service the Marketplace listing links to (gas-addon/listing/listing.json
// urls.privacyPolicy, urls.termsOfService), as static pages of the web build: gas-addon/listing/privacy.html and
// terms.html with the listing's contact and publisher filled in. No script, no request to anywhere (their
// Content-Security-Policy allows nothing but their inline style).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const LISTING_DIR = join(root, 'gas-addon', 'listing');

/** The listing catalogue (gas-addon/listing/listing.json). */
export function readListing() {
  return JSON.parse(readFileSync(join(LISTING_DIR, 'listing.json'), 'utf8'));
}

/**
 * The support contact the pane names to clerks (a deployment setting): BAO_CAO_HO_TRO when set, else the listing's
 * `contact` once filled in; '' while it is still the placeholder ("[…]"), and the pane then names no support at all.
 */
export function supportContact(listing = readListing()) {
  const env = process.env.BAO_CAO_HO_TRO;
  if (env !== undefined) return env.trim();
  const c = String(listing.contact ?? '').trim();
  return c.startsWith('[') ? '' : c;
}

const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** privacy.html and terms.html as their text, keyed by file name. */
export function legalPages(listing = readListing()) {
  const pages = {};
  for (const name of ['privacy.html', 'terms.html']) {
    pages[name] = readFileSync(join(LISTING_DIR, name), 'utf8')
      .replaceAll('__CONTACT__', escapeHtml(listing.contact))
      .replaceAll('__DEVELOPER__', escapeHtml(listing.developer));
  }
  return pages;
}

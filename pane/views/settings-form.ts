/**
 * The report settings as a form (the same ReportSettings the settings sheet fills). A day is typed as the clerk writes
 * it (15/03/2024) and checked as she leaves the field: one that is no day, or a period ending before it starts, is
 * said in Vietnamese beside it (and kept as typed, for her to correct).
 */
import { SETTING_FIELDS, type ReportSettings, type SettingField } from '../../core/report';
import { realDate } from '../../core/text/dates';
import { T } from '../messages';
import { el } from '../ui/dom';

type Field = SettingField;
const FIELDS = SETTING_FIELDS.filter((f) => f.inForm);

function valueIn(s: ReportSettings, key: Field['key']): string {
  if (key.startsWith('vanBan.')) return s.vanBan[key.slice(7)] ?? '';
  const v = s[key as keyof ReportSettings];
  return Array.isArray(v) ? v.join('\n') : String(v ?? '');
}

/**
 * The form: the fields the report lacks (`missing`: they would leave dots for the văn thư) open at the top, under a
 * line saying so; the rest folded under «Thông tin báo cáo». A field filled stays where it is until the tab is shown
 * again: nothing moves under the clerk's cursor.
 */
export function settingsForm(s: ReportSettings, missing: readonly string[] = []): HTMLFormElement {
  const form = el('form', { class: 'settings', id: 'report-settings' });
  form.addEventListener('submit', (e) => e.preventDefault());
  const lacking = FIELDS.filter((f) => missing.includes(f.key));
  const open = el('div', { class: 'lacking', hidden: lacking.length === 0 }, [el('p', { class: 'note', id: 'report-lacking' }, [T.report.lacking])]);
  const rest = el('div', {});
  form.append(open, el('details', {}, [el('summary', {}, [lacking.length ? T.report.settingsRest(FIELDS.length - lacking.length) : T.report.settings]), rest]));
  for (const f of FIELDS) {
    const into = lacking.includes(f) ? open : rest;
    const id = `set-${f.key.replace('.', '-')}`;
    const value = valueIn(s, f.key);
    let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (f.input === 'quyenHan') {
      input = el(
        'select',
        { id, name: f.key },
        ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', ''].map((q) => el('option', { value: q }, [q || '(không)'])),
      );
      input.value = value;
    } else if (f.input === 'text') {
      input = el('input', { id, name: f.key, type: 'text' });
      input.value = value;
    } else if (f.input === 'date') {
      input = el('input', { id, name: f.key, type: 'text', inputmode: 'numeric', placeholder: T.report.datePlaceholder, 'aria-describedby': `${id}-error` });
      input.value = value;
    } else {
      // Multi-line fields as tall as their text (Nơi nhận has 4–7 lines), so nothing is hidden at 300 px.
      const lines = value.split('\n').length;
      input = el('textarea', { id, name: f.key, rows: String(Math.min(10, Math.max(f.input === 'long' ? 3 : 2, lines + 1))) });
      input.value = value;
    }
    into.append(el('label', { class: 'field', for: id }, [el('span', {}, [f.label]), input]));
    if (f.input === 'date') into.append(el('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true }));
  }
  const check = () => checkDates(form);
  form.addEventListener('change', check);
  return form;
}

/** Each day field as typed: not a day, or the period's end before its start, is said under the field. */
export function checkDates(form: HTMLFormElement): boolean {
  let ok = true;
  const say = (key: string, message: string) => {
    const input = form.elements.namedItem(key) as HTMLInputElement | null;
    const error = input && form.querySelector<HTMLElement>(`#${input.id}-error`);
    if (!input || !error) return;
    error.textContent = message;
    error.hidden = message === '';
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (message) ok = false;
  };
  const value = (key: string) => ((form.elements.namedItem(key) as HTMLInputElement | null)?.value ?? '').trim();
  for (const f of FIELDS) if (f.input === 'date') say(f.key, value(f.key) && !realDate(value(f.key)) ? T.report.badDate(value(f.key)) : '');
  const from = realDate(value('kyTu'));
  const to = realDate(value('kyDen'));
  if (from && to && Date.UTC(to.y, to.m - 1, to.d) < Date.UTC(from.y, from.m - 1, from.d)) say('kyDen', T.report.periodBackwards);
  return ok;
}

export function readForm(form: HTMLFormElement, base: ReportSettings): ReportSettings {
  const out: ReportSettings = { ...base, vanBan: { ...base.vanBan } };
  for (const f of FIELDS) {
    const input = form.elements.namedItem(f.key) as HTMLInputElement | null;
    if (!input) continue;
    const v = input.value;
    if (f.key.startsWith('vanBan.')) out.vanBan[f.key.slice(7)] = v;
    else if (f.input === 'lines')
      (out as unknown as Record<string, unknown>)[f.key] = v
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean);
    else (out as unknown as Record<string, unknown>)[f.key] = v;
  }
  return out;
}

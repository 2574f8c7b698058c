/** The report settings as a form (the same ReportSettings the settings sheet fills). */
import { SETTING_FIELDS, type ReportSettings, type SettingField } from '../../core/report';
import { el } from '../ui/dom';

type Field = SettingField;
const FIELDS = SETTING_FIELDS.filter((f) => f.inForm);

function valueIn(s: ReportSettings, key: Field['key']): string {
  if (key.startsWith('vanBan.')) return s.vanBan[key.slice(7)] ?? '';
  const v = s[key as keyof ReportSettings];
  return Array.isArray(v) ? v.join('\n') : String(v ?? '');
}

export function settingsForm(s: ReportSettings): HTMLFormElement {
  const form = el('form', { class: 'settings', id: 'report-settings' });
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const f of FIELDS) {
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
    } else {
      // Multi-line fields as tall as their text (Nơi nhận has 4–7 lines), so nothing is hidden at 300 px.
      const lines = value.split('\n').length;
      input = el('textarea', { id, name: f.key, rows: String(Math.min(10, Math.max(f.input === 'long' ? 3 : 2, lines + 1))) });
      input.value = value;
    }
    form.append(el('label', { class: 'field', for: id }, [el('span', {}, [f.label]), input]));
  }
  return form;
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

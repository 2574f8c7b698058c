/** The report settings as a form (the same ReportSettings the settings sheet fills). */
import type { ReportSettings } from '../../core/report';
import { el } from '../ui/dom';

type Field = { key: keyof ReportSettings | `vanBan.${string}`; label: string; kind: 'text' | 'lines' | 'quyenHan' | 'long' };

const FIELDS: Field[] = [
  { key: 'coQuanChuQuan', label: 'Cơ quan chủ quản', kind: 'text' },
  { key: 'coQuanBanHanh', label: 'Cơ quan ban hành', kind: 'text' },
  { key: 'soKyHieu', label: 'Số, ký hiệu', kind: 'text' },
  { key: 'diaDanh', label: 'Địa danh', kind: 'text' },
  { key: 'ngay', label: 'Ngày (dd/mm/yyyy, để trống cho văn thư)', kind: 'text' },
  { key: 'kyTu', label: 'Kỳ báo cáo từ', kind: 'text' },
  { key: 'kyDen', label: 'Kỳ báo cáo đến', kind: 'text' },
  { key: 'kinhGui', label: 'Kính gửi (mỗi dòng một nơi)', kind: 'lines' },
  { key: 'trichYeu', label: 'Trích yếu', kind: 'text' },
  { key: 'quyenHan', label: 'Quyền hạn ký', kind: 'quyenHan' },
  { key: 'coQuanKyThay', label: 'Cơ quan ký thay', kind: 'text' },
  { key: 'chucVu', label: 'Chức vụ', kind: 'text' },
  { key: 'nguoiKy', label: 'Người ký', kind: 'text' },
  { key: 'noiNhan', label: 'Nơi nhận (mỗi dòng một nơi)', kind: 'lines' },
  { key: 'vanBan.danh-gia-chung', label: 'Đánh giá chung', kind: 'long' },
  { key: 'vanBan.kho-khan', label: 'Khó khăn, vướng mắc', kind: 'long' },
  { key: 'vanBan.kien-nghi', label: 'Kiến nghị, đề xuất', kind: 'long' },
];

function valueOf(s: ReportSettings, key: Field['key']): string {
  if (key.startsWith('vanBan.')) return s.vanBan[key.slice(7)] ?? '';
  const v = s[key as keyof ReportSettings];
  return Array.isArray(v) ? v.join('\n') : String(v ?? '');
}

export function settingsForm(s: ReportSettings): HTMLFormElement {
  const form = el('form', { class: 'settings', id: 'report-settings' });
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const f of FIELDS) {
    const id = `set-${f.key.replace('.', '-')}`;
    const value = valueOf(s, f.key);
    let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (f.kind === 'quyenHan') {
      input = el('select', { id, name: f.key }, ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', ''].map((q) => el('option', { value: q }, [q || '(không)'])));
      input.value = value;
    } else if (f.kind === 'text') {
      input = el('input', { id, name: f.key, type: 'text' });
      input.value = value;
    } else {
      input = el('textarea', { id, name: f.key, rows: f.kind === 'long' ? '3' : '2' });
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
    else if (f.kind === 'lines') (out as unknown as Record<string, unknown>)[f.key] = v.split('\n').map((x) => x.trim()).filter(Boolean);
    else (out as unknown as Record<string, unknown>)[f.key] = v;
  }
  return out;
}

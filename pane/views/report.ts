/** Tạo báo cáo: the settings form, the kind, a preview in the pane, then the .docx to Drive or downloaded. */
import { buildReport, chooseKind, REPORT_KINDS, reportText, reportToDocx, settingsFromWorkbook, withDefaults, type ReportSettings } from '../../core/report';
import thang644 from '../../templates/bao-cao/thang-644.mustache';
import boChiSo from '../../templates/bao-cao/bo-chi-so.mustache';
import cchcNam from '../../templates/bao-cao/cchc-nam.mustache';
import thang644Ngan from '../../templates/bao-cao/thang-644-ngan.mustache';
import congVan from '../../templates/bao-cao/cong-van.mustache';
import { T } from '../messages';
import { busy, clear, el } from '../ui/dom';
import { readAndCheck, showError, type PaneState } from '../state';
import { readForm, settingsForm } from './settings-form';

const TEMPLATES: Record<string, string> = {
  'thang-644': thang644,
  'thang-644-ngan': thang644Ngan,
  'bo-chi-so': boChiSo,
  'cchc-nam': cchcNam,
  'cong-van': congVan,
};

export function reportView(state: PaneState): { node: HTMLElement; show: () => Promise<void> } {
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'report-status' });
  const formBox = el('div', {});
  const kind = el(
    'select',
    { id: 'report-kind' },
    REPORT_KINDS.map((k) => el('option', { value: k.id }, [k.label])),
  );
  const target = el('select', { id: 'report-target' }, [
    state.host.kind === 'google-sheets' ? el('option', { value: 'drive' }, [T.report.drive]) : null,
    el('option', { value: 'download' }, [T.report.download]),
  ]);
  const previewBtn = el('button', { type: 'button', id: 'btn-preview' }, [T.report.preview]);
  const createBtn = el('button', { type: 'button', class: 'primary', id: 'btn-report' }, [T.report.create]);
  // With errors in the figures the report carries the draft mark, unless the clerk accepts the figures here.
  const acceptBox = el('input', { type: 'checkbox', id: 'report-accept' });
  const accept = el('label', { class: 'field check', hidden: true }, [acceptBox, el('span', {}, [T.report.accept])]);
  const preview = el('pre', { class: 'preview', id: 'report-preview', hidden: true });
  const link = el('p', { id: 'report-link' });
  let form: HTMLFormElement | undefined;
  let base: ReportSettings | undefined;

  const current = () => {
    const settings = form && base ? readForm(form, base) : withDefaults({});
    const doc = buildReport({
      tables: state.result!.tables,
      settings,
      templateText: TEMPLATES[kind.value]!,
      findings: state.result!.findings,
      accepted: acceptBox.checked,
    });
    return { settings, doc };
  };

  previewBtn.addEventListener(
    'click',
    () =>
      void busy(previewBtn, status, async (say) => {
        try {
          say(T.report.building);
          preview.textContent = reportText(current().doc);
          preview.hidden = false;
          say('');
        } catch (e) {
          showError(status, e);
        }
      }),
  );
  createBtn.addEventListener(
    'click',
    () =>
      void busy(createBtn, status, async (say) => {
        try {
          clear(link);
          say(T.report.building);
          const { settings, doc } = current();
          await state.host.saveSettings(settings);
          const bytes = await reportToDocx(doc);
          say(T.report.saving);
          const saved = await state.host.saveReport(`Bao-cao-${kind.value}.docx`, bytes, target.value as 'drive' | 'download');
          const note = doc.draft ? ` ${T.report.draftNote}` : '';
          say((saved.url ? T.report.done : T.report.downloaded) + note);
          if (saved.url) link.append(el('a', { href: saved.url, target: '_blank', rel: 'noopener' }, [T.report.open]));
        } catch (e) {
          showError(status, e);
        }
      }),
  );

  const node = el('section', { class: 'view', id: 'view-report' }, [
    el('label', { class: 'field' }, [el('span', {}, [T.report.kind]), kind]),
    el('details', {}, [el('summary', {}, [T.report.settings]), formBox]),
    el('label', { class: 'field' }, [el('span', {}, ['Nơi lưu']), target]),
    accept,
    el('div', { class: 'actions' }, [createBtn, previewBtn]),
    status,
    link,
    preview,
  ]);
  const show = async () => {
    try {
      const result = state.result ?? (await readAndCheck(state, (s) => (status.textContent = s)));
      status.textContent = result.summary.errors > 0 ? T.report.hasErrors(result.summary.errors) : '';
      accept.hidden = result.summary.errors === 0;
      if (result.summary.errors === 0) acceptBox.checked = false;
      const fromSheet = settingsFromWorkbook(state.wb!).settings;
      base = withDefaults({ ...fromSheet, ...((await state.host.loadSettings()) ?? {}) });
      kind.value = chooseKind(undefined, base, result.tables);
      form = settingsForm(base);
      clear(formBox, form);
    } catch (e) {
      showError(status, e);
    }
  };
  return { node, show };
}

/** Every function Apps Script calls: menu items, triggers and the sidebar's google.script.run targets. */
export { onOpen, onInstall, baoCaoOpenCheck, baoCaoOpenReport, baoCaoOpenPane, baoCaoScript } from './menu';
export { baoCaoReadWorkbook } from './read';
export { baoCaoApplyMarks, baoCaoClearMarks } from './marks';
export { baoCaoSelect, baoCaoSaveReport, baoCaoLoadReports, baoCaoSaveReports, baoCaoLoadSettings, baoCaoSaveSettings } from './actions';
export { baoCaoAddSampleSheet } from './sample';
export {
  baoCaoPickerConfig,
  baoCaoCanPickFolder,
  baoCaoOpenFolderPicker,
  baoCaoSetReportFolder,
  baoCaoGetReportFolder,
  baoCaoResetReportFolder,
} from './folder';

/** What the pane knows between tabs: the workbook last read and its check. */
import { checkWorkbook, type CheckResult, type Workbook } from '../core';
import { HostError, type Host } from './host';
import { HOST_ERRORS } from '../core/catalogue/host-errors';
import { T } from './messages';

export interface PaneState {
  host: Host;
  wb?: Workbook;
  result?: CheckResult;
}

/** Reads and checks the workbook (again). */
export async function readAndCheck(state: PaneState, say: (s: string) => void): Promise<CheckResult> {
  say(T.check.reading);
  state.wb = await state.host.readWorkbook();
  say(T.check.checking);
  // Let the status paint before the (synchronous) check runs.
  await new Promise((r) => setTimeout(r, 0));
  state.result = checkWorkbook(state.wb);
  return state.result;
}

/** A failure, in words for the user. */
export function errorText(e: unknown): string {
  if (e instanceof HostError) return e.advice ?? HOST_ERRORS[e.code] ?? HOST_ERRORS.unknown;
  return HOST_ERRORS.unknown;
}

export function showError(status: HTMLElement, e: unknown): void {
  status.textContent = errorText(e);
  status.classList.add('error');
}

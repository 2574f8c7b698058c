/** Server failures as "<code>: <Vietnamese sentence>" (gas-addon/contract.ts), never a stack trace. */
import { HOST_ERRORS, type HostErrorCode } from '../../core/catalogue/host-errors';

export function fail(code: HostErrorCode, message: string = HOST_ERRORS[code]): Error {
  return new Error(`${code}: ${message}`);
}

/** Runs a server action; an Apps Script exception becomes a coded, worded error. */
export function guarded<T>(action: () => T): T {
  try {
    return action();
  } catch (e) {
    const text = String((e as Error)?.message ?? e);
    if (/^(permission|drive-permission|quota|not-found|too-large|unknown): /.test(text)) throw e;
    // A protected sheet or range refuses writes as a missing right does ("You are trying to edit a protected cell…").
    if (/permission|quyền|not authorized|access denied|protected|bảo vệ/i.test(text)) throw fail('permission');
    if (/too many times|quota|giới hạn/i.test(text)) throw fail('quota');
    throw fail('unknown');
  }
}

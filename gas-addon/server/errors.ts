/** Server failures as "<code>: <Vietnamese sentence>" (gas-addon/contract.ts), never a stack trace. */

export function fail(code: 'permission' | 'quota' | 'not-found' | 'too-large' | 'unknown', message: string): Error {
  return new Error(`${code}: ${message}`);
}

/** Runs a server action; an Apps Script exception becomes a coded, worded error. */
export function guarded<T>(action: () => T): T {
  try {
    return action();
  } catch (e) {
    const text = String((e as Error)?.message ?? e);
    if (/^(permission|quota|not-found|too-large|unknown): /.test(text)) throw e;
    if (/permission|quyền|not authorized|access denied/i.test(text)) {
      throw fail('permission', 'Bạn không có quyền sửa trang tính này; hãy nhờ chủ sở hữu cấp quyền chỉnh sửa.');
    }
    if (/too many times|quota|giới hạn/i.test(text)) {
      throw fail('quota', 'Google đang giới hạn số lần gọi; hãy thử lại sau ít phút.');
    }
    throw fail('unknown', 'Có lỗi khi làm việc với trang tính; hãy thử lại.');
  }
}

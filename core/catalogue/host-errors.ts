/**
 * What can go wrong in a host (Google Sheets, Excel, the browser), catalogued once: a stable code and the
 * Vietnamese sentence a clerk reads. The Apps Script server, both adapters and the pane word errors from here;
 * a host may add advice of its own for one case ("hãy rút gọn các đoạn văn"), which the pane shows instead.
 */
export const HOST_ERROR_CODES = ['permission', 'drive-permission', 'quota', 'not-found', 'too-large', 'network', 'download-blocked', 'unknown'] as const;

export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export const HOST_ERRORS: Record<HostErrorCode, string> = {
  permission: 'Bạn không có quyền sửa trang tính này; hãy nhờ chủ sở hữu cấp quyền chỉnh sửa.',
  // Saving to Drive is refused for reasons of Drive's own (the drive.file right not granted, a full Drive): not the sheet.
  'drive-permission': 'Google Drive không cho lưu tệp báo cáo (chưa cấp quyền lưu vào Drive, hoặc Drive đã đầy); hãy chọn «Tải xuống» để lưu tệp về máy.',
  quota: 'Bảng tính đang bận vì có quá nhiều thao tác trong thời gian ngắn; hãy thử lại sau ít phút.',
  'not-found': 'Không tìm thấy ô hoặc trang cần mở; có thể trang đã bị đổi tên.',
  'too-large': 'Dữ liệu quá lớn để lưu cùng tệp.',
  network: 'Mất kết nối; hãy kiểm tra mạng rồi thử lại.',
  'download-blocked': 'Excel trên máy Mac không cho tải tệp xuống từ ngăn này; hãy mở bảng tính bằng Excel trên web (office.com) rồi bấm Tạo báo cáo ở đó.',
  // Whom to ask is the deployment's (pane/deployment.ts): the pane adds it when set, never a support with no address.
  unknown: 'Có lỗi không mong đợi; hãy thử lại.',
};

export function isHostErrorCode(s: string): s is HostErrorCode {
  return (HOST_ERROR_CODES as readonly string[]).includes(s);
}

/** Every sentence of the pane, in Vietnamese, in one place. Counts are written the Vietnamese way ("1.402"). */
import { formatCount } from '../core/numbers';

const n = (x: number) => formatCount(x);

export const T = {
  title: 'Báo cáo CCHC',
  /** Whom to ask, when the deployment set it (pane/deployment.ts). */
  support: (contact: string) => `Nếu vẫn lỗi, hãy liên hệ hỗ trợ: ${contact.replace(/\.\s*$/, '')}.`,
  readAtShort: (hm: string) => `Số liệu đọc lúc ${hm}.`,
  readAt: (hm: string) => `Số liệu đọc lúc ${hm}; mỗi lần bấm, bảng tính được đọc lại.`,
  tabs: { check: 'Kiểm tra số liệu', indicators: 'Chỉ tiêu', report: 'Tạo báo cáo', rollup: 'Tổng hợp' },
  /** The tabs' shown names, one line at 300 px; each is within its full name (`tabs`), which is read out. */
  tabsShort: { check: 'Kiểm tra', indicators: 'Chỉ tiêu', report: 'Báo cáo', rollup: 'Tổng hợp' },
  check: {
    run: 'Kiểm tra số liệu',
    clear: 'Xóa đánh dấu',
    print: 'In kết quả',
    reading: 'Đang đọc bảng tính…',
    readingSheets: (read: number, total: number) => `Đang đọc bảng tính… đã đọc ${n(read)}/${n(total)} trang (bảng tính lớn, Google đọc từng phần).`,
    checking: 'Đang kiểm tra…',
    marking: 'Đang đánh dấu các ô sai…',
    clearing: 'Đang xóa đánh dấu…',
    tables: (k: number) => `Tìm thấy ${n(k)} bảng`,
    none: 'Không tìm thấy bảng số liệu nào đã biết (kết quả giải quyết TTHC, số hóa, PAKN, ứng dụng CNTT). Hãy kiểm tra dòng tiêu đề của bảng.',
    ok: 'Không phát hiện sai lệch.',
    summary: (e: number, w: number) => `${n(e)} lỗi, ${n(w)} cảnh báo.`,
    stale: (readAt: string) =>
      `Kết quả dưới đây là của lần kiểm tra trước, chưa cập nhật được. ${readAt} Hãy xem thông báo ở trên rồi bấm «Kiểm tra số liệu» lại.`,
    marked: (k: number) => `Đã đánh dấu ${n(k)} ô trong bảng tính (Xóa đánh dấu để trả lại như cũ).`,
    /** What the host could not do when marking (pane/host.ts MarkLimit), said once. */
    limits: {
      'fill-only': 'Excel này không ghi được chú thích vào ô: các ô sai chỉ được tô màu, nội dung lỗi xem trong danh sách bên dưới.',
      'record-per-addin':
        'Excel này đã cũ: dấu được ghi nhớ trong chính tiện ích này, hãy Xóa đánh dấu tại đây trước khi gửi tệp hoặc mở bằng bản tiện ích khác.',
    },
    restored: (k: number) => (k === 0 ? 'Không có ô nào đang được đánh dấu.' : `Đã xóa đánh dấu, trả lại ${n(k)} ô như cũ.`),
    sheet: (s: string) => `Trang «${s}»`,
    actual: 'Ghi',
    expected: 'Đúng ra',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    rows: (k: number) => `${n(k)} dòng số liệu`,
    /** A table found: where it is said in words (its sheet, its first and last cell), then what it is. */
    tableFound: (sheet: string, range: string, form: string, rows: number) =>
      `${form}: trang «${sheet}», ô ${range.replace(':', ' đến ')} (${n(rows)} dòng số liệu)`,
    listed: (k: number) => (k === 0 ? 'Không có lỗi nào khớp bộ lọc.' : `${n(k)} chỗ cần xem.`),
    notListed: (k: number, hidden: number) =>
      `${n(k)} chỗ cần xem; ${n(hidden)} chỗ không được liệt kê: hãy lọc theo trang, loại lỗi, hoặc dùng Lỗi tiếp theo.`,
    position: (i: number, k: number) => `Chỗ thứ ${n(i)} / ${n(k)}.`,
    goTo: (cell: string) => `Chọn ô ${cell}`,
    candidates: 'Một trong các ô sau có số sai:',
    /** Cells of one sheet, named as the clerk reads them: "J7, M7 (trang «Kết quả TTHC»)". */
    cellsOn: (cells: readonly string[], sheet: string) => `${cells.join(', ')} (trang «${sheet}»)`,
    prev: 'Lỗi trước',
    next: 'Lỗi tiếp theo',
    filter: 'Lọc danh sách lỗi',
    bySeverity: 'Mức độ',
    allSeverities: 'Lỗi và cảnh báo',
    errors: 'Chỉ lỗi',
    warnings: 'Chỉ cảnh báo',
    bySheet: 'Trang',
    allSheets: 'Mọi trang',
    byRule: 'Loại lỗi',
    allRules: 'Mọi loại',
  },
  indicators: {
    none: 'Chưa tìm thấy bảng số liệu nào trong bảng tính, nên chưa tính được chỉ tiêu. Xem ví dụ một bảng ở thẻ Kiểm tra số liệu.',
    noColumns: 'Các bảng tìm thấy chưa có đủ cột để tính chỉ tiêu (ví dụ «Đã giải quyết» cùng «Đúng hạn»).',
    editTarget: 'Mục tiêu',
    target: (better: 'higher' | 'lower', t: number, met: boolean) =>
      `mục tiêu ${better === 'lower' ? '≤' : '≥'} ${String(t).replace('.', ',')}%: ${met ? 'đạt' : 'chưa đạt'}`,
    noTarget: 'không có mục tiêu',
    showDetails: 'Hiện biểu đồ và cách tính',
    caption: 'Các chỉ tiêu, kết quả và mục tiêu',
    columns: { name: 'Chỉ tiêu', value: 'Kết quả', target: 'Mục tiêu %', met: 'Đạt mục tiêu' },
    targetOf: (label: string, group: string) => `Mục tiêu (%) của ${label.charAt(0).toLowerCase()}${label.slice(1)}, ${group}`,
    badTarget: (typed: string) =>
      `«${typed}» không phải mục tiêu hợp lệ: hãy ghi một số từ 0 đến 100 (ví dụ 95 hoặc 97,5), để trống để dùng mục tiêu mặc định, hoặc ghi «không».`,
    scorecard: 'Bộ chỉ số 766/QĐ-TTg (ước tính)',
    scorecardNote: 'Tính từ số liệu trong bảng; điểm trên Cổng Dịch vụ công quốc gia là chính thức.',
  },
  report: {
    kind: 'Mẫu báo cáo',
    sheet: 'Trang số liệu',
    preview: 'Xem trước',
    zoom: 'Cỡ xem trước',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    zoomFit: 'Vừa khung',
    zoomLevel: 'Tỉ lệ xem',
    create: 'Tạo báo cáo',
    building: 'Đang soạn báo cáo…',
    saving: 'Đang lưu tệp…',
    drive: 'Lưu vào Google Drive',
    folder: 'Thư mục lưu:',
    pickFolder: 'Chọn thư mục…',
    defaultFolder: 'Dùng thư mục mặc định',
    picking: 'Hãy chọn một thư mục trong hộp thoại vừa mở. Đóng hộp thoại mà không chọn thì báo cáo vẫn lưu vào thư mục ghi ở trên.',
    savedIn: (folder: string) => `Tệp nằm trong thư mục «${folder}» trên Google Drive.`,
    fellBack: (folder: string) =>
      `Không mở được thư mục đã chọn (có thể đã bị xóa, bỏ vào thùng rác hoặc không còn được chia sẻ với bạn), nên tệp đã được lưu vào thư mục «${folder}»; không có gì bị mất.`,
    googleDoc: 'Mở dưới dạng Google Tài liệu',
    download: 'Tải xuống',
    open: 'Mở báo cáo',
    done: 'Đã tạo báo cáo.',
    downloaded: 'Đã tải báo cáo xuống.',
    hasErrors: (n: number) =>
      `Lưu ý: bảng tính còn ${n} lỗi số liệu; báo cáo sẽ mang dấu «DỰ THẢO — số liệu chưa khớp» cho đến khi sửa xong, hoặc khi bạn chấp nhận số liệu bên dưới.`,
    /** The workbook, in the job's sentences ("Không tìm thấy bảng số liệu nào … trong bảng tính này"). */
    thisWorkbook: 'bảng tính này',
    accept: 'Tôi đã xem các lỗi và chấp nhận số liệu như hiện có (bỏ dấu DỰ THẢO)',
    settings: 'Thông tin báo cáo',
    settingsRest: (k: number) => `Thông tin báo cáo khác (${n(k)} mục)`,
    lacking: 'Báo cáo còn thiếu các mục dưới đây (để trống thì văn thư phải điền tay):',
    where: 'Nơi lưu',
    fileName: 'Tên tệp',
    datePlaceholder: 'ngày/tháng/năm, ví dụ 15/03/2024',
    badDate: (typed: string) => `«${typed}» không phải một ngày: hãy ghi ngày/tháng/năm, ví dụ 15/03/2024.`,
    fixDates: 'Chưa tạo báo cáo: có ngày ghi chưa đúng trong «Thông tin báo cáo»; hãy sửa ngày được tô đỏ rồi bấm lại.',
    periodBackwards: 'Ngày cuối kỳ báo cáo đang ở trước ngày đầu kỳ; hãy xem lại hai ngày này.',
    noTable: 'Chưa có bảng số liệu nào để lập báo cáo: không tạo tệp. Xem ví dụ một bảng bên dưới.',
    changed: (e: number) => `Bảng tính đã thay đổi từ lần đọc trước; báo cáo dùng số liệu mới nhất (còn ${n(e)} lỗi).`,
  },
  /** «Báo cáo đã tạo»: the reports made from this workbook, and the question when a name is used again. */
  made: {
    title: 'Báo cáo đã tạo',
    none: 'Chưa tạo báo cáo nào từ bảng tính này.',
    draft: 'Dự thảo',
    final: 'Chính thức',
    at: (hm: string, day: string) => `lúc ${hm} ngày ${day}`,
    open: 'Mở',
    openOf: (name: string) => `Mở ${name}`,
    again: 'Tải lại',
    againOf: (name: string) => `Tải lại ${name}`,
    sameName: (name: string, draft: boolean, at: string) => `Đã có báo cáo «${name}»${draft ? ' (dự thảo)' : ''}, tạo ${at}. Lần này lưu thế nào?`,
    replace: 'Thay tệp cũ',
    version: (name: string) => `Lưu thành tệp mới «${name}»`,
    cancel: 'Hủy',
    chooseBelow: 'Tên tệp này đã dùng: hãy chọn cách lưu ở dưới.',
    cancelled: 'Chưa lưu báo cáo.',
    replacedDrive: 'Đã thay nội dung tệp cũ (đường dẫn giữ nguyên; bản trước vẫn xem được trong «Quản lý phiên bản» của tệp trên Google Drive).',
    replacedDoc: 'Tệp Google Tài liệu cũ đã được chuyển vào thùng rác của Google Drive.',
    replacedDownload: 'Nếu tệp cũ còn trong thư mục Tải xuống, máy có thể thêm số vào tên tệp mới; hãy xóa tệp cũ để khỏi nhầm.',
    notKept: 'Không ghi được báo cáo này vào danh sách «Báo cáo đã tạo».',
  },
  rollup: {
    layout: (k: number, bySheet: boolean) => `${n(k)} đơn vị, ${bySheet ? 'mỗi đơn vị một trang tính' : 'mỗi đơn vị một dòng'}.`,
    total: 'Tổng cộng',
    received: 'Tiếp nhận',
    resolved: 'Đã giải quyết',
    pending: 'Đang giải quyết',
    onTime: 'Tỷ lệ đúng hạn',
    counted: (k: number) => `Tính trên ${n(k)} đơn vị.`,
    ranking: (by: string) => `Xếp hạng theo ${by}`,
    noRanking: 'Chưa đơn vị nào có đủ số liệu để xếp hạng (cần cột «Đã giải quyết» cùng «Đúng hạn»).',
    band: (label: string) => label.toLocaleLowerCase('vi'),
    errors: 'Đơn vị có số liệu sai lệch',
    errorsNote: 'Bấm vào một đơn vị để chọn ô sai đầu tiên của đơn vị đó.',
    errorCount: (unit: string, k: number) => `${unit}: ${n(k)} lỗi`,
    otherUnits: 'Đơn vị không tính vào tổng',
    create: 'Tạo báo cáo tổng hợp',
    building: 'Đang soạn báo cáo tổng hợp…',
    fileName: 'Bao-cao-tong-hop-CCHC.docx',
    none: 'Chưa nhận ra bảng tính tổng hợp. Bảng tính tổng hợp có một trong hai dạng:',
    ownUnit:
      'Bảng tính này là số liệu của một đơn vị; Tổng hợp cộng số liệu của nhiều đơn vị, nên cần bảng tính của tỉnh có mỗi đơn vị một trang hoặc một dòng — với bảng tính này, hãy dùng Kiểm tra số liệu và Tạo báo cáo.',
    forms: 'Hai dạng bảng tính tổng hợp',
    noneSheets: 'mỗi đơn vị một trang tính (đặt tên trang theo đơn vị, ví dụ «Xã Mỹ An»), mỗi trang có bảng kết quả giải quyết TTHC của đơn vị;',
    noneRows: 'hoặc một trang có một bảng, mỗi dòng là một đơn vị («Xã …», «Phường …», «UBND …») với các cột tiếp nhận, đã giải quyết, đúng hạn….',
  },
  /** The folder dialog (gas-addon/picker/folder-picker.ts, FolderPicker.html). */
  picker: {
    title: 'Chọn thư mục lưu báo cáo',
    loading: 'Đang mở danh sách thư mục trên Google Drive…',
    notConfigured:
      'Tiện ích chưa được thiết lập để chọn thư mục (thiếu khóa Google Picker). Báo cáo vẫn được lưu vào thư mục «Báo cáo CCHC»; hãy báo người quản trị tiện ích.',
    loadFailed: 'Không tải được hộp chọn thư mục của Google. Hãy kiểm tra kết nối mạng rồi thử lại; báo cáo vẫn được lưu vào thư mục «Báo cáo CCHC».',
    saving: 'Đang ghi nhớ thư mục đã chọn…',
    saveFailed: 'Không ghi nhớ được thư mục đã chọn; hãy thử lại.',
    close: 'Đóng',
  },
  help: {
    open: 'Hướng dẫn',
    close: 'Đóng hướng dẫn',
    title: 'Hướng dẫn sử dụng Báo cáo CCHC',
    intro: 'Ba bước mỗi tháng, trên chính bảng tính của bạn (số liệu không bị sửa):',
    noTable:
      'Chưa tìm thấy bảng số liệu nào đã biết. Một bảng cần một dòng tiêu đề có tên cột (ví dụ «Tổng số tiếp nhận», «Đã giải quyết», «Đang giải quyết») và mỗi dòng bên dưới là một cấp, một lĩnh vực hoặc một đơn vị, như ví dụ dưới đây.',
    steps: [
      { title: 'Kiểm tra số liệu', text: 'tìm các bảng, đối chiếu các tổng, tô màu ô sai kèm ghi chú (Xóa đánh dấu trả lại như cũ).' },
      { title: 'Chỉ tiêu', text: 'tỷ lệ đúng hạn, trực tuyến, số hóa, thanh toán trực tuyến so với mục tiêu.' },
      { title: 'Tạo báo cáo', text: 'tệp Word theo thể thức Nghị định 30/2020/NĐ-CP, đọc lại số liệu mới nhất.' },
    ],
    exampleTitle: 'Ví dụ một bảng được nhận ra:',
    sample: 'Tạo trang mẫu',
    sampleNote: 'Thêm một trang mới có bảng mẫu như trên; các trang của bạn không bị sửa.',
    sampleAdding: 'Đang thêm trang mẫu…',
    sampleAdded: (sheet: string) => `Đã thêm trang mới «${sheet}» có bảng mẫu; các trang của bạn không bị sửa.`,
    /** The guide opened from «Hướng dẫn» (pane/views/help.ts): first steps, fixing an error, what Tổng hợp is for. */
    guide: {
      start: 'Bắt đầu',
      support: 'Cần hỗ trợ',
      steps: [
        'Mở thẻ «Kiểm tra», bấm «Kiểm tra số liệu».',
        'Đọc lỗi đầu tiên, ở trên cùng danh sách, và sửa nó như hình dưới đây; sửa xong, bấm «Kiểm tra số liệu» lại.',
        'Mở thẻ «Chỉ tiêu» để xem các tỷ lệ so với mục tiêu.',
        // «DỰ THẢO» as the report prints it, on one line (a no-break space).
        'Mở thẻ «Báo cáo», bấm «Tạo báo cáo». Khi số liệu còn lỗi, báo cáo là bản DỰ\u00a0THẢO; nếu bạn đã xem các lỗi và chấp nhận số liệu như hiện có, hãy tích vào ô «Tôi đã xem các lỗi…» để bỏ chữ DỰ\u00a0THẢO.',
      ],
      fix: 'Sửa một lỗi',
      fixIntro: 'Mỗi lỗi là một thẻ trong danh sách. Sửa từng lỗi theo bốn bước:',
      /** The picture of the flow: its four steps' captions, and the words drawn in it (a card, a cell, a button). */
      picture: {
        label: (steps: readonly string[]) => `Sơ đồ sửa một lỗi: ${steps.map((s, i) => `${i + 1}. ${s}.`).join(' ')}`,
        steps: ['Bấm «Chọn ô» trên thẻ lỗi', 'Ô sai được chọn trong bảng tính, có tô màu', 'Gõ vào ô số đúng ra', 'Bấm lại «Kiểm tra số liệu»: hết tô màu'],
        card: 'Tổng số ≠ …',
        cell: 'C7',
        wrong: 130,
        right: 120,
      },
      unsure:
        'Khi thẻ ghi «Một trong các ô sau có số sai» (ví dụ K7, L7), công cụ không biết ô nào sai: hãy so các ô đó với sổ theo dõi, hồ sơ giấy; sửa ô sai, rồi bấm «Kiểm tra số liệu» lại.',
      undo: '«Xóa đánh dấu» trả lại bảng tính đúng như trước: màu ô và ghi chú cũ, kể cả sau khi đóng tệp. Số liệu của bạn không bao giờ bị sửa.',
      rollup: 'Tổng hợp dùng để làm gì',
      rollupFor:
        'Thẻ «Tổng hợp» dành cho văn phòng tỉnh hoặc xã cộng số liệu của nhiều đơn vị: một bảng tính có mỗi đơn vị một trang (hoặc một dòng). Thẻ cộng các đơn vị, xếp hạng và tạo báo cáo tổng hợp.',
      rollupOwn: 'Trên bảng tính của riêng một đơn vị, Tổng hợp không có gì để cộng: hãy dùng «Tạo báo cáo».',
      tables: 'Bảng số liệu',
      tablesText: 'Bảng có thể nằm ở bất kỳ đâu trong trang tính, miễn có một dòng tiêu đề ghi tên các cột, như ví dụ:',
    },
  },
  /** Where the web page differs: the workbook is a file read in the browser, nothing is marked, settings stay in it. */
  helpFile: {
    intro: 'Ba bước mỗi tháng, trên tệp bảng tính bạn chọn (tệp chỉ được đọc trên máy này: không bị sửa, không gửi đi đâu):',
    check: {
      title: 'Kiểm tra số liệu',
      text: 'tìm các bảng, đối chiếu các tổng, liệt kê từng ô sai (tên ô và trang của nó) với số đúng ra; «In kết quả» để in danh sách.',
    },
    /** The guide's words where the web page differs: a file chosen and read, its errors listed by sheet and cell. */
    guide: {
      firstStep: 'Bấm «Chọn tệp bảng tính…» và chọn tệp của đơn vị: số liệu được kiểm tra ngay, ở thẻ «Kiểm tra».',
      fixIntro:
        'Tệp chỉ được đọc trên máy này, không bị sửa và không gửi đi đâu: mỗi thẻ lỗi ghi tên trang và ô sai (ví dụ ô C7 của trang «Kết quả TTHC»). Sửa từng lỗi theo bốn bước:',
      /** The picture's captions: the cell is found by the clerk in her own spreadsheet program, the file chosen again. */
      pictureSteps: ['Thẻ lỗi ghi trang và ô sai', 'Mở tệp, tìm ô đó trên đúng trang', 'Gõ vào ô số đúng ra, lưu tệp', 'Chọn lại tệp: lỗi không còn'],
      unsure:
        'Khi thẻ ghi «Một trong các ô sau có số sai» (ví dụ K7, L7), công cụ không biết ô nào sai: hãy so các ô đó với sổ theo dõi, hồ sơ giấy; sửa ô sai trong tệp, lưu lại, rồi chọn lại tệp.',
      rollupFor:
        'Thẻ «Tổng hợp» dành cho văn phòng tỉnh hoặc xã cộng số liệu của nhiều đơn vị: chọn các tệp của các đơn vị (mỗi tệp một đơn vị) hoặc cả thư mục chứa chúng. Thẻ cộng các đơn vị, xếp hạng và tạo báo cáo tổng hợp.',
      rollupOwn: 'Với tệp của riêng một đơn vị, Tổng hợp không có gì để cộng: hãy dùng «Tạo báo cáo».',
      tablesText: 'Bảng có thể nằm ở bất kỳ đâu trong tệp, miễn có một dòng tiêu đề ghi tên các cột, như ví dụ:',
    },
  },
  /** Google ended a call at its 6 minutes (one sheet alone too large to read): the script cannot catch it, the sidebar says it. */
  gasTimeUp: 'Một trang tính quá lớn để Google đọc trong 6 phút; hãy chép bảng số liệu sang một tệp riêng rồi kiểm tra tệp đó.',
  officeMissing: 'Không tải được thư viện Office của Microsoft. Hãy kiểm tra kết nối mạng rồi mở lại ngăn Báo cáo CCHC từ thẻ Trang đầu của Excel.',
} as const;

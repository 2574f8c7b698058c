/**
 * The command line against hostile cases: a closed pipe, outputs that cannot be written, the input
 * reached through links, bad targets files. Each case is one Vietnamese line on stderr with the
 * contracted exit code (0 fine, 1 data errors, 2 everything else), never "Lỗi không mong đợi" nor a
 * stack trace, and the input file is never touched.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/reference';
import { BIN, buildCli, runCliAsync, T } from './helpers/cli';
import { indicatorDefs } from '../core/catalogue/indicators';
import { writeFlat, writeFlatCsv, type UnitFigures } from './helpers/unit-workbooks';
import { FS_REASONS, folderCreateMessage, reportWriteMessage, stdoutWriteMessage, templateReadMessage } from '../cli/output-errors';

beforeAll(buildCli);

const LAP_VO = T('lap-vo-thang-03-2024.xlsx'); // one error finding: check exits 1
const CHAU_THANH = T('chau-thanh-nam-2020.xlsx'); // no error finding
const THAP_MUOI = T('thap-muoi-thang-11-2023.xlsx');
const linux = process.platform === 'linux';
const UNEXPECTED = /không mong đợi|bộ phận hỗ trợ|\bat \S+:\d+|Error:|node:/;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'bao-cao-an-toan-'));
}

function fingerprint(path: string): { hash: string; mtime: number } {
  return { hash: createHash('sha256').update(readFileSync(path)).digest('hex'), mtime: statSync(path).mtimeMs };
}

/** Runs the CLI with one of its pipes closed by the reader before the first byte. */
function runWithClosed(args: string[], closed: 'stdout' | 'stderr'): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child[closed].destroy(); // like `| head -1` that has read its line and gone
    let out = '';
    let err = '';
    if (closed !== 'stdout') child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    if (closed !== 'stderr') child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
}

describe('a reader that closes the pipe (bao-cao check … | head -1)', () => {
  it.each([
    [['check', LAP_VO], 1],
    [['check', LAP_VO, '--json'], 1],
    [['indicators', LAP_VO], 0],
    [['help'], 0],
  ] as const)('%j: quiet, no stack trace, exit code unchanged', async (args, code) => {
    const r = await runWithClosed([...args], 'stdout');
    expect(r.err).toBe('');
    expect(r.code).toBe(code);
  });

  it('stderr closed too: still exit 2 for a missing file, and no crash', async () => {
    const r = await runWithClosed(['check', join(tmp(), 'khong-co.xlsx')], 'stderr');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
  });

  it('in a shell pipeline whose reader is already gone', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check "${LAP_VO}" | true`], { encoding: 'utf8', cwd: REPO_ROOT });
    expect(r.stderr).toBe('');
    expect(r.stderr).not.toMatch(/Error|at /);
  });

  it.runIf(linux && existsSync('/dev/full'))('stdout sent to a full disk (> /dev/full): one line, exit 2', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'check', CHAU_THANH], { encoding: 'utf8', cwd: REPO_ROOT, stdio: ['ignore', fd, 'pipe'] });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('Không ghi được kết quả ra màn hình hoặc tệp đích: ổ đĩa đã đầy.\n');
    } finally {
      closeSync(fd);
    }
  });
});

describe('output-errors: one sentence per file-system error code', () => {
  it('every known code and an unknown one give one Vietnamese line, never the support message', () => {
    for (const code of [...Object.keys(FS_REASONS), 'EWHATEVER', undefined]) {
      for (const s of [
        reportWriteMessage(code, 'D:/bao-cao/thang-3.docx'),
        folderCreateMessage(code, 'D:/bao-cao'),
        stdoutWriteMessage(code),
        templateReadMessage(code, 'mau.mustache'),
      ]) {
        expect(s.split('\n')).toHaveLength(1);
        expect(s).not.toMatch(UNEXPECTED);
      }
    }
  });

  it('disk full, quota, read-only, open in Word', () => {
    expect(reportWriteMessage('ENOSPC', 'bc.docx')).toBe(
      'Không ghi được báo cáo «bc.docx»: ổ đĩa đã đầy; hãy giải phóng bớt dung lượng hoặc chọn nơi khác với -o.',
    );
    expect(reportWriteMessage('EDQUOT', 'bc.docx')).toMatch(/hết dung lượng được cấp/);
    expect(reportWriteMessage('EROFS', 'bc.docx')).toMatch(/chỉ cho phép đọc; hãy chọn nơi khác với -o\.$/);
    expect(reportWriteMessage('EBUSY', 'bc.docx')).toMatch(/đang được mở trong chương trình khác \(ví dụ Word\); hãy đóng tệp đó rồi chạy lại\.$/);
    expect(reportWriteMessage('EACCES', 'bc.docx')).toMatch(/không có quyền ghi/);
    expect(reportWriteMessage('EXYZ', 'bc.docx')).toMatch(/mã lỗi EXYZ/);
    expect(reportWriteMessage('EISDIR', 'D:/bc/')).toBe('«D:/bc/» là một thư mục; hãy ghi tên tệp sau -o, ví dụ «D:/bc/bao-cao.docx».');
  });
});

describe('report never writes over its input', () => {
  it.each(['symbolic link', 'hard link'] as const)('-o through a %s to the input: refused, exit 2, input unchanged', async (kind) => {
    const dir = tmp();
    const input = join(dir, 'so-lieu.xlsx');
    copyFileSync(CHAU_THANH, input);
    const out = join(dir, 'bao-cao.docx');
    if (kind === 'symbolic link') symlinkSync(input, out);
    else linkSync(input, out);
    const before = fingerprint(input);
    const r = await runCliAsync(['report', input, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('Không ghi báo cáo đè lên tệp số liệu; hãy chọn tên khác với -o.\n');
    expect(fingerprint(input)).toEqual(before);
  });

  it('overwriting an earlier report is normal', async () => {
    const dir = tmp();
    const out = join(dir, 'bc.docx');
    writeFileSync(out, 'báo cáo cũ');
    const r = await runCliAsync(['report', CHAU_THANH, '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('no input is ever written over, whichever option it came from', () => {
  const MARCH = { kyTu: '01/03/2024', kyDen: '31/03/2024' };
  const MY_AN: UnitFigures = { kt: 10, moi: 190, tt: 150, trh: 100, dh: 78, qh: 2, dang: 20 };
  const TAN_BINH: UnitFigures = { kt: 5, moi: 95, tt: 60, trh: 50, dh: 30, qh: 10, dang: 10 };

  /** Every input a case gives: a report's workbook, template and targets; tong-hop's units, list and previous period. */
  interface Inputs {
    dir: string;
    workbook: string;
    template: string;
    targets: string;
    units: string;
    unitFile: string;
    list: string;
    previous: string;
  }

  async function inputs(): Promise<Inputs> {
    const dir = tmp();
    const units = join(dir, 'thang-03');
    mkdirSync(units);
    const i: Inputs = {
      dir,
      workbook: join(dir, 'so-lieu.xlsx'),
      template: join(dir, 'mau-rieng.mustache'),
      targets: join(dir, 'muc-tieu.json'),
      units,
      unitFile: join(units, 'my-an.xlsx'),
      list: join(dir, 'danh-sach.csv'),
      previous: join(dir, 'my-an-thang-02.xlsx'),
    };
    copyFileSync(CHAU_THANH, i.workbook);
    copyFileSync(T('bao-cao/thang-644.mustache'), i.template);
    writeFileSync(i.targets, '{"ty-le-so-hoa": 70}');
    await writeFlat(i.unitFile, MY_AN, { name: 'UBND xã Mỹ An', ...MARCH });
    writeFlatCsv(join(units, 'tan-binh.csv'), TAN_BINH);
    writeFileSync(i.list, 'Mã,Tên\nX01,Xã Mỹ An\nX02,Xã Tân Bình\n');
    await writeFlat(i.previous, { ...MY_AN, kt: 40 }, { name: 'UBND xã Mỹ An' });
    return i;
  }

  const report = (i: Inputs, out: string) => ['report', i.workbook, '--mau', i.template, '--chi-tieu', i.targets, '-o', out];
  const tongHop = (i: Inputs, out: string) => ['tong-hop', i.units, '--danh-sach', i.list, '--ky-truoc', i.previous, '-o', out];
  const over = (what: string) => new RegExp(`^Không ghi báo cáo đè lên ${what}; hãy chọn tên khác với -o\\.$`);
  const path = (p: string) => `«${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}»`;

  const CASES: { name: string; args: (i: Inputs) => string[]; err: (i: Inputs) => RegExp; setup?: (i: Inputs) => void }[] = [
    { name: 'report -o the --mau template', args: (i) => report(i, i.template), err: (i) => over(`tệp mẫu ${path(i.template)} \\(--mau\\)`) },
    { name: 'report -o the --chi-tieu file', args: (i) => report(i, i.targets), err: (i) => over(`tệp mục tiêu ${path(i.targets)} \\(--chi-tieu\\)`) },
    {
      // A text file as the workbook: its reader would fail first if the check came after the reading.
      name: 'report -o the --chi-tieu file, refused before the workbook is read',
      setup: (i) => writeFileSync(i.workbook, TEXT_AS_XLSX),
      args: (i) => report(i, i.targets),
      err: (i) => over(`tệp mục tiêu ${path(i.targets)} \\(--chi-tieu\\)`),
    },
    { name: 'tong-hop -o the --danh-sach list', args: (i) => tongHop(i, i.list), err: (i) => over(`danh sách đơn vị ${path(i.list)} \\(--danh-sach\\)`) },
    {
      name: 'tong-hop -o a --ky-truoc workbook',
      args: (i) => tongHop(i, i.previous),
      err: (i) => over(`tệp kỳ trước ${path(i.previous)} \\(--ky-truoc\\)`),
    },
    {
      name: 'tong-hop -o a file inside a folder it was given',
      args: (i) => tongHop(i, i.unitFile),
      err: (i) => over(`tệp «my-an\\.xlsx» trong thư mục số liệu ${path(i.units)}`),
    },
    {
      name: 'tong-hop -o a file inside a --ky-truoc folder, reached through ..',
      args: (i) => ['tong-hop', i.unitFile, '--ky-truoc', i.units, '-o', join(i.units, '..', 'thang-03', 'tan-binh.csv')],
      err: (i) => over(`tệp «tan-binh\\.csv» trong thư mục kỳ trước ${path(i.units)} \\(--ky-truoc\\)`),
    },
    { name: 'tong-hop -o a folder it was given', args: (i) => tongHop(i, i.units), err: (i) => over(`thư mục số liệu ${path(i.units)}`) },
    {
      name: 'tong-hop -o a hard link to the --danh-sach list',
      setup: (i) => linkSync(i.list, join(i.dir, 'tong-hop.docx')),
      args: (i) => tongHop(i, join(i.dir, 'tong-hop.docx')),
      err: (i) => over(`danh sách đơn vị ${path(i.list)} \\(--danh-sach\\)`),
    },
    {
      name: 'tong-hop -o a symbolic link to a --ky-truoc workbook',
      setup: (i) => symlinkSync(i.previous, join(i.dir, 'tong-hop.docx')),
      args: (i) => tongHop(i, join(i.dir, 'tong-hop.docx')),
      err: (i) => over(`tệp kỳ trước ${path(i.previous)} \\(--ky-truoc\\)`),
    },
    {
      name: 'report -o a symbolic link to the --mau template',
      setup: (i) => symlinkSync(i.template, join(i.dir, 'bc.docx')),
      args: (i) => report(i, join(i.dir, 'bc.docx')),
      err: (i) => over(`tệp mẫu ${path(i.template)} \\(--mau\\)`),
    },
  ];

  /** Every file a case reads, with its bytes: none may change. */
  function bytesOf(i: Inputs): Map<string, Buffer> {
    const files = [i.workbook, i.template, i.targets, i.list, i.previous, ...readdirSync(i.units).map((n) => join(i.units, n))];
    return new Map(files.map((f) => [f, readFileSync(f)]));
  }

  it.concurrent.each(CASES.map((c) => [c.name, c] as const))(
    '%s: exit 2, one line naming it, its bytes unchanged',
    async (_name, k) => {
      const i = await inputs();
      k.setup?.(i);
      const before = bytesOf(i);
      const names = readdirSync(i.dir).sort();
      const r = await runCliAsync(k.args(i));
      expect(r.out).toBe('');
      expect(r.err.endsWith('\n')).toBe(true);
      const lines = r.err.slice(0, -1).split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(k.err(i));
      expect(r.code).toBe(2);
      const after = bytesOf(i);
      for (const [f, b] of before) expect(after.get(f)!.equals(b), f).toBe(true);
      expect(readdirSync(i.dir).sort()).toEqual(names); // no report written anywhere
    },
    150_000,
  );

  it.concurrent.each([
    ['report', report, 0],
    ['tong-hop', tongHop, 0],
  ] as const)('%s -o a fresh path beside the same inputs: written as before', async (_name, args, code) => {
    const i = await inputs();
    const before = bytesOf(i);
    const out = join(i.dir, 'moi', '..', 'bao-cao-moi.docx');
    const r = await runCliAsync(args(i, out));
    expect(r.err).not.toMatch(/đè lên/);
    expect(r.code).toBe(code);
    expect(readFileSync(join(i.dir, 'bao-cao-moi.docx')).subarray(0, 2).toString()).toBe('PK');
    const after = bytesOf(i);
    for (const [f, b] of before) expect(after.get(f)!.equals(b), f).toBe(true);
  });
});

describe('--chi-tieu', () => {
  it('a targets file saved with a UTF-8 byte-order mark (Notepad) is read', async () => {
    const f = join(tmp(), 'muc-tieu.json');
    writeFileSync(f, '\uFEFF{"ty-le-so-hoa": 70}');
    const r = await runCliAsync(['indicators', THAP_MUOI, '--json', '--chi-tieu', f]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const so = JSON.parse(r.out).indicators.filter((i: { id: string }) => i.id === 'ty-le-so-hoa');
    expect(so.map((i: { target: number }) => i.target)).toEqual([70, 70]);
  });

  it('an unknown key: one line naming it and every known indicator id, exit 2', async () => {
    const f = join(tmp(), 'muc-tieu.json');
    writeFileSync(f, '{"ty-le-so-hoa": 70, "ty-le-truc-tuyen-toan-trinh": 50}');
    const r = await runCliAsync(['indicators', THAP_MUOI, '--chi-tieu', f]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const ids = indicatorDefs().map((d) => d.id);
    expect(r.err).toBe(`Tệp mục tiêu «muc-tieu.json»: không có chỉ tiêu «ty-le-truc-tuyen-toan-trinh»; các chỉ tiêu đã biết: ${ids.join(', ')}.\n`);
  });
});

// ---------------------------------------------------------------------------------------------
// The corpus: every hostile command line, its exit code and its one stderr line.

interface Ctx {
  dir: string;
  /** A copy of a sample workbook with one error finding, in the case's own folder. */
  input: string;
}

interface Case {
  name: string;
  args: (c: Ctx) => string[];
  setup?: (c: Ctx) => void;
  code: 0 | 1 | 2;
  /** The first (and, unless `usage`, only) line of stderr; undefined: stderr is empty. */
  err?: RegExp;
  /** A usage error: the line is followed by the usage text. */
  usage?: boolean;
  when?: boolean;
}

const TEXT_AS_XLSX = 'Đây là ghi chú, không phải bảng tính.\n';
const BROKEN_TEMPLATE = '{{#tthcCap}} chưa đóng';

const CASES: Case[] = [
  // Usage.
  { name: 'unknown command', args: (c) => ['kiem-tra', c.input], code: 2, err: /^Lệnh không hợp lệ: «kiem-tra»\.$/, usage: true },
  { name: 'no file', args: () => ['check'], code: 2, err: /^Thiếu tên tệp cần kiểm tra\.$/, usage: true },
  { name: 'two files', args: (c) => ['check', c.input, c.input], code: 2, err: /^Chỉ nhận một tệp mỗi lần/, usage: true },
  { name: 'unknown option', args: (c) => ['check', c.input, '--bogus'], code: 2, err: /^Tuỳ chọn không hợp lệ: «--bogus»\.$/, usage: true },
  { name: '-o without a value', args: (c) => ['report', c.input, '-o'], code: 2, err: /^Thiếu giá trị sau -o\.$/, usage: true },
  { name: '-o with an empty value', args: (c) => ['report', c.input, '-o', ''], code: 2, err: /^Thiếu giá trị sau -o\.$/, usage: true },
  { name: '--mau with an empty value', args: (c) => ['report', c.input, '--mau', ''], code: 2, err: /^Thiếu giá trị sau --mau\.$/, usage: true },
  { name: '--chi-tieu without a file', args: (c) => ['indicators', c.input, '--chi-tieu'], code: 2, err: /^Thiếu tên tệp sau --chi-tieu\.$/, usage: true },

  // The input cannot be read or holds no table.
  { name: 'missing input', args: (c) => ['check', join(c.dir, 'khong-co.xlsx')], code: 2, err: /^Không tìm thấy tệp "khong-co\.xlsx"/ },
  { name: 'input is a folder', args: (c) => ['check', c.dir], code: 2, err: /là một thư mục, không phải tệp/ },
  {
    name: 'empty input',
    setup: (c) => writeFileSync(join(c.dir, 'rong.xlsx'), ''),
    args: (c) => ['check', join(c.dir, 'rong.xlsx')],
    code: 2,
    err: /^Tệp "rong\.xlsx" rỗng/,
  },
  {
    name: 'text renamed .xlsx',
    setup: (c) => writeFileSync(join(c.dir, 'ghi-chu.xlsx'), TEXT_AS_XLSX),
    args: (c) => ['report', join(c.dir, 'ghi-chu.xlsx')],
    code: 2,
    err: /không phải sổ tính Excel/,
  },
  {
    name: 'symbolic link loop',
    when: linux,
    setup: (c) => symlinkSync(join(c.dir, 'vong.xlsx'), join(c.dir, 'vong.xlsx')),
    args: (c) => ['check', join(c.dir, 'vong.xlsx')],
    code: 2,
    err: /^Không mở được tệp "vong\.xlsx" \(mã lỗi ELOOP\)\.$/,
  },
  {
    name: 'a csv with no known table',
    setup: (c) => writeFileSync(join(c.dir, 'ghi-chu.csv'), 'Ghi chú\nKhông có số liệu\n'),
    args: (c) => ['report', join(c.dir, 'ghi-chu.csv'), '-o', join(c.dir, 'bc.docx')],
    code: 2,
    err: /^Không tìm thấy bảng số liệu nào/,
  },

  // The report cannot be written.
  {
    name: '-o names an existing folder',
    args: (c) => ['report', c.input, '-o', c.dir],
    code: 2,
    err: /^«.+» là một thư mục; hãy ghi tên tệp sau -o, ví dụ «.+\/bao-cao\.docx»\.$/,
  },
  {
    name: '-o under a regular file (ENOTDIR)',
    setup: (c) => writeFileSync(join(c.dir, 'tep'), 'x'),
    args: (c) => ['report', c.input, '-o', join(c.dir, 'tep', 'bc.docx')],
    code: 2,
    err: /^Không tạo được thư mục «.+tep» để ghi báo cáo: ở đó đã có một tệp \(không phải thư mục\) trùng tên; hãy chọn nơi khác với -o\.$/,
  },
  {
    name: '-o where no file can be created (/proc)',
    when: linux && existsSync('/proc/self'),
    args: (c) => ['report', c.input, '-o', '/proc/khong-co.docx'],
    code: 2,
    err: /^Không ghi được báo cáo «\/proc\/khong-co\.docx»: không tạo được tệp ở vị trí đó; hãy chọn nơi khác với -o\.$/,
  },
  {
    // Node's mkdir({ recursive: true }) loops for ever here: the case also guards against a hang.
    name: 'a parent folder that cannot be created (/proc/x/)',
    when: linux && existsSync('/proc/self'),
    args: (c) => ['report', c.input, '-o', '/proc/khong-co/bc.docx'],
    code: 2,
    err: /^Không tạo được thư mục «\/proc\/khong-co» để ghi báo cáo: không tạo được thư mục ở vị trí đó; hãy chọn nơi khác với -o\.$/,
  },
  {
    name: 'disk full (-o /dev/full)',
    when: linux && existsSync('/dev/full'),
    args: (c) => ['report', c.input, '-o', '/dev/full'],
    code: 2,
    err: /^Không ghi được báo cáo «\/dev\/full»: ổ đĩa đã đầy; hãy giải phóng bớt dung lượng hoặc chọn nơi khác với -o\.$/,
  },
  { name: 'new folders on the way are created', args: (c) => ['report', CHAU_THANH, '-o', join(c.dir, 'a', 'b', 'bc.docx')], code: 0 },

  // The input is protected.
  {
    name: '-o is the input',
    args: (c) => ['report', c.input, '-o', c.input],
    code: 2,
    err: /^Không ghi báo cáo đè lên tệp số liệu; hãy chọn tên khác với -o\.$/,
  },
  {
    name: '-o is the input through ..',
    args: (c) => ['report', c.input, '-o', join(c.dir, '..', c.dir.split(/[\\/]/).pop()!, 'so-lieu.xlsx')],
    code: 2,
    err: /^Không ghi báo cáo đè lên tệp số liệu/,
  },
  {
    name: '-o is a symbolic link to the input',
    setup: (c) => symlinkSync(c.input, join(c.dir, 'bc.docx')),
    args: (c) => ['report', c.input, '-o', join(c.dir, 'bc.docx')],
    code: 2,
    err: /^Không ghi báo cáo đè lên tệp số liệu/,
  },
  {
    name: '-o is a hard link to the input',
    setup: (c) => linkSync(c.input, join(c.dir, 'bc.docx')),
    args: (c) => ['report', c.input, '-o', join(c.dir, 'bc.docx')],
    code: 2,
    err: /^Không ghi báo cáo đè lên tệp số liệu/,
  },
  {
    name: 'the input reached through a linked folder, default output name',
    setup: (c) => {
      symlinkSync(c.dir, join(c.dir, 'lien-ket'));
      symlinkSync(c.input, join(c.dir, 'so-lieu-bao-cao.docx'));
    },
    args: (c) => ['report', join(c.dir, 'lien-ket', 'so-lieu.xlsx')],
    code: 2,
    err: /^Không ghi báo cáo đè lên tệp số liệu/,
  },

  // Templates.
  {
    name: 'unknown template',
    args: (c) => ['report', c.input, '--mau', 'khong-co', '-o', join(c.dir, 'bc.docx')],
    code: 2,
    err: /^Không có mẫu báo cáo «khong-co»/,
    usage: true,
  },
  {
    name: '--mau names a folder',
    args: (c) => ['report', c.input, '--mau', c.dir, '-o', join(c.dir, 'bc.docx')],
    code: 2,
    err: /^«.+» là một thư mục, không phải tệp mẫu \.mustache\.$/,
  },
  {
    name: 'a broken template',
    setup: (c) => writeFileSync(join(c.dir, 'hong.mustache'), BROKEN_TEMPLATE),
    args: (c) => ['report', c.input, '--mau', join(c.dir, 'hong.mustache'), '-o', join(c.dir, 'bc.docx')],
    code: 2,
    // The template's own mistake, named with its file and line: not a usage error, not the data file's.
    err: /^Mẫu báo cáo ".*hong\.mustache", dòng 1: mục «\{\{#tthcCap\}\}» chưa có «\{\{\/tthcCap\}\}» đóng\.$/,
  },

  // Targets files.
  ...(
    [
      ['not JSON', '{ty-le-so-hoa: 70', /^Không đọc được tệp mục tiêu «muc-tieu\.json»/],
      ['an array', '[70]', /^Tệp mục tiêu «muc-tieu\.json» phải là một đối tượng JSON\.$/],
      ['a value over 100', '{"ty-le-so-hoa": 170}', /^Mục tiêu «ty-le-so-hoa» phải là số phần trăm từ 0 đến 100\.$/],
      ['a value as text', '{"ty-le-so-hoa": "70"}', /^Mục tiêu «ty-le-so-hoa» phải là số phần trăm/],
      ['an unknown key', '{"so-hoa": 70}', /^Tệp mục tiêu «muc-tieu\.json»: không có chỉ tiêu «so-hoa»; các chỉ tiêu đã biết: ty-le-dung-han, /],
      ['__proto__', '{"__proto__": 70}', /không có chỉ tiêu «__proto__»/],
    ] as const
  ).map(
    ([what, text, err]): Case => ({
      name: `targets file: ${what}`,
      setup: (c) => writeFileSync(join(c.dir, 'muc-tieu.json'), text),
      args: (c) => ['indicators', c.input, '--chi-tieu', join(c.dir, 'muc-tieu.json')],
      code: 2,
      err,
    }),
  ),
  {
    name: 'targets file missing',
    args: (c) => ['indicators', c.input, '--chi-tieu', join(c.dir, 'khong-co.json')],
    code: 2,
    err: /^Không đọc được tệp mục tiêu «khong-co\.json»/,
  },
  { name: 'targets file is a folder', args: (c) => ['indicators', c.input, '--chi-tieu', c.dir], code: 2, err: /^Không đọc được tệp mục tiêu/ },
  {
    name: 'targets: null and a BOM are fine',
    setup: (c) => writeFileSync(join(c.dir, 'muc-tieu.json'), '\uFEFF{"ty-le-so-hoa": null, "ty-le-dung-han": 95.5}'),
    args: (c) => ['indicators', c.input, '--chi-tieu', join(c.dir, 'muc-tieu.json')],
    code: 0,
  },

  // The ordinary outcomes, for the contract.
  { name: 'check with an error finding', args: (c) => ['check', c.input], code: 1 },
  {
    name: 'report with an error finding still writes',
    args: (c) => ['report', c.input, '-o', join(c.dir, 'bc.docx')],
    code: 0,
    err: /^Lưu ý: Bảng số liệu còn 1 lỗi/,
  },
];

describe('hostile command lines: exit code, one Vietnamese line, input untouched', () => {
  it.concurrent.each(CASES.filter((c) => c.when !== false).map((c) => [c.name, c] as const))(
    '%s',
    async (_name, k) => {
      const dir = tmp();
      const c: Ctx = { dir, input: join(dir, 'so-lieu.xlsx') };
      copyFileSync(LAP_VO, c.input);
      k.setup?.(c);
      const args = k.args(c);
      const inputs = args.filter((a, i) => i > 0 && a !== '' && existsSync(a) && statSync(a).isFile() && args[i - 1] !== '-o');
      const before = inputs.map(fingerprint);
      const r = await runCliAsync(args);
      expect(r.signal, 'the command hung and was killed').toBeNull();
      expect(r.err).not.toMatch(UNEXPECTED);
      const lines = r.err.split('\n').filter((l) => l !== '');
      if (k.err === undefined) expect(r.err).toBe('');
      else {
        expect(lines[0]).toMatch(k.err);
        if (k.usage) expect(lines[1]).toBe('Cách dùng:');
        else expect(lines).toHaveLength(1);
      }
      expect(r.code).toBe(k.code);
      expect(inputs.map(fingerprint)).toEqual(before);
    },
    150_000,
  );
});

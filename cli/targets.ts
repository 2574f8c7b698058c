/** `--chi-tieu <tệp.json>`: the office's own targets, {"<indicator id>": percent 0–100 or null}. */
import { promises as fsp } from 'node:fs';
import { basename } from 'node:path';
import { indicatorDefs } from '../core/catalogue/indicators';
import { CliError } from './args';

export async function readTargets(path: string): Promise<Record<string, number | null>> {
  const name = basename(path);
  let parsed: unknown;
  try {
    // Notepad on Windows saves UTF-8 with a byte-order mark: accept it.
    parsed = JSON.parse((await fsp.readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch {
    throw new CliError(`Không đọc được tệp mục tiêu «${name}» (cần JSON dạng {"ty-le-thanh-toan-truc-tuyen": 30}).`);
  }
  return parseTargets(parsed, name);
}

/** Checks the parsed JSON: known indicator ids only, each a percent 0–100 or null. */
export function parseTargets(parsed: unknown, name: string): Record<string, number | null> {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CliError(`Tệp mục tiêu «${name}» phải là một đối tượng JSON.`);
  }
  const known = indicatorDefs().map((d) => d.id);
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (!known.includes(k)) {
      throw new CliError(`Tệp mục tiêu «${name}»: không có chỉ tiêu «${k}»; các chỉ tiêu đã biết: ${known.join(', ')}.`);
    }
    if (v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100)) out[k] = v;
    else throw new CliError(`Mục tiêu «${k}» phải là số phần trăm từ 0 đến 100.`);
  }
  return out;
}

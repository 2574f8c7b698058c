/**
 * What a job tells the user beside its result: each note has a code (for tests and front ends that place it) and
 * its Vietnamese sentence. A front end shows the sentence; it adds nothing of its own but the how-to of its controls
 * (`FrontEndHow`), given to the job, so the CLI, the pane and the web page say the same thing in their own terms.
 */
export type JobNoteCode =
  /** A file reader repaired or guessed something (ReadNote). */
  | 'tep-co-sua'
  /** Several sheets hold results; the report is on one of them. */
  | 'nhieu-trang'
  /** A setting was read from a table's title. */
  | 'tu-tieu-de'
  /** Fields left blank for the văn thư. */
  | 'de-trong'
  /** The figures have errors: the report carries the draft mark. */
  | 'du-thao'
  /** The figures have errors the user accepted: no draft mark. */
  | 'chap-nhan-loi';

export interface JobNote {
  code: JobNoteCode;
  message: string;
}

/** How the user does a thing in this front end ("thêm --trang \"Tên trang\"", "chọn trang ở mục «Trang»"). */
export interface FrontEndHow {
  /** How to report on another sheet. */
  otherSheet: string;
  /** How to see the errors. */
  seeErrors: string;
  /** How to accept the figures as they are. */
  accept: string;
}

export type JobErrorCode = 'khong-co-trang' | 'khong-co-bang' | 'cong-van-trong';

/** A job that cannot give a result: one Vietnamese sentence, and its code. */
export class JobError extends Error {
  constructor(
    readonly code: JobErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'JobError';
  }
}

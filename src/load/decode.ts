import { createProblem, type MessageData } from "../shared/messages.js";
import type { Position, Problem } from "../shared/problem.js";
import { encodingMessages } from "./messages.js";

export type Decoded = { text: string; problem?: undefined } | { text?: undefined; problem: Problem };

const refused = <Id extends keyof typeof encodingMessages>(
  file: string,
  { line, column }: Position,
  messageId: Id,
  data: MessageData<(typeof encodingMessages)[Id]>,
): Decoded => ({ problem: createProblem("EA029", encodingMessages, messageId, data, { file, line, column }) });

const strict = new TextDecoder("utf-8", { fatal: true });

/** Line and column (1-based, in characters) of a byte offset into a buffer whose prefix is valid UTF-8. */
function positionAt(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = [...strict.decode(bytes.subarray(lineStart, offset))].length + 1;
  return { line, column };
}

/** Line and column (1-based, in characters) of an index into decoded text. */
function positionIn(text: string, index: number): Position {
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: [...before[before.length - 1]!].length + 1 };
}

const codePoint = (char: string) => char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/** The offset of the first byte that breaks UTF-8 (the decoder itself does not say where). */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!size || i + size > bytes.length) return i;
    try {
      strict.decode(bytes.subarray(i, i + size));
    } catch {
      return i;
    }
    i += size;
  }
  return bytes.length;
}

/** An entry file's largest size: ten times the largest entry the catalog has. */
export const MAX_ENTRY_BYTES = 128 * 1024;

/** Characters no entry text may hold: C0 controls other than tab and line ends, DEL, and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Invisible characters that change what a reader sees without showing themselves: the
 * bidirectional embeddings, overrides, isolates and marks (the "Trojan Source" trick, which
 * makes a title or command display in another order than it runs), the zero-width space,
 * the word joiner and a byte-order mark inside the text. The zero-width joiner and non-joiner
 * stay: emoji sequences and some scripts need them.
 */
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/**
 * Decodes an entry file strictly. Invalid UTF-8 is an error at its exact
 * position — never silently replaced by U+FFFD, which would change the text
 * without anyone being told — and so are UTF-16 files, NUL bytes and other
 * control characters. A UTF-8 BOM and CRLF line ends are fine. `file` names
 * the file in the problem.
 */
export function decodeEntryFile(bytes: Uint8Array, file: string): Decoded {
  // Every page, search record and lookup index holds the entry: one huge file would weigh on all of them.
  if (bytes.length > MAX_ENTRY_BYTES) {
    return refused(file, { line: 1, column: 1 }, "too-large", {
      size: Math.ceil(bytes.length / 1024),
      limit: MAX_ENTRY_BYTES / 1024,
    });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refused(file, { line: 1, column: 1 }, "utf16", {});
  }
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const at = firstInvalid(bytes);
    const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, "0");
    return refused(file, positionAt(bytes, at), "invalid-utf8", { byte });
  }
  const control = CONTROL.exec(text);
  if (control) {
    const position = positionIn(text, control.index);
    return control[0] === "\u0000"
      ? refused(file, position, "nul", {})
      : refused(file, position, "control-character", { code: codePoint(control[0]) });
  }
  // A BOM at the very start is the UTF-8 signature; the decoder has already dropped it.
  const invisible = INVISIBLE.exec(text);
  if (invisible) {
    return refused(file, positionIn(text, invisible.index), "invisible-character", { code: codePoint(invisible[0]) });
  }
  // A carriage return alone is an old Mac line end that YAML reads as a line break (inside a
  // quoted value, as a space): invisible in an editor, so it would change the text unseen.
  const lone = /\r(?!\n)/.exec(text);
  if (lone) return refused(file, positionIn(text, lone.index), "lone-cr", {});
  return { text };
}

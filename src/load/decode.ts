import type { Position } from "../shared/problem.js";

export type Decoded =
  | { text: string; problem?: undefined }
  | { text?: undefined; problem: { position: Position; message: string; hint: string } };

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

/** Characters no entry text may hold: C0 controls other than tab and line ends, and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Decodes an entry file strictly. Invalid UTF-8 is an error at its exact
 * position — never silently replaced by U+FFFD, which would change the text
 * without anyone being told — and so are UTF-16 files, NUL bytes and other
 * control characters. A UTF-8 BOM and CRLF line ends are fine.
 */
export function decodeEntryFile(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem: {
        position: { line: 1, column: 1 },
        message: "the file is UTF-16; entry files are UTF-8",
        hint: "save the file as UTF-8 (without a byte-order mark, or with the UTF-8 one)",
      },
    };
  }
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const at = firstInvalid(bytes);
    const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, "0");
    return {
      problem: {
        position: positionAt(bytes, at),
        message: `invalid UTF-8: byte 0x${byte} is not part of a valid character`,
        hint: "save the file as UTF-8, or retype the character at this position",
      },
    };
  }
  const control = CONTROL.exec(text);
  if (control) {
    const before = text.slice(0, control.index).split("\n");
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return {
      problem: {
        position: { line: before.length, column: [...before[before.length - 1]!].length + 1 },
        message:
          control[0] === "\u0000" ? "the file holds a NUL byte" : `the file holds the control character U+${code}`,
        hint: "remove it: entry texts are plain text (tabs and line ends only)",
      },
    };
  }
  // A carriage return alone is an old Mac line end that YAML reads as a line break (inside a
  // quoted value, as a space): invisible in an editor, so it would change the text unseen.
  const lone = /\r(?!\n)/.exec(text);
  if (lone) {
    const before = text.slice(0, lone.index).split("\n");
    return {
      problem: {
        position: { line: before.length, column: [...before[before.length - 1]!].length + 1 },
        message: "the file holds a carriage return that does not end a line (CR without LF)",
        hint: "save the file with LF (or CRLF) line ends",
      },
    };
  }
  return { text };
}

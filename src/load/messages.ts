/**
 * The messages of the rules the loader enforces while it reads files. They
 * live here, not in the rule modules, because the loader must not depend on
 * the validator; the rule modules (ea001, ea002, ea014, ea029) list them.
 */
import { defineMessages } from "../shared/messages.js";

/** EA001 yaml-syntax (document.ts). */
export const yamlSyntaxMessages = defineMessages({
  "no-front-matter": {
    text: "the file does not start with a `---` front-matter block",
    hint: "begin the file with `---`, the YAML fields, then `---`",
  },
  unclosed: {
    text: "the front matter is never closed",
    hint: "end the YAML fields with a line `---`",
  },
  "value-with-colon": {
    text: "YAML syntax error: the value contains `: `, which YAML reads as a new key",
    hint: 'put the value in quotes, e.g. {{key}}: "{{value}}"',
  },
  "under-indented": {
    text: "YAML syntax error: this line is indented less than the text it continues",
    hint: "indent it by {{spaces}} spaces like the line above, or quote the whole value",
  },
  "duplicate-key": {
    text: "YAML syntax error: {{reason}}",
    hint: "each field may appear only once; remove or merge the duplicate",
  },
  "tab-indent": {
    text: "YAML syntax error: {{reason}}",
    hint: "indent with spaces, not tabs",
  },
  "bad-indent": {
    text: "YAML syntax error: {{reason}}",
    hint: "align the item with its siblings (two spaces per level)",
  },
  "syntax-error": {
    text: "YAML syntax error: {{reason}}",
    hint: "quote values that contain `: `, `#`, or start with a special character such as `*`, `&`, `@`, `'` or `\"`",
  },
  // js-yaml reads a `#` glued to a quoted value as a comment; only the strict parser refuses it.
  "strict-syntax": {
    text: "invalid YAML: {{reason}}",
    hint: "put a space before `#` when it starts a comment, or quote the whole value when `#` belongs to it",
  },
  "not-mapping": {
    text: "the front matter must be a mapping of `field: value` lines",
    hint: "see an existing entry for the layout",
  },
});

/** EA002 yaml-unsafe (document.ts, with yaml.ts finding the nodes); the ids are findUnsafe's reasons. */
export const yamlUnsafeMessages = defineMessages({
  alias: {
    text: "YAML anchors and aliases (`&name`, `*name`) are not allowed in entries",
    hint: "write the value out in full",
  },
  "proto-key": {
    text: "the key `__proto__` is not allowed",
    hint: "rename or remove the key",
  },
});

/** EA014 stray-file (discover.ts). */
export const strayFileMessages = defineMessages({
  "no-entries-folder": {
    text: "the entries folder does not exist",
    hint: "create it or set ATLAS_ENTRIES to an existing folder",
  },
  "stray-top-file": {
    text: "unexpected file at the top of the entries folder",
    hint: "entries live in `<category>/<slug>.md`",
  },
  "bad-category": {
    text: "category folder `{{name}}` is not a valid id segment",
    hint: "use lower-case letters, digits and single hyphens",
  },
  "reserved-category": {
    text: "category name `{{name}}` is reserved: the site uses /{{name}}/ for its own pages",
    hint: "choose another category name",
  },
  symlink: {
    text: "entry files must be regular files, not symbolic links",
    hint: "replace the link with a copy of the file (or move the file here)",
  },
  "stray-file": {
    text: "unexpected file in a category folder",
    hint: "entries are `<slug>.md` with translations `<slug>.<lang>.md`",
  },
  "bad-slug": {
    text: "`{{slug}}` is not a valid slug",
    hint: "use lower-case letters, digits and single hyphens, e.g. `smtp-421-service-not-available`",
  },
  "unknown-language": {
    text: "`{{lang}}` is not a configured translation language",
    hint: "configured: {{languages}} (src/languages.ts)",
  },
  "orphan-translation": {
    text: "translation without an English entry `{{slug}}.md`",
    hint: "add the English entry or remove the translation",
  },
});

/** EA029 encoding (decode.ts). */
export const encodingMessages = defineMessages({
  utf16: {
    text: "the file is UTF-16; entry files are UTF-8",
    hint: "save the file as UTF-8 (without a byte-order mark, or with the UTF-8 one)",
  },
  "invalid-utf8": {
    text: "invalid UTF-8: byte 0x{{byte}} is not part of a valid character",
    hint: "save the file as UTF-8, or retype the character at this position",
  },
  nul: {
    text: "the file holds a NUL byte",
    hint: "remove it: entry texts are plain text (tabs and line ends only)",
  },
  "control-character": {
    text: "the file holds the control character U+{{code}}",
    hint: "remove it: entry texts are plain text (tabs and line ends only)",
  },
  "too-large": {
    text: "the file has {{size}} KiB; an entry file has at most {{limit}} KiB",
    hint: "keep the entry to one error: move long logs out, or split distinct errors into entries of their own",
  },
  "invisible-character": {
    text: "the file holds the invisible character U+{{code}}, which changes how the text around it is shown",
    hint: "remove it (an editor that shows invisible characters finds it); write the text in its own order",
  },
  "lone-cr": {
    text: "the file holds a carriage return that does not end a line (CR without LF)",
    hint: "save the file with LF (or CRLF) line ends",
  },
});

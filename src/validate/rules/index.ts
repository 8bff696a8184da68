import type { Rule } from "../rule.js";
import { rule as ea001 } from "./ea001-yaml-syntax.js";
import { rule as ea002 } from "./ea002-yaml-unsafe.js";
import { rule as ea003 } from "./ea003-schema.js";
import { rule as ea004 } from "./ea004-id-matches-path.js";
import { rule as ea005 } from "./ea005-unique-id.js";
import { rule as ea006 } from "./ea006-unique-item-ids.js";
import { rule as ea007 } from "./ea007-translation-keys.js";
import { rule as ea008 } from "./ea008-related-exists.js";
import { rule as ea009 } from "./ea009-date-not-future.js";
import { rule as ea010 } from "./ea010-date-order.js";
import { rule as ea011 } from "./ea011-signature-compiles.js";
import { rule as ea012 } from "./ea012-signature-safe.js";
import { rule as ea013 } from "./ea013-example-matches.js";
import { rule as ea014 } from "./ea014-stray-file.js";
import { rule as ea015 } from "./ea015-evidence-target.js";
import { rule as ea016 } from "./ea016-signature-not-empty.js";
import { rule as ea017 } from "./ea017-signature-overlap.js";
import { rule as ea018 } from "./ea018-no-placeholder.js";
import { rule as ea019 } from "./ea019-redirects.js";
import { rule as ea020 } from "./ea020-id-permanent.js";
import { rule as ea021 } from "./ea021-category-registered.js";
import { rule as ea022 } from "./ea022-type-known.js";
import { rule as ea023 } from "./ea023-item-sourced.js";
import { rule as ea024 } from "./ea024-related-minimum.js";
import { rule as ea025 } from "./ea025-title-generic.js";
import { rule as ea026 } from "./ea026-title-gloss.js";
import { rule as ea027 } from "./ea027-full-width-punctuation.js";
import { rule as ea028 } from "./ea028-example-finds-entry.js";
import { rule as ea029 } from "./ea029-encoding.js";
import { rule as ea030 } from "./ea030-body-markdown.js";

/** Every rule, in code order. A code, once published, is never reused. */
export const rules: readonly Rule[] = [
  ea001,
  ea002,
  ea003,
  ea004,
  ea005,
  ea006,
  ea007,
  ea008,
  ea009,
  ea010,
  ea011,
  ea012,
  ea013,
  ea014,
  ea015,
  ea016,
  ea017,
  ea018,
  ea019,
  ea020,
  ea021,
  ea022,
  ea023,
  ea024,
  ea025,
  ea026,
  ea027,
  ea028,
  ea029,
  ea030,
];

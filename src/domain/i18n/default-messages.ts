import { de } from './defaults/de';
import { en } from './defaults/en';
import { es } from './defaults/es';
import { fr } from './defaults/fr';
import { ja } from './defaults/ja';
import type { BuiltInLocale } from './locale';
import type { Messages } from './messages';

/** The wording each built-in locale ships with. */
export const DEFAULT_MESSAGES: Readonly<Record<BuiltInLocale, Messages>> = { en, de, fr, es, ja };

import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Characters that change how text around them is displayed without being visible themselves:
 * bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069), the directional
 * marks (U+200E, U+200F, U+061C), and zero-width characters (U+200B–200D, U+2060, U+FEFF).
 * In a name or a subject they let one value pose as another ("invoice‮fdp.exe").
 */
export const SPOOFING_CHARACTERS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

export const DISPLAY_TEXT_MESSAGE = 'must not contain bidirectional control or zero-width characters';

/** True when `value` is not a string or holds none of the spoofing characters. */
export const isDisplayText = (value: unknown): boolean => typeof value !== 'string' || !SPOOFING_CHARACTERS.test(value);

/**
 * A display field (a name, subject, title, file name): refused with a field error when it holds a
 * bidirectional control or zero-width character. `{ each: true }` checks every element of an array.
 */
export function IsDisplayText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDisplayText',
      validator: {
        validate: (value: unknown) => isDisplayText(value),
        defaultMessage: () => `$property ${DISPLAY_TEXT_MESSAGE}`,
      },
    },
    options,
  );
}

import { z } from 'zod';

/** Output schemas are typed, not re-validated: handlers are ours, inputs are not. */
export const out = <T>() => z.custom<T>(() => true);

/** An entity id (a UUID in practice; any non-empty string is accepted and looked up). */
export const id = z.string().min(1);

/** A UTF-16 offset into a document's canonical text. */
export const offset = z.number().int().nonnegative();

/** A tiptap document as JSON: checked for shape only, stored as given. */
export const tiptapDoc = z.looseObject({ type: z.string().min(1) });

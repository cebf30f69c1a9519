import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { readerExtensions } from '../../../renderer/features/document-view/extensions/reader-extensions';

/** The reader's ProseMirror schema, built once for the tests. */
export const readerSchema: Schema = getSchema(readerExtensions());

-- Full-text index over document blocks. Contentless: the text lives once, in documents.text;
-- the unindexed columns are kept so hits map back to a document and a block offset.
CREATE VIRTUAL TABLE `document_blocks_fts` USING fts5(
	`document_id` UNINDEXED,
	`block_start` UNINDEXED,
	`block_end` UNINDEXED,
	`text`,
	content = '',
	contentless_delete = 1,
	contentless_unindexed = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `documents_delete_fts` AFTER DELETE ON `documents` BEGIN
	DELETE FROM `document_blocks_fts` WHERE `document_id` = old.`id`;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `memos_fts` USING fts5(
	`memo_id` UNINDEXED,
	`body_text`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `memos_insert_fts` AFTER INSERT ON `memos` BEGIN
	INSERT INTO `memos_fts` (`memo_id`, `body_text`) VALUES (new.`id`, new.`body_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `memos_update_fts` AFTER UPDATE OF `body_text` ON `memos` BEGIN
	DELETE FROM `memos_fts` WHERE `memo_id` = old.`id`;
	INSERT INTO `memos_fts` (`memo_id`, `body_text`) VALUES (new.`id`, new.`body_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `memos_delete_fts` AFTER DELETE ON `memos` BEGIN
	DELETE FROM `memos_fts` WHERE `memo_id` = old.`id`;
END;
--> statement-breakpoint
-- The event log is append-only.
CREATE TRIGGER `events_no_update` BEFORE UPDATE ON `events` BEGIN
	SELECT RAISE(ABORT, 'events are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `events_no_delete` BEFORE DELETE ON `events` BEGIN
	SELECT RAISE(ABORT, 'events are append-only');
END;

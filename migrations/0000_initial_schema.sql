CREATE TABLE `case_documents` (
	`case_id` text NOT NULL,
	`document_id` text NOT NULL,
	PRIMARY KEY(`case_id`, `document_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_documents_document_id_idx` ON `case_documents` (`document_id`);--> statement-breakpoint
CREATE TABLE `case_values` (
	`case_id` text NOT NULL,
	`variable_id` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`case_id`, `variable_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`variable_id`) REFERENCES `variables`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_values_variable_id_idx` ON `case_values` (`variable_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_name_idx` ON `cases` (`name`);--> statement-breakpoint
CREATE TABLE `coders` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`color` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coders_name_idx` ON `coders` (`name`);--> statement-breakpoint
CREATE TABLE `codes` (
	`id` text PRIMARY KEY NOT NULL,
	`parent_id` text,
	`name` text NOT NULL,
	`color` text NOT NULL,
	`definition` text DEFAULT '' NOT NULL,
	`inclusion` text DEFAULT '' NOT NULL,
	`exclusion` text DEFAULT '' NOT NULL,
	`example` text DEFAULT '' NOT NULL,
	`shortcut` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`codable` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `codes_parent_id_name_idx` ON `codes` (`parent_id`,"name" collate nocase);--> statement-breakpoint
CREATE UNIQUE INDEX `codes_name_idx` ON `codes` ("name" collate nocase) WHERE "codes"."parent_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX `codes_shortcut_idx` ON `codes` (`shortcut`);--> statement-breakpoint
CREATE TABLE `codings` (
	`id` text PRIMARY KEY NOT NULL,
	`segment_id` text NOT NULL,
	`code_id` text NOT NULL,
	`document_id` text NOT NULL,
	`coder_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coder_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `codings_segment_id_code_id_idx` ON `codings` (`segment_id`,`code_id`);--> statement-breakpoint
CREATE INDEX `codings_code_id_segment_id_idx` ON `codings` (`code_id`,`segment_id`);--> statement-breakpoint
CREATE INDEX `codings_document_id_code_id_idx` ON `codings` (`document_id`,`code_id`);--> statement-breakpoint
CREATE TABLE `document_values` (
	`document_id` text NOT NULL,
	`variable_id` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`document_id`, `variable_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`variable_id`) REFERENCES `variables`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `document_values_variable_id_idx` ON `document_values` (`variable_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`original_name` text NOT NULL,
	`sha256` text NOT NULL,
	`imported_at` integer NOT NULL,
	`page_count` integer,
	`language` text,
	`notes` text DEFAULT '[]' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`page_map` text,
	`text` text NOT NULL,
	`doc_json` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `documents_sha256_idx` ON `documents` (`sha256`);--> statement-breakpoint
CREATE TABLE `events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`group_id` text NOT NULL,
	`at` integer NOT NULL,
	`coder_id` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_id_idx` ON `events` (`id`);--> statement-breakpoint
CREATE INDEX `events_group_id_idx` ON `events` (`group_id`);--> statement-breakpoint
CREATE INDEX `events_entity_type_entity_id_idx` ON `events` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `memos` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`body_json` text NOT NULL,
	`body_text` text DEFAULT '' NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text,
	`author_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `memos_target_type_target_id_idx` ON `memos` (`target_type`,`target_id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `segments` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`quote` text NOT NULL,
	`prefix` text NOT NULL,
	`suffix` text NOT NULL,
	`coder_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coder_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "segments_range_check" CHECK("segments"."start" >= 0 and "segments"."start" < "segments"."end")
);
--> statement-breakpoint
CREATE INDEX `segments_document_id_start_idx` ON `segments` (`document_id`,`start`);--> statement-breakpoint
CREATE TABLE `variables` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`scope` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `variables_scope_name_idx` ON `variables` (`scope`,"name" collate nocase);
CREATE TABLE `code_links` (
	`id` text PRIMARY KEY NOT NULL,
	`source_code_id` text NOT NULL,
	`target_code_id` text NOT NULL,
	`type` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`author_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`source_code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `code_links_source_code_id_idx` ON `code_links` (`source_code_id`);--> statement-breakpoint
CREATE INDEX `code_links_target_code_id_idx` ON `code_links` (`target_code_id`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`parent_id` text,
	`body` text NOT NULL,
	`author_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `comments_target_type_target_id_idx` ON `comments` (`target_type`,`target_id`);--> statement-breakpoint
CREATE TABLE `conclusion_evidence` (
	`conclusion_id` text NOT NULL,
	`segment_id` text NOT NULL,
	`role` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`added_by` text NOT NULL,
	`added_at` integer NOT NULL,
	PRIMARY KEY(`conclusion_id`, `segment_id`),
	FOREIGN KEY (`conclusion_id`) REFERENCES `conclusions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `conclusion_evidence_segment_id_idx` ON `conclusion_evidence` (`segment_id`);--> statement-breakpoint
CREATE TABLE `conclusion_tactics` (
	`conclusion_id` text NOT NULL,
	`tactic` text NOT NULL,
	`applied` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`conclusion_id`, `tactic`),
	FOREIGN KEY (`conclusion_id`) REFERENCES `conclusions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `conclusions` (
	`id` text PRIMARY KEY NOT NULL,
	`claim` text NOT NULL,
	`status` text DEFAULT 'tentative' NOT NULL,
	`rival_explanations` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`author_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `displays` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`template` text,
	`config` text DEFAULT '{}' NOT NULL,
	`author_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `matrix_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`display_id` text NOT NULL,
	`row_key` text NOT NULL,
	`column_key` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`rating` integer,
	`symbol` text,
	`author_id` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`display_id`) REFERENCES `displays`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matrix_entries_display_id_row_key_column_key_idx` ON `matrix_entries` (`display_id`,`row_key`,`column_key`);--> statement-breakpoint
CREATE TABLE `matrix_entry_segments` (
	`entry_id` text NOT NULL,
	`segment_id` text NOT NULL,
	PRIMARY KEY(`entry_id`, `segment_id`),
	FOREIGN KEY (`entry_id`) REFERENCES `matrix_entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `matrix_entry_segments_segment_id_idx` ON `matrix_entry_segments` (`segment_id`);--> statement-breakpoint
CREATE TABLE `saved_queries` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`definition` text NOT NULL,
	`author_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_queries_name_idx` ON `saved_queries` (`name`);--> statement-breakpoint
CREATE TABLE `set_members` (
	`set_id` text NOT NULL,
	`member_type` text NOT NULL,
	`member_id` text NOT NULL,
	PRIMARY KEY(`set_id`, `member_type`, `member_id`),
	FOREIGN KEY (`set_id`) REFERENCES `sets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `set_members_member_id_idx` ON `set_members` (`member_id`);--> statement-breakpoint
CREATE TABLE `sets` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `summaries` (
	`id` text PRIMARY KEY NOT NULL,
	`scope` text NOT NULL,
	`code_id` text,
	`document_id` text,
	`case_id` text,
	`title` text DEFAULT '' NOT NULL,
	`body_json` text NOT NULL,
	`body_text` text DEFAULT '' NOT NULL,
	`fields` text DEFAULT '{}' NOT NULL,
	`author_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `summaries_scope_code_id_idx` ON `summaries` (`scope`,`code_id`);--> statement-breakpoint
CREATE INDEX `summaries_document_id_idx` ON `summaries` (`document_id`);--> statement-breakpoint
CREATE INDEX `summaries_case_id_idx` ON `summaries` (`case_id`);--> statement-breakpoint
CREATE TABLE `summary_segments` (
	`summary_id` text NOT NULL,
	`segment_id` text NOT NULL,
	PRIMARY KEY(`summary_id`, `segment_id`),
	FOREIGN KEY (`summary_id`) REFERENCES `summaries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `summary_segments_segment_id_idx` ON `summary_segments` (`segment_id`);--> statement-breakpoint
ALTER TABLE `coders` ADD `role` text DEFAULT 'coder' NOT NULL;--> statement-breakpoint
ALTER TABLE `codings` ADD `review_state` text DEFAULT 'proposed' NOT NULL;--> statement-breakpoint
ALTER TABLE `codings` ADD `reviewed_by` text REFERENCES coders(id);--> statement-breakpoint
ALTER TABLE `codings` ADD `reviewed_at` integer;--> statement-breakpoint
CREATE INDEX `codings_review_state_idx` ON `codings` (`review_state`);
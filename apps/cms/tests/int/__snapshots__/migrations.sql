-- 20261128_154528_initial up

CREATE TYPE "public"."enum_knowledge_items_audience" AS ENUM('municipalities', 'province', 'civil-society', 'knowledge-institutions', 'businesses', 'residents');
  CREATE TYPE "public"."enum_knowledge_items_perspective" AS ENUM('here-and-now', 'later', 'elsewhere');
  CREATE TYPE "public"."enum_knowledge_items_type" AS ENUM('article', 'lesson', 'tool', 'practice-example', 'research', 'media');
  CREATE TYPE "public"."enum_knowledge_items_evidence" AS ENUM('practice', 'described', 'substantiated', 'effect-studied');
  CREATE TYPE "public"."enum_knowledge_items_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__knowledge_items_v_version_audience" AS ENUM('municipalities', 'province', 'civil-society', 'knowledge-institutions', 'businesses', 'residents');
  CREATE TYPE "public"."enum__knowledge_items_v_version_perspective" AS ENUM('here-and-now', 'later', 'elsewhere');
  CREATE TYPE "public"."enum__knowledge_items_v_version_type" AS ENUM('article', 'lesson', 'tool', 'practice-example', 'research', 'media');
  CREATE TYPE "public"."enum__knowledge_items_v_version_evidence" AS ENUM('practice', 'described', 'substantiated', 'effect-studied');
  CREATE TYPE "public"."enum__knowledge_items_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_programmes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programmes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Europe/Amsterdam');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Europe/Amsterdam');
  CREATE TYPE "public"."enum_events_location_mode" AS ENUM('onsite', 'online', 'hybrid');
  CREATE TYPE "public"."enum_events_registration_mode" AS ENUM('none', 'internal', 'external');
  CREATE TYPE "public"."enum_events_type" AS ENUM('work-session', 'knowledge-session', 'practice-session', 'webinar', 'week');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Europe/Amsterdam');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Europe/Amsterdam');
  CREATE TYPE "public"."enum__events_v_version_location_mode" AS ENUM('onsite', 'online', 'hybrid');
  CREATE TYPE "public"."enum__events_v_version_registration_mode" AS ENUM('none', 'internal', 'external');
  CREATE TYPE "public"."enum__events_v_version_type" AS ENUM('work-session', 'knowledge-session', 'practice-session', 'webinar', 'week');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_organisations_kind" AS ENUM('municipality', 'province', 'knowledge-institution', 'civil-society', 'business', 'government-agency', 'network');
  CREATE TYPE "public"."enum_themes_perspective" AS ENUM('here-and-now', 'later', 'elsewhere');
  CREATE TYPE "public"."enum_regions_kind" AS ENUM('province', 'region', 'municipality');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'contributor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "knowledge_items_external_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "knowledge_items_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_knowledge_items_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "knowledge_items_perspective" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_knowledge_items_perspective",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "knowledge_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"summary" varchar,
  	"image_id" integer,
  	"body" jsonb,
  	"contact_name" varchar,
  	"contact_role" varchar,
  	"contact_organisation_id" integer,
  	"contact_email" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"seo_image_id" integer,
  	"type" "enum_knowledge_items_type",
  	"evidence" "enum_knowledge_items_evidence",
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_knowledge_items_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "knowledge_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"knowledge_items_id" integer,
  	"themes_id" integer,
  	"programmes_id" integer,
  	"regions_id" integer,
  	"organisations_id" integer
  );
  
  CREATE TABLE "_knowledge_items_v_version_external_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_knowledge_items_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__knowledge_items_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_knowledge_items_v_version_perspective" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__knowledge_items_v_version_perspective",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_knowledge_items_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_image_id" integer,
  	"version_body" jsonb,
  	"version_contact_name" varchar,
  	"version_contact_role" varchar,
  	"version_contact_organisation_id" integer,
  	"version_contact_email" varchar,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_seo_image_id" integer,
  	"version_type" "enum__knowledge_items_v_version_type",
  	"version_evidence" "enum__knowledge_items_v_version_evidence",
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__knowledge_items_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_knowledge_items_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"knowledge_items_id" integer,
  	"themes_id" integer,
  	"programmes_id" integer,
  	"regions_id" integer,
  	"organisations_id" integer
  );
  
  CREATE TABLE "programmes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"website" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"seo_image_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_programmes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "programmes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "_programmes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_contact_name" varchar,
  	"version_contact_email" varchar,
  	"version_website" varchar,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_seo_image_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__programmes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_programmes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"summary" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'Europe/Amsterdam',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'Europe/Amsterdam',
  	"description" jsonb,
  	"location_mode" "enum_events_location_mode" DEFAULT 'onsite',
  	"location_venue" varchar,
  	"location_address" varchar,
  	"location_postal_code" varchar,
  	"location_city" varchar,
  	"location_online_url" varchar,
  	"registration_mode" "enum_events_registration_mode" DEFAULT 'none',
  	"registration_capacity" numeric,
  	"registration_waiting_list" boolean DEFAULT true,
  	"registration_closes_at" timestamp(3) with time zone,
  	"registration_external_url" varchar,
  	"look_back_report" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"seo_image_id" integer,
  	"type" "enum_events_type",
  	"programme_id" integer,
  	"edition_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"knowledge_items_id" integer,
  	"organisations_id" integer,
  	"themes_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Europe/Amsterdam',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Europe/Amsterdam',
  	"version_description" jsonb,
  	"version_location_mode" "enum__events_v_version_location_mode" DEFAULT 'onsite',
  	"version_location_venue" varchar,
  	"version_location_address" varchar,
  	"version_location_postal_code" varchar,
  	"version_location_city" varchar,
  	"version_location_online_url" varchar,
  	"version_registration_mode" "enum__events_v_version_registration_mode" DEFAULT 'none',
  	"version_registration_capacity" numeric,
  	"version_registration_waiting_list" boolean DEFAULT true,
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_registration_external_url" varchar,
  	"version_look_back_report" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_seo_image_id" integer,
  	"version_type" "enum__events_v_version_type",
  	"version_programme_id" integer,
  	"version_edition_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"knowledge_items_id" integer,
  	"organisations_id" integer,
  	"themes_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "editions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"starts_on" timestamp(3) with time zone NOT NULL,
  	"ends_on" timestamp(3) with time zone NOT NULL,
  	"summary" varchar NOT NULL,
  	"description" jsonb,
  	"look_back" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"kind" "enum_organisations_kind" NOT NULL,
  	"region_id" integer,
  	"logo_id" integer,
  	"website" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"perspective" "enum_themes_perspective" NOT NULL,
  	"order" numeric,
  	"summary" varchar NOT NULL,
  	"description" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "regions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"kind" "enum_regions_kind" NOT NULL,
  	"cbs_code" varchar,
  	"parent_id" integer,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicators_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"region_id" integer NOT NULL,
  	"value" numeric NOT NULL
  );
  
  CREATE TABLE "indicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"theme_id" integer,
  	"unit" varchar NOT NULL,
  	"definition" varchar NOT NULL,
  	"source" varchar NOT NULL,
  	"source_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pages_blocks_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"link_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_media_block" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_item_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_link_list_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "pages_blocks_link_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"intro" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"seo_image_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"knowledge_items_id" integer
  );
  
  CREATE TABLE "_pages_v_blocks_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"link_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_media_block" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_item_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_link_list_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_link_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_intro" varchar,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_seo_image_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"knowledge_items_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_small_url" varchar,
  	"sizes_small_width" numeric,
  	"sizes_small_height" numeric,
  	"sizes_small_mime_type" varchar,
  	"sizes_small_filesize" numeric,
  	"sizes_small_filename" varchar,
  	"sizes_medium_url" varchar,
  	"sizes_medium_width" numeric,
  	"sizes_medium_height" numeric,
  	"sizes_medium_mime_type" varchar,
  	"sizes_medium_filesize" numeric,
  	"sizes_medium_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'contributor' NOT NULL,
  	"organisation_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"knowledge_items_id" integer,
  	"programmes_id" integer,
  	"events_id" integer,
  	"editions_id" integer,
  	"organisations_id" integer,
  	"themes_id" integer,
  	"regions_id" integer,
  	"indicators_id" integer,
  	"pages_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar DEFAULT 'Kennisbank Brede Welvaart Brabant' NOT NULL,
  	"tagline" varchar,
  	"footer_text" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_address" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "knowledge_items_external_links" ADD CONSTRAINT "knowledge_items_external_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_items_audience" ADD CONSTRAINT "knowledge_items_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_items_perspective" ADD CONSTRAINT "knowledge_items_perspective_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_contact_organisation_id_organisations_id_fk" FOREIGN KEY ("contact_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge_items_rels" ADD CONSTRAINT "knowledge_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_items_rels" ADD CONSTRAINT "knowledge_items_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_items_rels" ADD CONSTRAINT "knowledge_items_rels_knowledge_items_fk" FOREIGN KEY ("knowledge_items_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_items_rels" ADD CONSTRAINT "knowledge_items_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_items_rels" ADD CONSTRAINT "knowledge_items_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_items_rels" ADD CONSTRAINT "knowledge_items_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_items_rels" ADD CONSTRAINT "knowledge_items_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v_version_external_links" ADD CONSTRAINT "_knowledge_items_v_version_external_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_knowledge_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v_version_audience" ADD CONSTRAINT "_knowledge_items_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_knowledge_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v_version_perspective" ADD CONSTRAINT "_knowledge_items_v_version_perspective_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_knowledge_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v" ADD CONSTRAINT "_knowledge_items_v_parent_id_knowledge_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v" ADD CONSTRAINT "_knowledge_items_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v" ADD CONSTRAINT "_knowledge_items_v_version_contact_organisation_id_organisations_id_fk" FOREIGN KEY ("version_contact_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v" ADD CONSTRAINT "_knowledge_items_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v" ADD CONSTRAINT "_knowledge_items_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v_rels" ADD CONSTRAINT "_knowledge_items_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_knowledge_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v_rels" ADD CONSTRAINT "_knowledge_items_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v_rels" ADD CONSTRAINT "_knowledge_items_v_rels_knowledge_items_fk" FOREIGN KEY ("knowledge_items_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v_rels" ADD CONSTRAINT "_knowledge_items_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v_rels" ADD CONSTRAINT "_knowledge_items_v_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v_rels" ADD CONSTRAINT "_knowledge_items_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v_rels" ADD CONSTRAINT "_knowledge_items_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes_rels" ADD CONSTRAINT "programmes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_rels" ADD CONSTRAINT "programmes_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_parent_id_programmes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v_rels" ADD CONSTRAINT "_programmes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v_rels" ADD CONSTRAINT "_programmes_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_knowledge_items_fk" FOREIGN KEY ("knowledge_items_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_programme_id_programmes_id_fk" FOREIGN KEY ("version_programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_edition_id_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_knowledge_items_fk" FOREIGN KEY ("knowledge_items_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators_values" ADD CONSTRAINT "indicators_values_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators_values" ADD CONSTRAINT "indicators_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators" ADD CONSTRAINT "indicators_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_content" ADD CONSTRAINT "pages_blocks_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_media_block" ADD CONSTRAINT "pages_blocks_media_block_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_media_block" ADD CONSTRAINT "pages_blocks_media_block_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_item_list" ADD CONSTRAINT "pages_blocks_item_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_link_list_links" ADD CONSTRAINT "pages_blocks_link_list_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_link_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_link_list" ADD CONSTRAINT "pages_blocks_link_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_knowledge_items_fk" FOREIGN KEY ("knowledge_items_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_content" ADD CONSTRAINT "_pages_v_blocks_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_media_block" ADD CONSTRAINT "_pages_v_blocks_media_block_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_media_block" ADD CONSTRAINT "_pages_v_blocks_media_block_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_item_list" ADD CONSTRAINT "_pages_v_blocks_item_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_link_list_links" ADD CONSTRAINT "_pages_v_blocks_link_list_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_link_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_link_list" ADD CONSTRAINT "_pages_v_blocks_link_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_knowledge_items_fk" FOREIGN KEY ("knowledge_items_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_knowledge_items_fk" FOREIGN KEY ("knowledge_items_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editions_fk" FOREIGN KEY ("editions_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_navigation" ADD CONSTRAINT "site_settings_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links" ADD CONSTRAINT "site_settings_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "knowledge_items_external_links_order_idx" ON "knowledge_items_external_links" USING btree ("_order");
  CREATE INDEX "knowledge_items_external_links_parent_id_idx" ON "knowledge_items_external_links" USING btree ("_parent_id");
  CREATE INDEX "knowledge_items_audience_order_idx" ON "knowledge_items_audience" USING btree ("order");
  CREATE INDEX "knowledge_items_audience_parent_idx" ON "knowledge_items_audience" USING btree ("parent_id");
  CREATE INDEX "knowledge_items_perspective_order_idx" ON "knowledge_items_perspective" USING btree ("order");
  CREATE INDEX "knowledge_items_perspective_parent_idx" ON "knowledge_items_perspective" USING btree ("parent_id");
  CREATE UNIQUE INDEX "knowledge_items_slug_idx" ON "knowledge_items" USING btree ("slug");
  CREATE INDEX "knowledge_items_image_idx" ON "knowledge_items" USING btree ("image_id");
  CREATE INDEX "knowledge_items_contact_contact_organisation_idx" ON "knowledge_items" USING btree ("contact_organisation_id");
  CREATE INDEX "knowledge_items_seo_seo_image_idx" ON "knowledge_items" USING btree ("seo_image_id");
  CREATE INDEX "knowledge_items_type_idx" ON "knowledge_items" USING btree ("type");
  CREATE INDEX "knowledge_items_published_at_idx" ON "knowledge_items" USING btree ("published_at");
  CREATE INDEX "knowledge_items_created_by_idx" ON "knowledge_items" USING btree ("created_by_id");
  CREATE INDEX "knowledge_items_updated_at_idx" ON "knowledge_items" USING btree ("updated_at");
  CREATE INDEX "knowledge_items_created_at_idx" ON "knowledge_items" USING btree ("created_at");
  CREATE INDEX "knowledge_items__status_idx" ON "knowledge_items" USING btree ("_status");
  CREATE INDEX "knowledge_items_rels_order_idx" ON "knowledge_items_rels" USING btree ("order");
  CREATE INDEX "knowledge_items_rels_parent_idx" ON "knowledge_items_rels" USING btree ("parent_id");
  CREATE INDEX "knowledge_items_rels_path_idx" ON "knowledge_items_rels" USING btree ("path");
  CREATE INDEX "knowledge_items_rels_media_id_idx" ON "knowledge_items_rels" USING btree ("media_id");
  CREATE INDEX "knowledge_items_rels_knowledge_items_id_idx" ON "knowledge_items_rels" USING btree ("knowledge_items_id");
  CREATE INDEX "knowledge_items_rels_themes_id_idx" ON "knowledge_items_rels" USING btree ("themes_id");
  CREATE INDEX "knowledge_items_rels_programmes_id_idx" ON "knowledge_items_rels" USING btree ("programmes_id");
  CREATE INDEX "knowledge_items_rels_regions_id_idx" ON "knowledge_items_rels" USING btree ("regions_id");
  CREATE INDEX "knowledge_items_rels_organisations_id_idx" ON "knowledge_items_rels" USING btree ("organisations_id");
  CREATE INDEX "_knowledge_items_v_version_external_links_order_idx" ON "_knowledge_items_v_version_external_links" USING btree ("_order");
  CREATE INDEX "_knowledge_items_v_version_external_links_parent_id_idx" ON "_knowledge_items_v_version_external_links" USING btree ("_parent_id");
  CREATE INDEX "_knowledge_items_v_version_audience_order_idx" ON "_knowledge_items_v_version_audience" USING btree ("order");
  CREATE INDEX "_knowledge_items_v_version_audience_parent_idx" ON "_knowledge_items_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_knowledge_items_v_version_perspective_order_idx" ON "_knowledge_items_v_version_perspective" USING btree ("order");
  CREATE INDEX "_knowledge_items_v_version_perspective_parent_idx" ON "_knowledge_items_v_version_perspective" USING btree ("parent_id");
  CREATE INDEX "_knowledge_items_v_parent_idx" ON "_knowledge_items_v" USING btree ("parent_id");
  CREATE INDEX "_knowledge_items_v_version_version_slug_idx" ON "_knowledge_items_v" USING btree ("version_slug");
  CREATE INDEX "_knowledge_items_v_version_version_image_idx" ON "_knowledge_items_v" USING btree ("version_image_id");
  CREATE INDEX "_knowledge_items_v_version_contact_version_contact_organ_idx" ON "_knowledge_items_v" USING btree ("version_contact_organisation_id");
  CREATE INDEX "_knowledge_items_v_version_seo_version_seo_image_idx" ON "_knowledge_items_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_knowledge_items_v_version_version_type_idx" ON "_knowledge_items_v" USING btree ("version_type");
  CREATE INDEX "_knowledge_items_v_version_version_published_at_idx" ON "_knowledge_items_v" USING btree ("version_published_at");
  CREATE INDEX "_knowledge_items_v_version_version_created_by_idx" ON "_knowledge_items_v" USING btree ("version_created_by_id");
  CREATE INDEX "_knowledge_items_v_version_version_updated_at_idx" ON "_knowledge_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_knowledge_items_v_version_version_created_at_idx" ON "_knowledge_items_v" USING btree ("version_created_at");
  CREATE INDEX "_knowledge_items_v_version_version__status_idx" ON "_knowledge_items_v" USING btree ("version__status");
  CREATE INDEX "_knowledge_items_v_created_at_idx" ON "_knowledge_items_v" USING btree ("created_at");
  CREATE INDEX "_knowledge_items_v_updated_at_idx" ON "_knowledge_items_v" USING btree ("updated_at");
  CREATE INDEX "_knowledge_items_v_latest_idx" ON "_knowledge_items_v" USING btree ("latest");
  CREATE INDEX "_knowledge_items_v_rels_order_idx" ON "_knowledge_items_v_rels" USING btree ("order");
  CREATE INDEX "_knowledge_items_v_rels_parent_idx" ON "_knowledge_items_v_rels" USING btree ("parent_id");
  CREATE INDEX "_knowledge_items_v_rels_path_idx" ON "_knowledge_items_v_rels" USING btree ("path");
  CREATE INDEX "_knowledge_items_v_rels_media_id_idx" ON "_knowledge_items_v_rels" USING btree ("media_id");
  CREATE INDEX "_knowledge_items_v_rels_knowledge_items_id_idx" ON "_knowledge_items_v_rels" USING btree ("knowledge_items_id");
  CREATE INDEX "_knowledge_items_v_rels_themes_id_idx" ON "_knowledge_items_v_rels" USING btree ("themes_id");
  CREATE INDEX "_knowledge_items_v_rels_programmes_id_idx" ON "_knowledge_items_v_rels" USING btree ("programmes_id");
  CREATE INDEX "_knowledge_items_v_rels_regions_id_idx" ON "_knowledge_items_v_rels" USING btree ("regions_id");
  CREATE INDEX "_knowledge_items_v_rels_organisations_id_idx" ON "_knowledge_items_v_rels" USING btree ("organisations_id");
  CREATE UNIQUE INDEX "programmes_slug_idx" ON "programmes" USING btree ("slug");
  CREATE INDEX "programmes_seo_seo_image_idx" ON "programmes" USING btree ("seo_image_id");
  CREATE INDEX "programmes_created_by_idx" ON "programmes" USING btree ("created_by_id");
  CREATE INDEX "programmes_updated_at_idx" ON "programmes" USING btree ("updated_at");
  CREATE INDEX "programmes_created_at_idx" ON "programmes" USING btree ("created_at");
  CREATE INDEX "programmes__status_idx" ON "programmes" USING btree ("_status");
  CREATE INDEX "programmes_rels_order_idx" ON "programmes_rels" USING btree ("order");
  CREATE INDEX "programmes_rels_parent_idx" ON "programmes_rels" USING btree ("parent_id");
  CREATE INDEX "programmes_rels_path_idx" ON "programmes_rels" USING btree ("path");
  CREATE INDEX "programmes_rels_themes_id_idx" ON "programmes_rels" USING btree ("themes_id");
  CREATE INDEX "_programmes_v_parent_idx" ON "_programmes_v" USING btree ("parent_id");
  CREATE INDEX "_programmes_v_version_version_slug_idx" ON "_programmes_v" USING btree ("version_slug");
  CREATE INDEX "_programmes_v_version_seo_version_seo_image_idx" ON "_programmes_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_programmes_v_version_version_created_by_idx" ON "_programmes_v" USING btree ("version_created_by_id");
  CREATE INDEX "_programmes_v_version_version_updated_at_idx" ON "_programmes_v" USING btree ("version_updated_at");
  CREATE INDEX "_programmes_v_version_version_created_at_idx" ON "_programmes_v" USING btree ("version_created_at");
  CREATE INDEX "_programmes_v_version_version__status_idx" ON "_programmes_v" USING btree ("version__status");
  CREATE INDEX "_programmes_v_created_at_idx" ON "_programmes_v" USING btree ("created_at");
  CREATE INDEX "_programmes_v_updated_at_idx" ON "_programmes_v" USING btree ("updated_at");
  CREATE INDEX "_programmes_v_latest_idx" ON "_programmes_v" USING btree ("latest");
  CREATE INDEX "_programmes_v_rels_order_idx" ON "_programmes_v_rels" USING btree ("order");
  CREATE INDEX "_programmes_v_rels_parent_idx" ON "_programmes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_programmes_v_rels_path_idx" ON "_programmes_v_rels" USING btree ("path");
  CREATE INDEX "_programmes_v_rels_themes_id_idx" ON "_programmes_v_rels" USING btree ("themes_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_seo_seo_image_idx" ON "events" USING btree ("seo_image_id");
  CREATE INDEX "events_type_idx" ON "events" USING btree ("type");
  CREATE INDEX "events_programme_idx" ON "events" USING btree ("programme_id");
  CREATE INDEX "events_edition_idx" ON "events" USING btree ("edition_id");
  CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_media_id_idx" ON "events_rels" USING btree ("media_id");
  CREATE INDEX "events_rels_knowledge_items_id_idx" ON "events_rels" USING btree ("knowledge_items_id");
  CREATE INDEX "events_rels_organisations_id_idx" ON "events_rels" USING btree ("organisations_id");
  CREATE INDEX "events_rels_themes_id_idx" ON "events_rels" USING btree ("themes_id");
  CREATE INDEX "events_rels_regions_id_idx" ON "events_rels" USING btree ("regions_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_seo_version_seo_image_idx" ON "_events_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_events_v_version_version_type_idx" ON "_events_v" USING btree ("version_type");
  CREATE INDEX "_events_v_version_version_programme_idx" ON "_events_v" USING btree ("version_programme_id");
  CREATE INDEX "_events_v_version_version_edition_idx" ON "_events_v" USING btree ("version_edition_id");
  CREATE INDEX "_events_v_version_version_created_by_idx" ON "_events_v" USING btree ("version_created_by_id");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_media_id_idx" ON "_events_v_rels" USING btree ("media_id");
  CREATE INDEX "_events_v_rels_knowledge_items_id_idx" ON "_events_v_rels" USING btree ("knowledge_items_id");
  CREATE INDEX "_events_v_rels_organisations_id_idx" ON "_events_v_rels" USING btree ("organisations_id");
  CREATE INDEX "_events_v_rels_themes_id_idx" ON "_events_v_rels" USING btree ("themes_id");
  CREATE INDEX "_events_v_rels_regions_id_idx" ON "_events_v_rels" USING btree ("regions_id");
  CREATE UNIQUE INDEX "editions_slug_idx" ON "editions" USING btree ("slug");
  CREATE UNIQUE INDEX "editions_year_idx" ON "editions" USING btree ("year");
  CREATE INDEX "editions_updated_at_idx" ON "editions" USING btree ("updated_at");
  CREATE INDEX "editions_created_at_idx" ON "editions" USING btree ("created_at");
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_region_idx" ON "organisations" USING btree ("region_id");
  CREATE INDEX "organisations_logo_idx" ON "organisations" USING btree ("logo_id");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE UNIQUE INDEX "regions_slug_idx" ON "regions" USING btree ("slug");
  CREATE UNIQUE INDEX "regions_cbs_code_idx" ON "regions" USING btree ("cbs_code");
  CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_id");
  CREATE INDEX "regions_updated_at_idx" ON "regions" USING btree ("updated_at");
  CREATE INDEX "regions_created_at_idx" ON "regions" USING btree ("created_at");
  CREATE INDEX "indicators_values_order_idx" ON "indicators_values" USING btree ("_order");
  CREATE INDEX "indicators_values_parent_id_idx" ON "indicators_values" USING btree ("_parent_id");
  CREATE INDEX "indicators_values_region_idx" ON "indicators_values" USING btree ("region_id");
  CREATE UNIQUE INDEX "indicators_slug_idx" ON "indicators" USING btree ("slug");
  CREATE INDEX "indicators_theme_idx" ON "indicators" USING btree ("theme_id");
  CREATE INDEX "indicators_updated_at_idx" ON "indicators" USING btree ("updated_at");
  CREATE INDEX "indicators_created_at_idx" ON "indicators" USING btree ("created_at");
  CREATE INDEX "pages_blocks_content_order_idx" ON "pages_blocks_content" USING btree ("_order");
  CREATE INDEX "pages_blocks_content_parent_id_idx" ON "pages_blocks_content" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_content_path_idx" ON "pages_blocks_content" USING btree ("_path");
  CREATE INDEX "pages_blocks_call_to_action_order_idx" ON "pages_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_parent_id_idx" ON "pages_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_path_idx" ON "pages_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "pages_blocks_media_block_order_idx" ON "pages_blocks_media_block" USING btree ("_order");
  CREATE INDEX "pages_blocks_media_block_parent_id_idx" ON "pages_blocks_media_block" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_media_block_path_idx" ON "pages_blocks_media_block" USING btree ("_path");
  CREATE INDEX "pages_blocks_media_block_media_idx" ON "pages_blocks_media_block" USING btree ("media_id");
  CREATE INDEX "pages_blocks_item_list_order_idx" ON "pages_blocks_item_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_item_list_parent_id_idx" ON "pages_blocks_item_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_item_list_path_idx" ON "pages_blocks_item_list" USING btree ("_path");
  CREATE INDEX "pages_blocks_link_list_links_order_idx" ON "pages_blocks_link_list_links" USING btree ("_order");
  CREATE INDEX "pages_blocks_link_list_links_parent_id_idx" ON "pages_blocks_link_list_links" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_link_list_order_idx" ON "pages_blocks_link_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_link_list_parent_id_idx" ON "pages_blocks_link_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_link_list_path_idx" ON "pages_blocks_link_list" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_seo_seo_image_idx" ON "pages" USING btree ("seo_image_id");
  CREATE INDEX "pages_created_by_idx" ON "pages" USING btree ("created_by_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_knowledge_items_id_idx" ON "pages_rels" USING btree ("knowledge_items_id");
  CREATE INDEX "_pages_v_blocks_content_order_idx" ON "_pages_v_blocks_content" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_content_parent_id_idx" ON "_pages_v_blocks_content" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_content_path_idx" ON "_pages_v_blocks_content" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_call_to_action_order_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_parent_id_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_path_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_media_block_order_idx" ON "_pages_v_blocks_media_block" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_media_block_parent_id_idx" ON "_pages_v_blocks_media_block" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_media_block_path_idx" ON "_pages_v_blocks_media_block" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_media_block_media_idx" ON "_pages_v_blocks_media_block" USING btree ("media_id");
  CREATE INDEX "_pages_v_blocks_item_list_order_idx" ON "_pages_v_blocks_item_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_item_list_parent_id_idx" ON "_pages_v_blocks_item_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_item_list_path_idx" ON "_pages_v_blocks_item_list" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_link_list_links_order_idx" ON "_pages_v_blocks_link_list_links" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_link_list_links_parent_id_idx" ON "_pages_v_blocks_link_list_links" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_link_list_order_idx" ON "_pages_v_blocks_link_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_link_list_parent_id_idx" ON "_pages_v_blocks_link_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_link_list_path_idx" ON "_pages_v_blocks_link_list" USING btree ("_path");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_seo_version_seo_image_idx" ON "_pages_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_pages_v_version_version_created_by_idx" ON "_pages_v" USING btree ("version_created_by_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_rels_order_idx" ON "_pages_v_rels" USING btree ("order");
  CREATE INDEX "_pages_v_rels_parent_idx" ON "_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pages_v_rels_path_idx" ON "_pages_v_rels" USING btree ("path");
  CREATE INDEX "_pages_v_rels_knowledge_items_id_idx" ON "_pages_v_rels" USING btree ("knowledge_items_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_small_sizes_small_filename_idx" ON "media" USING btree ("sizes_small_filename");
  CREATE INDEX "media_sizes_medium_sizes_medium_filename_idx" ON "media" USING btree ("sizes_medium_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_knowledge_items_id_idx" ON "payload_locked_documents_rels" USING btree ("knowledge_items_id");
  CREATE INDEX "payload_locked_documents_rels_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("programmes_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_editions_id_idx" ON "payload_locked_documents_rels" USING btree ("editions_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_regions_id_idx" ON "payload_locked_documents_rels" USING btree ("regions_id");
  CREATE INDEX "payload_locked_documents_rels_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("indicators_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_navigation_order_idx" ON "site_settings_navigation" USING btree ("_order");
  CREATE INDEX "site_settings_navigation_parent_id_idx" ON "site_settings_navigation" USING btree ("_parent_id");
  CREATE INDEX "site_settings_footer_links_order_idx" ON "site_settings_footer_links" USING btree ("_order");
  CREATE INDEX "site_settings_footer_links_parent_id_idx" ON "site_settings_footer_links" USING btree ("_parent_id");

-- 20261128_154528_initial down

DROP TABLE "knowledge_items_external_links" CASCADE;
  DROP TABLE "knowledge_items_audience" CASCADE;
  DROP TABLE "knowledge_items_perspective" CASCADE;
  DROP TABLE "knowledge_items" CASCADE;
  DROP TABLE "knowledge_items_rels" CASCADE;
  DROP TABLE "_knowledge_items_v_version_external_links" CASCADE;
  DROP TABLE "_knowledge_items_v_version_audience" CASCADE;
  DROP TABLE "_knowledge_items_v_version_perspective" CASCADE;
  DROP TABLE "_knowledge_items_v" CASCADE;
  DROP TABLE "_knowledge_items_v_rels" CASCADE;
  DROP TABLE "programmes" CASCADE;
  DROP TABLE "programmes_rels" CASCADE;
  DROP TABLE "_programmes_v" CASCADE;
  DROP TABLE "_programmes_v_rels" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "editions" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "regions" CASCADE;
  DROP TABLE "indicators_values" CASCADE;
  DROP TABLE "indicators" CASCADE;
  DROP TABLE "pages_blocks_content" CASCADE;
  DROP TABLE "pages_blocks_call_to_action" CASCADE;
  DROP TABLE "pages_blocks_media_block" CASCADE;
  DROP TABLE "pages_blocks_item_list" CASCADE;
  DROP TABLE "pages_blocks_link_list_links" CASCADE;
  DROP TABLE "pages_blocks_link_list" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "_pages_v_blocks_content" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_pages_v_blocks_media_block" CASCADE;
  DROP TABLE "_pages_v_blocks_item_list" CASCADE;
  DROP TABLE "_pages_v_blocks_link_list_links" CASCADE;
  DROP TABLE "_pages_v_blocks_link_list" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_navigation" CASCADE;
  DROP TABLE "site_settings_footer_links" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TYPE "public"."enum_knowledge_items_audience";
  DROP TYPE "public"."enum_knowledge_items_perspective";
  DROP TYPE "public"."enum_knowledge_items_type";
  DROP TYPE "public"."enum_knowledge_items_evidence";
  DROP TYPE "public"."enum_knowledge_items_status";
  DROP TYPE "public"."enum__knowledge_items_v_version_audience";
  DROP TYPE "public"."enum__knowledge_items_v_version_perspective";
  DROP TYPE "public"."enum__knowledge_items_v_version_type";
  DROP TYPE "public"."enum__knowledge_items_v_version_evidence";
  DROP TYPE "public"."enum__knowledge_items_v_version_status";
  DROP TYPE "public"."enum_programmes_status";
  DROP TYPE "public"."enum__programmes_v_version_status";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_location_mode";
  DROP TYPE "public"."enum_events_registration_mode";
  DROP TYPE "public"."enum_events_type";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_location_mode";
  DROP TYPE "public"."enum__events_v_version_registration_mode";
  DROP TYPE "public"."enum__events_v_version_type";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum_organisations_kind";
  DROP TYPE "public"."enum_themes_perspective";
  DROP TYPE "public"."enum_regions_kind";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";

-- 20261128_175919_home_page up

CREATE TABLE "site_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"knowledge_items_id" integer
  );
  
  ALTER TABLE "site_settings" ADD COLUMN "home_intro" varchar;
  ALTER TABLE "site_settings_rels" ADD CONSTRAINT "site_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_rels" ADD CONSTRAINT "site_settings_rels_knowledge_items_fk" FOREIGN KEY ("knowledge_items_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_settings_rels_order_idx" ON "site_settings_rels" USING btree ("order");
  CREATE INDEX "site_settings_rels_parent_idx" ON "site_settings_rels" USING btree ("parent_id");
  CREATE INDEX "site_settings_rels_path_idx" ON "site_settings_rels" USING btree ("path");
  CREATE INDEX "site_settings_rels_knowledge_items_id_idx" ON "site_settings_rels" USING btree ("knowledge_items_id");

-- 20261128_175919_home_page down

DROP TABLE "site_settings_rels" CASCADE;
  ALTER TABLE "site_settings" DROP COLUMN "home_intro";

-- 20261128_184647_search up

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshSearchTerms' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshSearchTerms' BEFORE 'schedulePublish';
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "knowledge_items" ADD COLUMN "facet_keys" text[] DEFAULT '{}'::text[] NOT NULL;
  ALTER TABLE "programmes" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("description", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "events" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("description", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "organisations" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("description", '')), 'B')) STORED;
  ALTER TABLE "themes" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("description", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "pages" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("intro", '')), 'B')) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");
  CREATE INDEX "knowledge_items_facet_keys_idx" ON "knowledge_items" USING gin ("facet_keys");
  CREATE INDEX "programmes_search_idx" ON "programmes" USING gin ("search");
  CREATE INDEX "events_search_idx" ON "events" USING gin ("search");
  CREATE INDEX "organisations_search_idx" ON "organisations" USING gin ("search");
  CREATE INDEX "themes_search_idx" ON "themes" USING gin ("search");
  CREATE INDEX "pages_search_idx" ON "pages" USING gin ("search");

CREATE OR REPLACE FUNCTION kb_item_facet_keys(item_id integer, item_type text, item_published timestamptz)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT array_remove(ARRAY[
      'type:' || item_type,
      'year:' || extract(year FROM item_published AT TIME ZONE 'Europe/Amsterdam')::int
    ], NULL) || coalesce((SELECT array_agg(DISTINCT key ORDER BY key) FROM (
      SELECT 'theme:' || r.themes_id AS key FROM public.knowledge_items_rels r
        WHERE r.parent_id = item_id AND r.path = 'themes' AND r.themes_id IS NOT NULL
      UNION SELECT 'programme:' || r.programmes_id FROM public.knowledge_items_rels r
        WHERE r.parent_id = item_id AND r.path = 'programmes' AND r.programmes_id IS NOT NULL
      UNION SELECT 'audience:' || a.value FROM public.knowledge_items_audience a WHERE a.parent_id = item_id
      UNION SELECT 'region:' || up.id FROM (
        WITH RECURSIVE up(id) AS (
          SELECT r.regions_id FROM public.knowledge_items_rels r
            WHERE r.parent_id = item_id AND r.path = 'regions' AND r.regions_id IS NOT NULL
          UNION SELECT g.parent_id FROM public.regions g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL
        ) SELECT id FROM up) up
    ) keys), '{}')
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_facet_keys(NEW.id, NEW.type::text, NEW.published_at);
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE parent integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.parent_id ELSE NEW.parent_id END;
BEGIN
  UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at) WHERE id = parent;
  IF TG_OP = 'UPDATE' AND OLD.parent_id IS DISTINCT FROM NEW.parent_id THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at) WHERE id = OLD.parent_id;
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_facet_keys(ki.id, ki.type::text, ki.published_at)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();
CREATE TRIGGER knowledge_items_rels_facet_keys AFTER INSERT OR UPDATE OR DELETE ON public.knowledge_items_rels
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_relations();
CREATE TRIGGER knowledge_items_audience_facet_keys AFTER INSERT OR UPDATE OR DELETE ON public.knowledge_items_audience
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_relations();
CREATE TRIGGER regions_facet_keys AFTER UPDATE OF parent_id ON public.regions
  FOR EACH STATEMENT EXECUTE FUNCTION kb_region_tree_changed();

UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at);

CREATE MATERIALIZED VIEW IF NOT EXISTS "search_terms" AS
  SELECT word, ndoc FROM ts_stat($q$
    SELECT to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, ''))
    FROM public.knowledge_items WHERE _status = 'published'
  $q$) WHERE length(word) BETWEEN 3 AND 40 AND word ~ '^[[:alpha:]]+$'

CREATE UNIQUE INDEX "search_terms_word_idx" ON "search_terms" ("word");
  CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("word" gin_trgm_ops);

-- 20261128_184647_search down

DROP MATERIALIZED VIEW IF EXISTS "search_terms";

DROP TRIGGER IF EXISTS regions_facet_keys ON public.regions;
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys ON public.knowledge_items_audience;
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys ON public.knowledge_items_rels;
DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
DROP FUNCTION IF EXISTS kb_region_tree_changed(), kb_item_facet_keys_relations(), kb_item_facet_keys_before(), kb_item_facet_keys(integer, text, timestamptz);

ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "knowledge_items_search_idx";
  DROP INDEX "knowledge_items_facet_keys_idx";
  DROP INDEX "programmes_search_idx";
  DROP INDEX "events_search_idx";
  DROP INDEX "organisations_search_idx";
  DROP INDEX "themes_search_idx";
  DROP INDEX "pages_search_idx";
  ALTER TABLE "knowledge_items" DROP COLUMN "search";
  ALTER TABLE "knowledge_items" DROP COLUMN "facet_keys";
  ALTER TABLE "programmes" DROP COLUMN "search";
  ALTER TABLE "events" DROP COLUMN "search";
  ALTER TABLE "organisations" DROP COLUMN "search";
  ALTER TABLE "themes" DROP COLUMN "search";
  ALTER TABLE "pages" DROP COLUMN "search";

-- 20261128_202000_search_facet_counts up

DROP INDEX "knowledge_items_facet_keys_idx";
  ALTER TABLE "knowledge_items" drop column "search";
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C') || array_to_tsvector("facet_keys")) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");
  CREATE INDEX "knowledge_items_published_order_idx" ON "knowledge_items" USING btree ("published_at" DESC NULLS LAST,"id") WHERE _status = 'published';

CREATE OR REPLACE FUNCTION kb_item_facet_keys(item_id integer, item_type text, item_published timestamptz)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT array_remove(ARRAY[
      'type:' || item_type,
      'year:' || extract(year FROM item_published AT TIME ZONE 'Europe/Amsterdam')::int
    ], NULL) || coalesce((SELECT array_agg(DISTINCT key ORDER BY key) FROM (
      SELECT 'theme:' || r.themes_id AS key FROM public.knowledge_items_rels r
        WHERE r.parent_id = item_id AND r.path = 'themes' AND r.themes_id IS NOT NULL
      UNION SELECT 'programme:' || r.programmes_id FROM public.knowledge_items_rels r
        WHERE r.parent_id = item_id AND r.path = 'programmes' AND r.programmes_id IS NOT NULL
      UNION SELECT 'audience:' || a.value FROM public.knowledge_items_audience a WHERE a.parent_id = item_id
      UNION SELECT 'region:' || up.id FROM (
        WITH RECURSIVE up(id) AS (
          SELECT r.regions_id FROM public.knowledge_items_rels r
            WHERE r.parent_id = item_id AND r.path = 'regions' AND r.regions_id IS NOT NULL
          UNION SELECT g.parent_id FROM public.regions g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL
        ) SELECT id FROM up) up
    ) keys), '{}')
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_facet_keys(NEW.id, NEW.type::text, NEW.published_at);
  RETURN NEW;
END $fn$;

-- Statement level: the transition tables hold the relation rows the statement inserted or deleted.
CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at)
      WHERE id IN (SELECT parent_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at)
      WHERE id IN (SELECT parent_id FROM old_rows);
  ELSE
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at)
      WHERE id IN (SELECT parent_id FROM new_rows UNION SELECT parent_id FROM old_rows);
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_facet_keys(ki.id, ki.type::text, ki.published_at)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

-- A set of keys in its one stored form: distinct, in byte order.
CREATE OR REPLACE FUNCTION kb_facet_set(keys text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT ARRAY(SELECT DISTINCT key COLLATE "C" FROM unnest(keys) key ORDER BY 1)
$fn$;

-- Every subset of at most 3 keys, each in its stored form, the empty set included.
CREATE OR REPLACE FUNCTION kb_facet_subsets(keys text[]) RETURNS SETOF text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  WITH k AS (SELECT key, row_number() OVER (ORDER BY key COLLATE "C") AS i FROM unnest(kb_facet_set(keys)) key)
  SELECT '{}'::text[]
  UNION ALL SELECT ARRAY[a.key] FROM k a
  UNION ALL SELECT ARRAY[a.key, b.key] FROM k a JOIN k b ON a.i < b.i
  UNION ALL SELECT ARRAY[a.key, b.key, c.key] FROM k a JOIN k b ON a.i < b.i JOIN k c ON b.i < c.i
$fn$;

-- Looked up by exact set; the single keys (every facet value in use) have an index of their own.
CREATE TABLE IF NOT EXISTS public.knowledge_facet_counts (keys text[] PRIMARY KEY, n integer NOT NULL);
CREATE INDEX IF NOT EXISTS knowledge_facet_counts_single_idx ON public.knowledge_facet_counts (keys) WHERE cardinality(keys) = 1;

-- A published item counts with its keys; a draft does not count. Changes are applied as deltas in
-- key order under one transaction-level lock, so concurrent saves cannot deadlock on the counts.
CREATE OR REPLACE FUNCTION kb_facet_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  old_keys text[] := CASE WHEN TG_OP <> 'INSERT' AND OLD._status = 'published' THEN OLD.facet_keys END;
  new_keys text[] := CASE WHEN TG_OP <> 'DELETE' AND NEW._status = 'published' THEN NEW.facet_keys END;
BEGIN
  IF old_keys IS NOT DISTINCT FROM new_keys THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('knowledge_facet_counts'));
  INSERT INTO public.knowledge_facet_counts AS c (keys, n)
    SELECT s, sum(d) FROM (
      SELECT s, -1 AS d FROM kb_facet_subsets(old_keys) s
      UNION ALL SELECT s, 1 FROM kb_facet_subsets(new_keys) s
    ) delta GROUP BY s HAVING sum(d) <> 0 ORDER BY s
  ON CONFLICT (keys) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $fn$;

DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();
DROP TRIGGER IF EXISTS knowledge_items_facet_counts ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_counts AFTER INSERT OR UPDATE OR DELETE ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_facet_counts_changed();
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys ON public.knowledge_items_rels;
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys_insert ON public.knowledge_items_rels;
CREATE TRIGGER knowledge_items_rels_facet_keys_insert AFTER INSERT ON public.knowledge_items_rels
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys_update ON public.knowledge_items_rels;
CREATE TRIGGER knowledge_items_rels_facet_keys_update AFTER UPDATE ON public.knowledge_items_rels
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys_delete ON public.knowledge_items_rels;
CREATE TRIGGER knowledge_items_rels_facet_keys_delete AFTER DELETE ON public.knowledge_items_rels
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys ON public.knowledge_items_audience;
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys_insert ON public.knowledge_items_audience;
CREATE TRIGGER knowledge_items_audience_facet_keys_insert AFTER INSERT ON public.knowledge_items_audience
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys_update ON public.knowledge_items_audience;
CREATE TRIGGER knowledge_items_audience_facet_keys_update AFTER UPDATE ON public.knowledge_items_audience
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys_delete ON public.knowledge_items_audience;
CREATE TRIGGER knowledge_items_audience_facet_keys_delete AFTER DELETE ON public.knowledge_items_audience
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS regions_facet_keys ON public.regions;
CREATE TRIGGER regions_facet_keys AFTER UPDATE OF parent_id ON public.regions
  FOR EACH STATEMENT EXECUTE FUNCTION kb_region_tree_changed();

TRUNCATE public.knowledge_facet_counts;
INSERT INTO public.knowledge_facet_counts (keys, n)
  SELECT s, count(*) FROM public.knowledge_items ki, kb_facet_subsets(ki.facet_keys) s
  WHERE ki._status = 'published' GROUP BY s;
ANALYZE public.knowledge_facet_counts;

-- 20261128_202000_search_facet_counts down

DROP TRIGGER IF EXISTS knowledge_items_facet_counts ON public.knowledge_items;
DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
DROP TRIGGER IF EXISTS regions_facet_keys ON public.regions;
DROP TABLE IF EXISTS public.knowledge_facet_counts;
DROP FUNCTION IF EXISTS kb_facet_counts_changed(), kb_facet_subsets(text[]), kb_facet_set(text[]);
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys_insert ON public.knowledge_items_rels;
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys_update ON public.knowledge_items_rels;
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys_delete ON public.knowledge_items_rels;
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys_insert ON public.knowledge_items_audience;
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys_update ON public.knowledge_items_audience;
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys_delete ON public.knowledge_items_audience;

CREATE OR REPLACE FUNCTION kb_item_facet_keys(item_id integer, item_type text, item_published timestamptz)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT array_remove(ARRAY[
      'type:' || item_type,
      'year:' || extract(year FROM item_published AT TIME ZONE 'Europe/Amsterdam')::int
    ], NULL) || coalesce((SELECT array_agg(DISTINCT key ORDER BY key) FROM (
      SELECT 'theme:' || r.themes_id AS key FROM public.knowledge_items_rels r
        WHERE r.parent_id = item_id AND r.path = 'themes' AND r.themes_id IS NOT NULL
      UNION SELECT 'programme:' || r.programmes_id FROM public.knowledge_items_rels r
        WHERE r.parent_id = item_id AND r.path = 'programmes' AND r.programmes_id IS NOT NULL
      UNION SELECT 'audience:' || a.value FROM public.knowledge_items_audience a WHERE a.parent_id = item_id
      UNION SELECT 'region:' || up.id FROM (
        WITH RECURSIVE up(id) AS (
          SELECT r.regions_id FROM public.knowledge_items_rels r
            WHERE r.parent_id = item_id AND r.path = 'regions' AND r.regions_id IS NOT NULL
          UNION SELECT g.parent_id FROM public.regions g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL
        ) SELECT id FROM up) up
    ) keys), '{}')
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_facet_keys(NEW.id, NEW.type::text, NEW.published_at);
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE parent integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.parent_id ELSE NEW.parent_id END;
BEGIN
  UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at) WHERE id = parent;
  IF TG_OP = 'UPDATE' AND OLD.parent_id IS DISTINCT FROM NEW.parent_id THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at) WHERE id = OLD.parent_id;
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_facet_keys(ki.id, ki.type::text, ki.published_at)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();
CREATE TRIGGER knowledge_items_rels_facet_keys AFTER INSERT OR UPDATE OR DELETE ON public.knowledge_items_rels
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_relations();
CREATE TRIGGER knowledge_items_audience_facet_keys AFTER INSERT OR UPDATE OR DELETE ON public.knowledge_items_audience
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_relations();
CREATE TRIGGER regions_facet_keys AFTER UPDATE OF parent_id ON public.regions
  FOR EACH STATEMENT EXECUTE FUNCTION kb_region_tree_changed();

UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at);

DROP INDEX "knowledge_items_published_order_idx";
  ALTER TABLE "knowledge_items" drop column "search";
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C')) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");
  CREATE INDEX "knowledge_items_facet_keys_idx" ON "knowledge_items" USING gin ("facet_keys");

-- 20261128_204416_registrations up

CREATE TYPE "public"."enum_registrations_status" AS ENUM('confirmed', 'waiting', 'cancelled');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'promoteWaiting' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeRegistrations' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'promoteWaiting' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeRegistrations' BEFORE 'schedulePublish';
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"organisation" varchar,
  	"remark" varchar,
  	"status" "enum_registrations_status" DEFAULT 'confirmed' NOT NULL,
  	"attended" boolean DEFAULT false,
  	"consent_at" timestamp(3) with time zone,
  	"promoted_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registrations_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "registrations_retention_months" numeric DEFAULT 6 NOT NULL;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "registrations_event_email_active_idx" ON "registrations" USING btree ("event_id", lower("email")) WHERE "status" <> 'cancelled';
  CREATE INDEX "registrations_event_idx" ON "registrations" USING btree ("event_id");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");

-- 20261128_204416_registrations down

ALTER TABLE "registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registrations_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshSearchTerms', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshSearchTerms', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_registrations_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registrations_id";
  ALTER TABLE "site_settings" DROP COLUMN "registrations_retention_months";
  DROP TYPE "public"."enum_registrations_status";

-- 20261201_170002_item_template up

CREATE TYPE "public"."enum_knowledge_items_region_scope" AS ENUM('brabant', 'regions');
  CREATE TYPE "public"."enum__knowledge_items_v_version_region_scope" AS ENUM('brabant', 'regions');
  ALTER TABLE "knowledge_items" ADD COLUMN "template_background" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_aim" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_target_group" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_approach" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_results" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_what_worked" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_conditions" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_costs" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_sources" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "evidence_assigned_at" timestamp(3) with time zone;
  ALTER TABLE "knowledge_items" ADD COLUMN "evidence_assigned_by_id" integer;
  ALTER TABLE "knowledge_items" ADD COLUMN "region_scope" "enum_knowledge_items_region_scope" DEFAULT 'brabant';
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_background" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_aim" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_target_group" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_approach" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_results" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_what_worked" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_conditions" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_costs" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_sources" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_evidence_assigned_at" timestamp(3) with time zone;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_evidence_assigned_by_id" integer;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_region_scope" "enum__knowledge_items_v_version_region_scope" DEFAULT 'brabant';
  ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_evidence_assigned_by_id_users_id_fk" FOREIGN KEY ("evidence_assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v" ADD CONSTRAINT "_knowledge_items_v_version_evidence_assigned_by_id_users_id_fk" FOREIGN KEY ("version_evidence_assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "knowledge_items_evidence_assigned_by_idx" ON "knowledge_items" USING btree ("evidence_assigned_by_id");
  CREATE INDEX "_knowledge_items_v_version_version_evidence_assigned_by_idx" ON "_knowledge_items_v" USING btree ("version_evidence_assigned_by_id");

ALTER TABLE "knowledge_items" ALTER COLUMN "evidence" SET DATA TYPE text;
      UPDATE "knowledge_items" SET "evidence" = CASE "evidence" WHEN 'described' THEN 'repeated' WHEN 'substantiated' THEN 'research' WHEN 'effect-studied' THEN 'evaluated' ELSE "evidence" END;
      DROP TYPE "public"."enum_knowledge_items_evidence";
      CREATE TYPE "public"."enum_knowledge_items_evidence" AS ENUM('practice', 'repeated', 'evaluated', 'research');
      ALTER TABLE "knowledge_items" ALTER COLUMN "evidence" SET DATA TYPE "public"."enum_knowledge_items_evidence" USING "evidence"::"public"."enum_knowledge_items_evidence";

ALTER TABLE "_knowledge_items_v" ALTER COLUMN "version_evidence" SET DATA TYPE text;
      UPDATE "_knowledge_items_v" SET "version_evidence" = CASE "version_evidence" WHEN 'described' THEN 'repeated' WHEN 'substantiated' THEN 'research' WHEN 'effect-studied' THEN 'evaluated' ELSE "version_evidence" END;
      DROP TYPE "public"."enum__knowledge_items_v_version_evidence";
      CREATE TYPE "public"."enum__knowledge_items_v_version_evidence" AS ENUM('practice', 'repeated', 'evaluated', 'research');
      ALTER TABLE "_knowledge_items_v" ALTER COLUMN "version_evidence" SET DATA TYPE "public"."enum__knowledge_items_v_version_evidence" USING "version_evidence"::"public"."enum__knowledge_items_v_version_evidence";

UPDATE knowledge_items ki SET region_scope = 'regions' WHERE EXISTS (
    SELECT 1 FROM knowledge_items_rels r JOIN regions g ON g.id = r.regions_id WHERE r.parent_id = ki.id AND r.path = 'regions' AND g.parent_id IS NOT NULL)

ALTER TABLE "knowledge_items" drop column "search";
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_background", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_aim", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_target_group", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_approach", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_results", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_what_worked", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_conditions", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_costs", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_sources", '')), 'C') || array_to_tsvector("facet_keys")) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");

CREATE OR REPLACE FUNCTION kb_item_keys(item_id integer, item_type text, item_published timestamptz, item_evidence text)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT kb_item_facet_keys(item_id, item_type, item_published)
    || CASE WHEN item_evidence IS NULL THEN '{}'::text[] ELSE ARRAY['evidence:' || item_evidence] END
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_keys(NEW.id, NEW.type::text, NEW.published_at, NEW.evidence::text);
  RETURN NEW;
END $fn$;

-- Statement level: each trigger has only the transition tables of its own operation.
CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM old_rows);
  ELSE
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM new_rows UNION SELECT parent_id FROM old_rows);
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_keys(ki.id, ki.type::text, ki.published_at, ki.evidence::text)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at, evidence ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();

UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text);
    TRUNCATE public.knowledge_facet_counts;
    INSERT INTO public.knowledge_facet_counts (keys, n)
      SELECT s, count(*) FROM public.knowledge_items ki, kb_facet_subsets(ki.facet_keys) s WHERE ki._status = 'published' GROUP BY s;

-- 20261201_170002_item_template down

ALTER TABLE "knowledge_items" DROP CONSTRAINT "knowledge_items_evidence_assigned_by_id_users_id_fk";
  
  ALTER TABLE "_knowledge_items_v" DROP CONSTRAINT "_knowledge_items_v_version_evidence_assigned_by_id_users_id_fk";
  
  ALTER TABLE "knowledge_items" ALTER COLUMN "evidence" SET DATA TYPE text;
  UPDATE "knowledge_items" SET "evidence" = CASE "evidence" WHEN 'repeated' THEN 'described' WHEN 'research' THEN 'substantiated' WHEN 'evaluated' THEN 'effect-studied' ELSE "evidence" END;
  DROP TYPE "public"."enum_knowledge_items_evidence";
  CREATE TYPE "public"."enum_knowledge_items_evidence" AS ENUM('practice', 'described', 'substantiated', 'effect-studied');
  ALTER TABLE "knowledge_items" ALTER COLUMN "evidence" SET DATA TYPE "public"."enum_knowledge_items_evidence" USING "evidence"::"public"."enum_knowledge_items_evidence";
  ALTER TABLE "_knowledge_items_v" ALTER COLUMN "version_evidence" SET DATA TYPE text;
  UPDATE "_knowledge_items_v" SET "version_evidence" = CASE "version_evidence" WHEN 'repeated' THEN 'described' WHEN 'research' THEN 'substantiated' WHEN 'evaluated' THEN 'effect-studied' ELSE "version_evidence" END;
  DROP TYPE "public"."enum__knowledge_items_v_version_evidence";
  CREATE TYPE "public"."enum__knowledge_items_v_version_evidence" AS ENUM('practice', 'described', 'substantiated', 'effect-studied');
  ALTER TABLE "_knowledge_items_v" ALTER COLUMN "version_evidence" SET DATA TYPE "public"."enum__knowledge_items_v_version_evidence" USING "version_evidence"::"public"."enum__knowledge_items_v_version_evidence";
  DROP INDEX "knowledge_items_evidence_assigned_by_idx";
  DROP INDEX "_knowledge_items_v_version_version_evidence_assigned_by_idx";
  ALTER TABLE "knowledge_items" drop column "search";
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C') || array_to_tsvector("facet_keys")) STORED;
  ALTER TABLE "knowledge_items" DROP COLUMN "template_background";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_aim";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_target_group";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_approach";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_results";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_what_worked";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_conditions";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_costs";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_sources";
  ALTER TABLE "knowledge_items" DROP COLUMN "evidence_assigned_at";
  ALTER TABLE "knowledge_items" DROP COLUMN "evidence_assigned_by_id";
  ALTER TABLE "knowledge_items" DROP COLUMN "region_scope";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_background";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_aim";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_target_group";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_approach";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_results";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_what_worked";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_conditions";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_costs";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_sources";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_evidence_assigned_at";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_evidence_assigned_by_id";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_region_scope";
  DROP TYPE "public"."enum_knowledge_items_region_scope";
  DROP TYPE "public"."enum__knowledge_items_v_version_region_scope";
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");

CREATE OR REPLACE FUNCTION kb_item_facet_keys(item_id integer, item_type text, item_published timestamptz)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT array_remove(ARRAY[
      'type:' || item_type,
      'year:' || extract(year FROM item_published AT TIME ZONE 'Europe/Amsterdam')::int
    ], NULL) || coalesce((SELECT array_agg(DISTINCT key ORDER BY key) FROM (
      SELECT 'theme:' || r.themes_id AS key FROM public.knowledge_items_rels r
        WHERE r.parent_id = item_id AND r.path = 'themes' AND r.themes_id IS NOT NULL
      UNION SELECT 'programme:' || r.programmes_id FROM public.knowledge_items_rels r
        WHERE r.parent_id = item_id AND r.path = 'programmes' AND r.programmes_id IS NOT NULL
      UNION SELECT 'audience:' || a.value FROM public.knowledge_items_audience a WHERE a.parent_id = item_id
      UNION SELECT 'region:' || up.id FROM (
        WITH RECURSIVE up(id) AS (
          SELECT r.regions_id FROM public.knowledge_items_rels r
            WHERE r.parent_id = item_id AND r.path = 'regions' AND r.regions_id IS NOT NULL
          UNION SELECT g.parent_id FROM public.regions g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL
        ) SELECT id FROM up) up
    ) keys), '{}')
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_facet_keys(NEW.id, NEW.type::text, NEW.published_at);
  RETURN NEW;
END $fn$;

-- Statement level: the transition tables hold the relation rows the statement inserted or deleted.
CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at)
      WHERE id IN (SELECT parent_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at)
      WHERE id IN (SELECT parent_id FROM old_rows);
  ELSE
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at)
      WHERE id IN (SELECT parent_id FROM new_rows UNION SELECT parent_id FROM old_rows);
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_facet_keys(ki.id, ki.type::text, ki.published_at)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

-- A set of keys in its one stored form: distinct, in byte order.
CREATE OR REPLACE FUNCTION kb_facet_set(keys text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT ARRAY(SELECT DISTINCT key COLLATE "C" FROM unnest(keys) key ORDER BY 1)
$fn$;

-- Every subset of at most 3 keys, each in its stored form, the empty set included.
CREATE OR REPLACE FUNCTION kb_facet_subsets(keys text[]) RETURNS SETOF text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  WITH k AS (SELECT key, row_number() OVER (ORDER BY key COLLATE "C") AS i FROM unnest(kb_facet_set(keys)) key)
  SELECT '{}'::text[]
  UNION ALL SELECT ARRAY[a.key] FROM k a
  UNION ALL SELECT ARRAY[a.key, b.key] FROM k a JOIN k b ON a.i < b.i
  UNION ALL SELECT ARRAY[a.key, b.key, c.key] FROM k a JOIN k b ON a.i < b.i JOIN k c ON b.i < c.i
$fn$;

-- Looked up by exact set; the single keys (every facet value in use) have an index of their own.
CREATE TABLE IF NOT EXISTS public.knowledge_facet_counts (keys text[] PRIMARY KEY, n integer NOT NULL);
CREATE INDEX IF NOT EXISTS knowledge_facet_counts_single_idx ON public.knowledge_facet_counts (keys) WHERE cardinality(keys) = 1;

-- A published item counts with its keys; a draft does not count. Changes are applied as deltas in
-- key order under one transaction-level lock, so concurrent saves cannot deadlock on the counts.
CREATE OR REPLACE FUNCTION kb_facet_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  old_keys text[] := CASE WHEN TG_OP <> 'INSERT' AND OLD._status = 'published' THEN OLD.facet_keys END;
  new_keys text[] := CASE WHEN TG_OP <> 'DELETE' AND NEW._status = 'published' THEN NEW.facet_keys END;
BEGIN
  IF old_keys IS NOT DISTINCT FROM new_keys THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('knowledge_facet_counts'));
  INSERT INTO public.knowledge_facet_counts AS c (keys, n)
    SELECT s, sum(d) FROM (
      SELECT s, -1 AS d FROM kb_facet_subsets(old_keys) s
      UNION ALL SELECT s, 1 FROM kb_facet_subsets(new_keys) s
    ) delta GROUP BY s HAVING sum(d) <> 0 ORDER BY s
  ON CONFLICT (keys) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $fn$;

DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();
DROP TRIGGER IF EXISTS knowledge_items_facet_counts ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_counts AFTER INSERT OR UPDATE OR DELETE ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_facet_counts_changed();
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys ON public.knowledge_items_rels;
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys_insert ON public.knowledge_items_rels;
CREATE TRIGGER knowledge_items_rels_facet_keys_insert AFTER INSERT ON public.knowledge_items_rels
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys_update ON public.knowledge_items_rels;
CREATE TRIGGER knowledge_items_rels_facet_keys_update AFTER UPDATE ON public.knowledge_items_rels
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys_delete ON public.knowledge_items_rels;
CREATE TRIGGER knowledge_items_rels_facet_keys_delete AFTER DELETE ON public.knowledge_items_rels
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys ON public.knowledge_items_audience;
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys_insert ON public.knowledge_items_audience;
CREATE TRIGGER knowledge_items_audience_facet_keys_insert AFTER INSERT ON public.knowledge_items_audience
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys_update ON public.knowledge_items_audience;
CREATE TRIGGER knowledge_items_audience_facet_keys_update AFTER UPDATE ON public.knowledge_items_audience
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys_delete ON public.knowledge_items_audience;
CREATE TRIGGER knowledge_items_audience_facet_keys_delete AFTER DELETE ON public.knowledge_items_audience
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS regions_facet_keys ON public.regions;
CREATE TRIGGER regions_facet_keys AFTER UPDATE OF parent_id ON public.regions
  FOR EACH STATEMENT EXECUTE FUNCTION kb_region_tree_changed();

DROP FUNCTION IF EXISTS kb_item_keys(integer, text, timestamptz, text);
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at);
    TRUNCATE public.knowledge_facet_counts;
    INSERT INTO public.knowledge_facet_counts (keys, n)
      SELECT s, count(*) FROM public.knowledge_items ki, kb_facet_subsets(ki.facet_keys) s WHERE ki._status = 'published' GROUP BY s;

-- 20261201_170347_event_audience up

CREATE TYPE "public"."enum_events_audience" AS ENUM('municipalities', 'province', 'civil-society', 'knowledge-institutions', 'businesses', 'residents');
  CREATE TYPE "public"."enum__events_v_version_audience" AS ENUM('municipalities', 'province', 'civil-society', 'knowledge-institutions', 'businesses', 'residents');
  CREATE TABLE "events_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "events_audience" ADD CONSTRAINT "events_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_audience" ADD CONSTRAINT "_events_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_audience_order_idx" ON "events_audience" USING btree ("order");
  CREATE INDEX "events_audience_parent_idx" ON "events_audience" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_audience_order_idx" ON "_events_v_version_audience" USING btree ("order");
  CREATE INDEX "_events_v_version_audience_parent_idx" ON "_events_v_version_audience" USING btree ("parent_id");

-- 20261201_170347_event_audience down

DROP TABLE "events_audience" CASCADE;
  DROP TABLE "_events_v_version_audience" CASCADE;
  DROP TYPE "public"."enum_events_audience";
  DROP TYPE "public"."enum__events_v_version_audience";

-- 20261201_175828_synonyms up

CREATE TABLE "synonyms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"words" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "synonyms_id" integer;
  CREATE INDEX "synonyms_updated_at_idx" ON "synonyms" USING btree ("updated_at");
  CREATE INDEX "synonyms_created_at_idx" ON "synonyms" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_synonyms_fk" FOREIGN KEY ("synonyms_id") REFERENCES "public"."synonyms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_synonyms_id_idx" ON "payload_locked_documents_rels" USING btree ("synonyms_id");

-- 20261201_175828_synonyms down

ALTER TABLE "synonyms" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "synonyms" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_synonyms_fk";
  
  DROP INDEX "payload_locked_documents_rels_synonyms_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "synonyms_id";

-- 20261201_190000_region_hierarchy up

-- Every region with every region strictly above it.
CREATE OR REPLACE VIEW public.kb_region_ancestors AS
  WITH RECURSIVE up(region_id, ancestor_id) AS (
    SELECT id, parent_id FROM public.regions WHERE parent_id IS NOT NULL
    UNION SELECT up.region_id, g.parent_id FROM public.regions g JOIN up ON g.id = up.ancestor_id WHERE g.parent_id IS NOT NULL
  ) SELECT region_id, ancestor_id FROM up;

CREATE OR REPLACE FUNCTION kb_item_region_keys(item_id integer, item_scope text) RETURNS text[] LANGUAGE sql STABLE AS $fn$
  WITH named AS (
    SELECT DISTINCT r.regions_id AS id FROM public.knowledge_items_rels r
      WHERE r.parent_id = item_id AND r.path = 'regions' AND r.regions_id IS NOT NULL),
  -- Named regions that no other named region lies above.
  outer_named AS (
    SELECT id FROM named n WHERE NOT EXISTS (
      SELECT 1 FROM public.kb_region_ancestors a JOIN named m ON m.id = a.ancestor_id WHERE a.region_id = n.id))
  SELECT CASE WHEN coalesce(item_scope, 'brabant') = 'brabant' THEN ARRAY['whole:all'] ELSE ARRAY(
    SELECT key FROM (
      SELECT 'whole:' || id AS key FROM outer_named
      UNION SELECT 'region:' || id FROM outer_named
      UNION SELECT 'region:' || a.ancestor_id FROM outer_named o JOIN public.kb_region_ancestors a ON a.region_id = o.id
    ) keys ORDER BY key) END
$fn$;

DROP FUNCTION IF EXISTS kb_item_keys(integer, text, timestamptz, text);
CREATE OR REPLACE FUNCTION kb_item_keys(item_id integer, item_type text, item_published timestamptz, item_evidence text, item_scope text)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT ARRAY(SELECT key FROM unnest(kb_item_facet_keys(item_id, item_type, item_published)) key WHERE key NOT LIKE 'region:%')
    || CASE WHEN item_evidence IS NULL THEN '{}'::text[] ELSE ARRAY['evidence:' || item_evidence] END
    || kb_item_region_keys(item_id, item_scope)
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_keys(NEW.id, NEW.type::text, NEW.published_at, NEW.evidence::text, NEW.region_scope::text);
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text, region_scope::text)
      WHERE id IN (SELECT parent_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text, region_scope::text)
      WHERE id IN (SELECT parent_id FROM old_rows);
  ELSE
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text, region_scope::text)
      WHERE id IN (SELECT parent_id FROM new_rows UNION SELECT parent_id FROM old_rows);
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_keys(ki.id, ki.type::text, ki.published_at, ki.evidence::text, ki.region_scope::text)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at, evidence, region_scope ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();

UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text, region_scope::text);
TRUNCATE public.knowledge_facet_counts;
INSERT INTO public.knowledge_facet_counts (keys, n)
  SELECT s, count(*) FROM public.knowledge_items ki, kb_facet_subsets(ki.facet_keys) s WHERE ki._status = 'published' GROUP BY s;

-- 20261201_190000_region_hierarchy down

DROP FUNCTION IF EXISTS kb_item_keys(integer, text, timestamptz, text, text);
DROP FUNCTION IF EXISTS kb_item_region_keys(integer, text);
DROP VIEW IF EXISTS public.kb_region_ancestors;
CREATE OR REPLACE FUNCTION kb_item_keys(item_id integer, item_type text, item_published timestamptz, item_evidence text)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT kb_item_facet_keys(item_id, item_type, item_published)
    || CASE WHEN item_evidence IS NULL THEN '{}'::text[] ELSE ARRAY['evidence:' || item_evidence] END
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_keys(NEW.id, NEW.type::text, NEW.published_at, NEW.evidence::text);
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM old_rows);
  ELSE
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM new_rows UNION SELECT parent_id FROM old_rows);
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_keys(ki.id, ki.type::text, ki.published_at, ki.evidence::text)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at, evidence ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();

UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text);
TRUNCATE public.knowledge_facet_counts;
INSERT INTO public.knowledge_facet_counts (keys, n)
  SELECT s, count(*) FROM public.knowledge_items ki, kb_facet_subsets(ki.facet_keys) s WHERE ki._status = 'published' GROUP BY s;

-- 20261202_164649_figures up

CREATE TYPE "public"."enum_indicators_direction" AS ENUM('higher', 'lower', 'neutral');
  CREATE TYPE "public"."enum_indicators_licence" AS ENUM('cc-by-4.0', 'cc0-1.0');
  CREATE TYPE "public"."enum_observations_status" AS ENUM('definitive', 'provisional', 'revised-provisional');
  CREATE TYPE "public"."enum_figure_imports_format" AS ENUM('csv', 'odata-v3', 'odata-v4');
  CREATE TYPE "public"."enum_figure_imports_result" AS ENUM('imported', 'refused');
  ALTER TYPE "public"."enum_regions_kind" ADD VALUE 'country';
  CREATE TABLE "observations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"region_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"value" numeric NOT NULL,
  	"status" "enum_observations_status" DEFAULT 'definitive' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "figure_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"format" "enum_figure_imports_format" DEFAULT 'csv' NOT NULL,
  	"table" varchar,
  	"measure" varchar,
  	"result" "enum_figure_imports_result",
  	"added" numeric,
  	"updated" numeric,
  	"unchanged" numeric,
  	"skipped" numeric,
  	"rejected" numeric,
  	"report" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  ALTER TABLE "indicators" RENAME COLUMN "definition" TO "description";
  ALTER TABLE "indicators" ADD COLUMN "decimals" numeric DEFAULT 1 NOT NULL;
  ALTER TABLE "indicators" ADD COLUMN "direction" "enum_indicators_direction" DEFAULT 'higher' NOT NULL;
  ALTER TABLE "indicators" ADD COLUMN "source_table" varchar;
  ALTER TABLE "indicators" ADD COLUMN "source_measure" varchar;
  ALTER TABLE "indicators" ADD COLUMN "definition_url" varchar;
  ALTER TABLE "indicators" ADD COLUMN "licence" "enum_indicators_licence" DEFAULT 'cc-by-4.0' NOT NULL;
  ALTER TABLE "indicators" ADD COLUMN "example_data" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "observations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "figure_imports_id" integer;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "figure_imports" ADD CONSTRAINT "figure_imports_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "observations_indicator_idx" ON "observations" USING btree ("indicator_id");
  CREATE INDEX "observations_region_idx" ON "observations" USING btree ("region_id");
  CREATE INDEX "observations_updated_at_idx" ON "observations" USING btree ("updated_at");
  CREATE INDEX "observations_created_at_idx" ON "observations" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicator_region_year_idx" ON "observations" USING btree ("indicator_id","region_id","year");
  CREATE INDEX "figure_imports_indicator_idx" ON "figure_imports" USING btree ("indicator_id");
  CREATE INDEX "figure_imports_updated_at_idx" ON "figure_imports" USING btree ("updated_at");
  CREATE INDEX "figure_imports_created_at_idx" ON "figure_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "figure_imports_filename_idx" ON "figure_imports" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_observations_fk" FOREIGN KEY ("observations_id") REFERENCES "public"."observations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_figure_imports_fk" FOREIGN KEY ("figure_imports_id") REFERENCES "public"."figure_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_observations_id_idx" ON "payload_locked_documents_rels" USING btree ("observations_id");
  CREATE INDEX "payload_locked_documents_rels_figure_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("figure_imports_id");
  INSERT INTO "observations" ("indicator_id", "region_id", "year", "value")
    SELECT "_parent_id", "region_id", "year", "value" FROM "indicators_values" ON CONFLICT DO NOTHING;
  DROP TABLE "indicators_values" CASCADE;

-- 20261202_164649_figures down

CREATE TABLE "indicators_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"region_id" integer NOT NULL,
  	"value" numeric NOT NULL
  );
  
  ALTER TABLE "indicators" RENAME COLUMN "description" TO "definition";
  INSERT INTO "indicators_values" ("_order", "_parent_id", "id", "year", "region_id", "value")
    SELECT row_number() OVER (PARTITION BY "indicator_id" ORDER BY "year", "region_id"), "indicator_id", md5(random()::text), "year", "region_id", "value" FROM "observations" WHERE "region_id" NOT IN (SELECT "id" FROM "regions" WHERE "kind"::text = 'country');
  ALTER TABLE "observations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "figure_imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "observations" CASCADE;
  DROP TABLE "figure_imports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_observations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_figure_imports_fk";
  
  DELETE FROM "regions" WHERE "kind"::text = 'country';
  ALTER TABLE "regions" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_regions_kind";
  CREATE TYPE "public"."enum_regions_kind" AS ENUM('province', 'region', 'municipality');
  ALTER TABLE "regions" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_regions_kind" USING "kind"::"public"."enum_regions_kind";
  DROP INDEX "payload_locked_documents_rels_observations_id_idx";
  DROP INDEX "payload_locked_documents_rels_figure_imports_id_idx";
  ALTER TABLE "indicators_values" ADD CONSTRAINT "indicators_values_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators_values" ADD CONSTRAINT "indicators_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "indicators_values_order_idx" ON "indicators_values" USING btree ("_order");
  CREATE INDEX "indicators_values_parent_id_idx" ON "indicators_values" USING btree ("_parent_id");
  CREATE INDEX "indicators_values_region_idx" ON "indicators_values" USING btree ("region_id");
  ALTER TABLE "indicators" DROP COLUMN "decimals";
  ALTER TABLE "indicators" DROP COLUMN "direction";
  ALTER TABLE "indicators" DROP COLUMN "source_table";
  ALTER TABLE "indicators" DROP COLUMN "source_measure";
  ALTER TABLE "indicators" DROP COLUMN "definition_url";
  ALTER TABLE "indicators" DROP COLUMN "licence";
  ALTER TABLE "indicators" DROP COLUMN "example_data";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "observations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "figure_imports_id";
  DROP TYPE "public"."enum_indicators_direction";
  DROP TYPE "public"."enum_indicators_licence";
  DROP TYPE "public"."enum_observations_status";
  DROP TYPE "public"."enum_figure_imports_format";
  DROP TYPE "public"."enum_figure_imports_result";

-- 20261202_172032_region_tiles up

ALTER TABLE "regions" ADD COLUMN "tile_row" numeric;
  ALTER TABLE "regions" ADD COLUMN "tile_column" numeric;
  -- Places in the tile map for Brabant's COROP regions and the municipalities of the demo (by CBS code).
  UPDATE "regions" r SET "tile_row" = t.row_number, "tile_column" = t.column_number
    FROM (VALUES ('CR34', 1, 1), ('CR35', 1, 2), ('CR36', 1, 3), ('CR37', 2, 3),
      ('GM0748', 3, 1), ('GM1674', 2, 2), ('GM0758', 2, 3), ('GM0855', 2, 4), ('GM0796', 1, 5), ('GM0828', 1, 6), ('GM0772', 3, 5), ('GM0794', 3, 6))
      AS t(code, row_number, column_number)
    WHERE r."cbs_code" = t.code AND r."tile_row" IS NULL;

-- 20261202_172032_region_tiles down

ALTER TABLE "regions" DROP COLUMN "tile_row";
  ALTER TABLE "regions" DROP COLUMN "tile_column";

-- 20261202_202215_search_head up

ALTER TABLE "knowledge_items" ADD COLUMN "search_head" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B')) STORED;
  CREATE INDEX "knowledge_items_search_head_idx" ON "knowledge_items" USING gin ("search_head") WHERE _status = 'published';

-- 20261202_202215_search_head down

DROP INDEX "knowledge_items_search_head_idx";
  ALTER TABLE "knowledge_items" DROP COLUMN "search_head";

-- 20261202_204308_usage up

CREATE TABLE "page_views" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" timestamp(3) with time zone NOT NULL,
  	"path" varchar NOT NULL,
  	"views" numeric NOT NULL
  );
  
  CREATE TABLE "search_queries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" timestamp(3) with time zone NOT NULL,
  	"query" varchar NOT NULL,
  	"searches" numeric NOT NULL,
  	"results" numeric NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "page_views_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_queries_id" integer;
  CREATE INDEX "page_views_day_idx" ON "page_views" USING btree ("day");
  CREATE UNIQUE INDEX "day_path_idx" ON "page_views" USING btree ("day","path");
  CREATE INDEX "search_queries_day_idx" ON "search_queries" USING btree ("day");
  CREATE UNIQUE INDEX "day_query_idx" ON "search_queries" USING btree ("day","query");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_views_fk" FOREIGN KEY ("page_views_id") REFERENCES "public"."page_views"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_queries_fk" FOREIGN KEY ("search_queries_id") REFERENCES "public"."search_queries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_page_views_id_idx" ON "payload_locked_documents_rels" USING btree ("page_views_id");
  CREATE INDEX "payload_locked_documents_rels_search_queries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_queries_id");

-- 20261202_204308_usage down

ALTER TABLE "page_views" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_queries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "page_views" CASCADE;
  DROP TABLE "search_queries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_page_views_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_queries_fk";
  
  DROP INDEX "payload_locked_documents_rels_page_views_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_queries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "page_views_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_queries_id";

-- 20261202_224902_feedback up

CREATE TYPE "public"."enum_feedback_useful" AS ENUM('yes', 'no');
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" timestamp(3) with time zone NOT NULL,
  	"useful" "enum_feedback_useful" NOT NULL,
  	"remark" varchar,
  	"handled" boolean DEFAULT false,
  	"item_id" integer,
  	"page_id" integer,
  	"token" varchar NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feedback_day_idx" ON "feedback" USING btree ("day");
  CREATE INDEX "feedback_handled_idx" ON "feedback" USING btree ("handled");
  CREATE INDEX "feedback_item_idx" ON "feedback" USING btree ("item_id");
  CREATE INDEX "feedback_page_idx" ON "feedback" USING btree ("page_id");
  CREATE UNIQUE INDEX "feedback_token_idx" ON "feedback" USING btree ("token");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");

-- 20261202_224902_feedback down

ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  DROP TYPE "public"."enum_feedback_useful";

-- 20261202_230536_contributions up

CREATE TYPE "public"."enum_knowledge_items_submission_status" AS ENUM('submitted', 'accepted', 'rejected');
  CREATE TYPE "public"."enum__knowledge_items_v_version_submission_status" AS ENUM('submitted', 'accepted', 'rejected');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeContributions' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeContributions' BEFORE 'schedulePublish';
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_status" "enum_knowledge_items_submission_status";
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_name" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_email" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_organisation" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_rejected_at" timestamp(3) with time zone;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_status" "enum__knowledge_items_v_version_submission_status";
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_name" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_email" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_organisation" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_rejected_at" timestamp(3) with time zone;
  ALTER TABLE "media" ADD COLUMN "submitted" boolean DEFAULT false;
  CREATE INDEX "knowledge_items_submission_submission_status_idx" ON "knowledge_items" USING btree ("submission_status");
  CREATE INDEX "_knowledge_items_v_version_submission_version_submission_idx" ON "_knowledge_items_v" USING btree ("version_submission_status");
  CREATE INDEX "media_submitted_idx" ON "media" USING btree ("submitted");

-- 20261202_230536_contributions down

ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshSearchTerms', 'promoteWaiting', 'purgeRegistrations', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshSearchTerms', 'promoteWaiting', 'purgeRegistrations', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "knowledge_items_submission_submission_status_idx";
  DROP INDEX "_knowledge_items_v_version_submission_version_submission_idx";
  DROP INDEX "media_submitted_idx";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_status";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_name";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_email";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_organisation";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_submitted_at";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_rejected_at";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_status";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_name";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_email";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_organisation";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_submitted_at";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_rejected_at";
  ALTER TABLE "media" DROP COLUMN "submitted";
  DROP TYPE "public"."enum_knowledge_items_submission_status";
  DROP TYPE "public"."enum__knowledge_items_v_version_submission_status";

-- 20261203_020146_public_media up

ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  UPDATE "media" SET "public" = true WHERE "submitted" IS NOT TRUE;

-- 20261203_020146_public_media down

DROP INDEX "media_public_idx";
  ALTER TABLE "media" DROP COLUMN "public";

-- 20261203_072933_media_object_storage up

ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;

-- 20261203_072933_media_object_storage down

ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";

-- 20261203_074105_search_top_lists up

CREATE MATERIALIZED VIEW "search_lexemes" AS
  SELECT word AS lexeme, ndoc AS items, now() AS refreshed_at
  FROM ts_stat($q$SELECT search FROM public.knowledge_items WHERE _status = 'published'$q$)
  WHERE strpos(word, ':') = 0;
CREATE UNIQUE INDEX "search_lexemes_lexeme_idx" ON "search_lexemes" ("lexeme");

CREATE MATERIALIZED VIEW "search_top" AS
  WITH common AS (
    SELECT word FROM ts_stat($q$SELECT search FROM public.knowledge_items WHERE _status = 'published'$q$)
    WHERE ndoc >= 1000 AND strpos(word, ':') = 0),
  -- Each item's vector read from TOAST once, not once per lexeme: the concatenation makes it one value
  -- in memory, and OFFSET 0 keeps the planner from copying the expression into every use.
  items AS (SELECT id, published_at, search || ''::tsvector AS v FROM public.knowledge_items WHERE _status = 'published' OFFSET 0),
  scored AS (
    SELECT u.lexeme, i.id AS item_id, i.published_at, ts_rank(i.v, quote_literal(u.lexeme)::tsquery) AS score
    FROM items i CROSS JOIN LATERAL unnest(i.v) u WHERE u.lexeme IN (SELECT word FROM common))
  SELECT lexeme, item_id, score FROM (
    SELECT lexeme, item_id, score,
      row_number() OVER (PARTITION BY lexeme COLLATE "C" ORDER BY score DESC, published_at DESC NULLS LAST, item_id) AS place
    FROM scored) ranked
  WHERE place <= 1000;
CREATE UNIQUE INDEX "search_top_item_idx" ON "search_top" ("lexeme", "item_id");
CREATE INDEX "search_top_order_idx" ON "search_top" ("lexeme", "score" DESC, "item_id");

ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshSearchLists' BEFORE 'promoteWaiting';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshSearchLists' BEFORE 'promoteWaiting';

-- 20261203_074105_search_top_lists down

DROP MATERIALIZED VIEW IF EXISTS "search_top"; DROP MATERIALIZED VIEW IF EXISTS "search_lexemes";

ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshSearchTerms', 'promoteWaiting', 'purgeRegistrations', 'purgeContributions', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshSearchTerms', 'promoteWaiting', 'purgeRegistrations', 'purgeContributions', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";

-- 20261203_140512_search_head_lists up

CREATE MATERIALIZED VIEW "search_head_top" AS
  WITH common AS (
    SELECT word FROM ts_stat($q$SELECT search_head FROM public.knowledge_items WHERE _status = 'published'$q$) WHERE ndoc >= 100),
  scored AS (
    SELECT u.lexeme, i.id AS item_id, i.published_at, ts_rank(i.search_head, quote_literal(u.lexeme)::tsquery) AS score
    FROM public.knowledge_items i CROSS JOIN LATERAL unnest(i.search_head) u
    WHERE i._status = 'published' AND u.lexeme IN (SELECT word FROM common))
  SELECT lexeme, item_id, score, published_at FROM (
    SELECT lexeme, item_id, score, published_at,
      row_number() OVER (PARTITION BY lexeme COLLATE "C" ORDER BY score DESC, published_at DESC NULLS LAST, item_id) AS place
    FROM scored) ranked
  WHERE place <= 200;
CREATE UNIQUE INDEX "search_head_top_item_idx" ON "search_head_top" ("lexeme", "item_id");
CREATE INDEX "search_head_top_order_idx" ON "search_head_top" ("lexeme", "score" DESC, "published_at" DESC NULLS LAST, "item_id");

-- 20261203_140512_search_head_lists down

DROP MATERIALIZED VIEW IF EXISTS "search_head_top";

/**
 * True only under `astro dev` (set by src/integrations/content-check.ts). Not import.meta.env.DEV,
 * which is also true for a build run with NODE_ENV other than production (as under a test
 * runner): built pages must never get the dev server's looser policy.
 */
declare const __SITE_DEV_SERVER__: boolean;

// What a page hands the story kit's components for the request it renders (see src/lib/site/story.ts).
declare namespace App {
	interface Locals {
		/** Set by a brand page before it renders the brand's MDX story. */
		story?: import('./lib/site/story.ts').StoryData;
	}
}

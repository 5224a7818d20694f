// What a page hands the story kit's components for the request it renders (see src/lib/site/story.ts).
declare namespace App {
	interface Locals {
		/** Set by a brand page before it renders the brand's MDX story. */
		story?: import('./lib/site/story.ts').StoryData;
	}
}

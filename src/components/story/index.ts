/**
 * The story kit's components, by the names editors write in a brand's MDX story. Brand pages
 * pass this map when they render a story, so editors never import anything; the names and props
 * are those of `src/schemas/story-kit.ts`, which the content checker holds stories to.
 */
import type { StoryComponent } from '../../schemas/story-kit.ts';
import CaseHighlight from './CaseHighlight.astro';
import Event from './Event.astro';
import Highlight from './Highlight.astro';
import Highlights from './Highlights.astro';
import Moment from './Moment.astro';
import Note from './Note.astro';
import Practices from './Practices.astro';
import Quote from './Quote.astro';
import StatTiles from './StatTiles.astro';
import Timeline from './Timeline.astro';

export const storyComponents = {
	StatTiles,
	Quote,
	Moment,
	Practices,
	Highlights,
	Highlight,
	CaseHighlight,
	Timeline,
	Event,
	Note,
} satisfies Record<StoryComponent, unknown>;

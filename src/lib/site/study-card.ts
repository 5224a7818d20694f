/** What the 学习卡 prints besides the entry's own text, so paper never says a thing twice. */
import type { Figure } from '../../schemas/figure.ts';
import { formatFigure } from './format.ts';

/**
 * The figures the card still has to list under 成效: those the practice's own text (printed
 * above under 怎么做) does not already state. A figure counts as stated where its value and unit
 * appear in the text, spaces aside (editors write “50 余件” for 50余件), and not as the tail of a
 * larger number (3件 is not stated by “13件”).
 */
export function figuresNotInText<F extends Pick<Figure, 'value' | 'unit' | 'approx' | 'display'>>(
	figures: readonly F[],
	text: string,
): F[] {
	const flat = text.replace(/\s+/g, '');
	return figures.filter((f) => {
		const shown = formatFigure(f).replace(/\s+/g, '');
		const escaped = shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return !new RegExp(`(?<![0-9.])${escaped}`).test(flat);
	});
}

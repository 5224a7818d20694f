/**
 * How many sheets a page prints on, asked of Chromium's own print layout. A whole PDF of a
 * 学习卡 takes Chromium about a second (it draws every sheet and embeds subsets of the CJK font);
 * asking for one sheet past a limit takes about 20 ms, because when there is no such sheet
 * Chromium lays the page out for print, finds the range beyond its page count and draws nothing.
 * The print tests ask whether a page runs past its budget, and print it whole only to say by how
 * much when it does.
 */
import type { Page } from 'playwright-core';

/** What the tests print with: the sheet size print.css's `@page` asks for, backgrounds on. */
export const printOptions = { preferCSSPageSize: true, printBackground: true } as const;

/** The number of sheets in a PDF Chromium wrote: one page object each. */
export function sheetsIn(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Chromium's answer to a page range past the end (Page.printToPDF). */
const pastTheEnd = /Page range exceeds page count/;

/**
 * Whether the page, printed as it is now, runs to more than `budget` sheets. Any other failure
 * of the print is thrown, so a changed message in a new Chromium fails the test, never passes it.
 */
export async function printsBeyond(page: Page, budget: number): Promise<boolean> {
	try {
		await page.pdf({ ...printOptions, pageRanges: String(budget + 1) });
		return true;
	} catch (error) {
		if (pastTheEnd.test(String(error))) return false;
		throw error;
	}
}

/** The sheets the page prints on: `budget` or fewer when it keeps to it, else the whole count. */
export async function sheetsOver(page: Page, budget: number): Promise<number | undefined> {
	if (!(await printsBeyond(page, budget))) return undefined;
	return sheetsIn(await page.pdf(printOptions));
}

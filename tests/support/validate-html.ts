/**
 * HTML validation of built pages with html-validate's recommended rules. Rules turned off are
 * listed with the reason (two, adjusted); everything else must pass with zero errors.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Checkbox groups (the search filters) share one name per group, as HTML intends: the form
		// submits every ticked value under that name. Radios are shared by default; checkboxes are
		// added here.
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
		// A heading whose words carry <wbr> also carries its own text as aria-label
		// (src/lib/site/word-breaks.ts): Chromium names it with a space per <wbr> otherwise. The
		// rule discourages a heading's aria-label because some screen readers read the text
		// instead; here the two are the same (tests/browser/accessible-names.test.ts checks each
		// label the build gives against the name its text alone gives), so either is right. A
		// heading label written by hand is not checked by this rule any more. Every other element
		// as before.
		'aria-label-misuse': ['error', { elements: { exclude: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] } }],
	},
};

export interface HtmlError {
	file: string;
	line: number;
	rule: string;
	message: string;
}

export async function validateHtml(
	files: Array<{ file: string; html: string }>,
): Promise<HtmlError[]> {
	const validator = new HtmlValidate(htmlValidateConfig);
	const errors: HtmlError[] = [];
	for (const { file, html } of files) {
		const report = await validator.validateString(html, file);
		for (const result of report.results) {
			for (const m of result.messages)
				errors.push({ file, line: m.line, rule: m.ruleId, message: m.message });
		}
	}
	return errors;
}

// @ts-check
/**
 * ESLint (flat config): JavaScript's and TypeScript's recommended rules, Astro's, and Astro's
 * accessibility rules (eslint-plugin-jsx-a11y-x, the fork of eslint-plugin-jsx-a11y that supports
 * ESLint 10; eslint-plugin-astro loads either). Formatting is Prettier's job, not ESLint's.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: ['dist/', '.cache/', '.astro/', 'node_modules/', 'public/pagefind/'],
	},
	js.configs.recommended,
	tseslint.configs.strict,
	astro.configs.recommended,
	astro.configs['jsx-a11y-strict'],
	{
		// __SITE_DEV_SERVER__: true only under astro dev (src/env.d.ts).
		languageOptions: {
			globals: { ...globals.node, ...globals.browser, __SITE_DEV_SERVER__: 'readonly' },
		},
		rules: {
			// tsconfig has noUncheckedIndexedAccess: a `!` after a lookup the line before guarantees
			// (a Map entry just set, a regex group that matched) is the idiom it asks for, and
			// each one is reviewed; banning them would mean 230 casts or dead branches.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// A leading underscore names what is left out on purpose (`const { a: _a, ...rest }`).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},
);

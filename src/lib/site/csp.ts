/**
 * The site's Content Security Policy, in one place: the `<meta>` every page carries and the
 * header nginx sends are both built from it (a test keeps deploy/nginx-site.conf in step).
 * Nothing inline may run or style: scripts and styles come from the site's own files only.
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval') and may start its worker from a blob.
 */
const policy: Record<string, string[]> = {
	'default-src': ["'self'"],
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
	'img-src': ["'self'"],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'worker-src': ["'self'", 'blob:'],
	'manifest-src': ["'self'"],
	'frame-src': ["'none'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
};

const serialize = (p: Record<string, string[]>) =>
	Object.entries(p)
		.map(([k, v]) => `${k} ${v.join(' ')}`)
		.join('; ');

/** For `<meta http-equiv="Content-Security-Policy">`, which cannot carry frame-ancestors. */
export const metaPolicy = serialize(policy);

/**
 * What pages carry under `npm run dev`: the same policy, but with inline styles and scripts,
 * which the dev server needs and the built site never has. Vite serves each stylesheet as an
 * inline <style> so that it can swap it on save, and Astro's toolbar and error overlay run
 * inline. Under the built policy the dev preview was unstyled (70 blocked styles on a brand
 * page); everything else stays as strict, so a foreign script or font still fails in dev.
 */
export const devMetaPolicy = serialize({
	...policy,
	'script-src': [...(policy['script-src'] ?? []), "'unsafe-inline'"],
	'style-src': [...(policy['style-src'] ?? []), "'unsafe-inline'"],
});

/** For the HTTP header, where frame-ancestors also applies: no site may frame these pages. */
export const headerPolicy = serialize({ ...policy, 'frame-ancestors': ["'none'"] });

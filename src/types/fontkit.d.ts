// fontkit ships no types; the site uses only `create`, typed where it is called (src/lib/share-image/glyphs.ts).
declare module 'fontkit' {
	export function create(buffer: Uint8Array): unknown;
}

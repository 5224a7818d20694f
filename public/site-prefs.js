// 大字 and 高对比, remembered across pages; loaded in <head> so the page is drawn in the chosen
// size at once. Without JavaScript the controls stay hidden; the browser's own settings hold.
(function () {
	var root = document.documentElement;
	// Controls that need this script show from the first paint (layout.css), not after load,
	// which moved the header once drawn.
	root.setAttribute('data-js', '');
	var prefs = { size: 'large', contrast: 'high' };
	function stored(key) {
		try {
			return localStorage.getItem('pref-' + key);
		} catch {
			return null;
		}
	}
	function apply(key, on) {
		if (on) root.setAttribute('data-' + key, prefs[key]);
		else root.removeAttribute('data-' + key);
	}
	for (var key in prefs) apply(key, stored(key) === prefs[key]);
	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('[data-pref]').forEach(function (button) {
			var key = button.getAttribute('data-pref');
			button.setAttribute('aria-pressed', String(root.hasAttribute('data-' + key)));
			button.addEventListener('click', function () {
				var on = !root.hasAttribute('data-' + key);
				apply(key, on);
				button.setAttribute('aria-pressed', String(on));
				try {
					if (on) localStorage.setItem('pref-' + key, prefs[key]);
					else localStorage.removeItem('pref-' + key);
				} catch {
					// Storage refused (private mode): the choice holds for this page only.
				}
			});
		});
		document.querySelectorAll('[data-print]').forEach(function (button) {
			button.addEventListener('click', function () {
				window.print();
			});
		});
		// The 学习卡's print date, again before printing; only where shown (Intl: 60–70 ms).
		function today() {
			var shown = document.querySelectorAll('[data-today]');
			if (shown.length === 0) return;
			var text = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' }).format(new Date());
			shown.forEach(function (el) {
				el.textContent = text;
			});
		}
		today();
		window.addEventListener('beforeprint', today);
	});
})();

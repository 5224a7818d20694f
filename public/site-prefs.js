// Reading preferences (大字, 高对比), remembered across pages. Loaded in <head> so the page is
// drawn in the chosen size at once. Without JavaScript the controls stay hidden and the page
// still follows the browser's own text size and contrast settings.
(function () {
	var root = document.documentElement;
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
					// Storage refused (private mode, a policy): the choice holds for this page only.
				}
			});
		});
		document.querySelectorAll('[data-print]').forEach(function (button) {
			button.addEventListener('click', function () {
				window.print();
			});
		});
		// The 学习卡's print date: the day it is printed, in the reader's own calendar, filled in
		// again just before printing in case the page was left open overnight.
		function today() {
			var text = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' }).format(new Date());
			document.querySelectorAll('[data-today]').forEach(function (el) {
				el.textContent = text;
			});
		}
		today();
		window.addEventListener('beforeprint', today);
		document.querySelectorAll('[data-needs-js]').forEach(function (el) {
			el.hidden = false;
		});
	});
})();

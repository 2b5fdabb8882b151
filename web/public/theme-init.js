// Applies the saved colour theme before the first paint so the page never flashes the wrong one.
// Loaded as a blocking, same-origin script from <head>: the CSP allows no inline scripts.
// Keep in sync with web/src/lib/theme.ts (storage key and values).
(function () {
  var theme = 'system';
  try {
    var saved = window.localStorage.getItem('daybook-theme');
    if (saved === 'light' || saved === 'dark' || saved === 'system') theme = saved;
  } catch (e) {
    // Storage can be blocked (private mode, strict settings): fall back to the system theme.
  }
  var dark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  var root = document.documentElement;
  root.classList.toggle('dark', dark);
  root.setAttribute('data-theme', theme);
})();

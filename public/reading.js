// Reading mode (大字模式): the saved choice is applied in <head>, before first paint, and the header
// button switches it. A file, not inline script: the CSP forbids inline script. Keep it under 2 KB.
(function () {
  var KEY = 'gongshi-reading';
  var root = document.documentElement;
  function saved() {
    try {
      return localStorage.getItem(KEY) === 'large';
    } catch (e) {
      return false; // storage blocked (private mode, some in-app browsers): standard size
    }
  }
  function apply(large) {
    if (large) root.setAttribute('data-reading', 'large');
    else root.removeAttribute('data-reading');
    var button = document.getElementById('reading-toggle');
    if (button) button.setAttribute('aria-pressed', String(large));
  }
  apply(saved());
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('reading-toggle');
    if (!button) return;
    apply(root.getAttribute('data-reading') === 'large');
    button.hidden = false;
    button.addEventListener('click', function () {
      var large = root.getAttribute('data-reading') !== 'large';
      apply(large);
      try {
        if (large) localStorage.setItem(KEY, 'large');
        else localStorage.removeItem(KEY);
      } catch (e) {
        // not remembered, but still switched for this page
      }
    });
  });
})();

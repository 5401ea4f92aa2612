// A failed sign-in comes back as a fresh page: put the username back, so only the password is typed again.
(function () {
  'use strict';
  var form = document.getElementById('sign-in-form');
  var username = document.getElementById('username');
  if (!form || !username) {
    return;
  }
  var key = 'judge.lastUsername';
  try {
    if (/[?&](error|locked)\b/.test(window.location.search) && !username.value) {
      username.value = window.sessionStorage.getItem(key) || '';
      if (username.value) {
        document.getElementById('password').focus();
      }
    }
    form.addEventListener('submit', function () {
      window.sessionStorage.setItem(key, username.value);
    });
  } catch (e) {
    // Storage switched off: the field simply stays empty.
  }
})();

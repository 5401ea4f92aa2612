// The contest form's problem picker: the chosen problem's slug goes to the end of the comma-separated list
// (the text field still works by hand and without JavaScript).
(function () {
  'use strict';
  var add = document.getElementById('add-problem');
  var choice = document.getElementById('problem-choice');
  var list = document.getElementById('problems');
  if (!add || !choice || !list) {
    return;
  }
  add.addEventListener('click', function () {
    var slugs = list.value.split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s; });
    if (slugs.indexOf(choice.value) < 0) {
      slugs.push(choice.value);
    }
    list.value = slugs.join(', ');
  });
})();

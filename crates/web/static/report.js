// The report page's print button. It needs a script (the page's security policy allows no
// inline one), so it is shown only where this runs: without scripts there is no dead button.
(function () {
  "use strict";
  var button = document.getElementById("print-report");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
})();

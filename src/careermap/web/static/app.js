// careermap page: a little behaviour on top of a page that works without it.
// - drop a file anywhere on the page to choose it; show the chosen file's name
// - click (or Enter on) a highlighted word to show which scores it moved
// No inline script anywhere (the Content-Security-Policy forbids it); no request to any other host.
(function () {
  "use strict";

  function fileInput() {
    var file = document.getElementById("file");
    var chosen = document.getElementById("file-name");
    var drop = document.getElementById("drop");
    if (!file || !chosen || !drop) return;
    function show() {
      chosen.textContent = file.files && file.files.length ? chosen.dataset.label + file.files[0].name : "";
    }
    file.addEventListener("change", show);
    function carriesFiles(e) {
      return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], "Files") >= 0;
    }
    ["dragenter", "dragover"].forEach(function (name) {
      document.addEventListener(name, function (e) {
        if (!carriesFiles(e)) return; // dragging text into the box stays the browser's business
        e.preventDefault();
        drop.classList.add("over");
      });
    });
    ["dragleave", "dragend"].forEach(function (name) {
      document.addEventListener(name, function () {
        drop.classList.remove("over");
      });
    });
    document.addEventListener("drop", function (e) {
      drop.classList.remove("over");
      if (!carriesFiles(e)) return;
      e.preventDefault(); // a dropped file is chosen, not opened in place of the page
      var dropped = e.dataTransfer.files;
      if (dropped && dropped.length) {
        if (dropped.length > 1 && window.DataTransfer) {
          var one = new DataTransfer(); // one résumé is read at a time: keep the first, say so
          one.items.add(dropped[0]);
          dropped = one.files;
        }
        file.files = dropped;
        show();
        if (e.dataTransfer.files.length > 1) chosen.textContent += " " + (chosen.dataset.onlyFirst || "");
      }
    });
  }

  // "answered n of 27", counted again at every answer (the server wrote the first count)
  function quizProgress() {
    var quiz = document.getElementById("quiz");
    var shown = document.getElementById("quiz-progress");
    if (!quiz || !shown) return;
    function count() {
      var names = {};
      Array.prototype.forEach.call(quiz.querySelectorAll("input[name^='q.']"), function (input) {
        var answered = input.type === "radio" ? input.checked : input.value.trim() !== "";
        if (answered) names[input.name] = true;
      });
      shown.textContent = shown.dataset.template
        .replace("{n}", String(Object.keys(names).length))
        .replace("{total}", shown.dataset.total);
    }
    quiz.addEventListener("change", count);
    quiz.addEventListener("input", count);
  }

  // after a submit: the answer's heading (the result, or the error) takes the focus and the view
  // (the form posts to "/#answer" and the heading has autofocus, so without JS the browser does it too)
  function focusAnswer() {
    var title = document.getElementById("answer-title");
    if (!title) return;
    if (document.activeElement !== title) title.focus({ preventScroll: true });
    var target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
    (target || title).scrollIntoView({ block: "start" });
  }

  function busyOnSubmit() {
    var form = document.getElementById("input-form");
    if (!form) return;
    form.addEventListener("submit", function () {
      document.body.classList.add("busy");
    });
  }

  function evidence() {
    var text = document.getElementById("your-text");
    if (!text) return;
    var hint = document.getElementById("card-hint");
    var marks = Array.prototype.slice.call(text.querySelectorAll("mark.ev"));

    function select(mark) {
      var ids = (mark.dataset.cards || "").split(" ").filter(Boolean);
      marks.forEach(function (m) {
        var shared = (m.dataset.cards || "").split(" ").some(function (id) { return ids.indexOf(id) >= 0; });
        m.classList.toggle("selected", shared);
      });
      Array.prototype.forEach.call(document.querySelectorAll("#cards .card"), function (card) {
        card.hidden = ids.indexOf(card.id) < 0;
      });
      if (hint) hint.hidden = ids.length > 0;
    }

    marks.forEach(function (mark) {
      mark.addEventListener("click", function () { select(mark); });
      mark.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          select(mark);
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    fileInput();
    busyOnSubmit();
    quizProgress();
    evidence();
    focusAnswer();
  });
  // again once loaded: the browser's own move to "#answer" comes after DOMContentLoaded and clears the focus
  window.addEventListener("load", focusAnswer);
})();

import SkillPlan

/// The workbench's style sheet and script, served from `/static/`: the export's style
/// (so plan sections look as in the exported HTML) and the workbench's own.
enum StaticFiles {
    /// `/static/workbench.css`.
    static let css =
        HTMLExporter.stylesheet + """

            body { max-width: 1180px; padding-top: 0; }
            nav.top { display: flex; gap: 18px; align-items: baseline; padding: 12px 0 10px; margin-bottom: 14px; border-bottom: 1px solid var(--rule); flex-wrap: wrap; }
            nav.top a { color: var(--ink); text-decoration: none; }
            nav.top a[aria-current] { font-weight: 700; border-bottom: 2px solid var(--ink); }
            nav.top .brand { font-weight: 700; font-size: 16px; margin-right: 8px; }
            nav.top .load { color: var(--muted); font-size: 12px; }
            nav.top .lang { margin-left: auto; border: 1px solid var(--rule); border-radius: 4px; padding: 1px 8px; }
            main.wb > h1 { margin-top: 6px; }
            a { color: #0b5cad; }
            .muted { color: var(--muted); }
            .lead { color: var(--muted); margin: 0 0 14px; max-width: 60em; }
            .cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 10px 0 16px; }
            .card { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
            .card .k { color: var(--muted); font-size: 12px; }
            .card .v { font-size: 20px; font-weight: 700; font-variant-numeric: tabular-nums; }
            .card.bad .v { color: var(--short); }
            .card.good .v { color: var(--met); }
            .actions { display: flex; gap: 10px; flex-wrap: wrap; align-items: center; margin: 10px 0 18px; padding: 10px 12px; background: var(--head); border-radius: 6px; }
            .actions form { display: inline-flex; gap: 6px; align-items: center; margin: 0; flex-wrap: wrap; }
            .button, button { display: inline-block; font: inherit; font-size: 13px; padding: 5px 12px; border-radius: 5px; border: 1px solid #8c959f;
              background: #fff; color: var(--ink); cursor: pointer; text-decoration: none; }
            .button.primary, button.primary { background: #1f6fb2; border-color: #1f6fb2; color: #fff; font-weight: 600; }
            button.danger { background: #fff; border-color: var(--short); color: var(--short); font-weight: 600; }
            input[type=text], input[type=number], input[type=password], select, textarea { font: inherit; font-size: 13px; padding: 3px 6px; border: 1px solid #8c959f; border-radius: 4px; }
            input.text { width: 24em; max-width: 100%; }
            input.wide { width: 48em; }
            .submitbar { position: sticky; bottom: 0; background: #fff; border-top: 1px solid var(--rule); padding: 10px 0; margin-top: 8px; }
            input.num { width: 8em; text-align: right; font-variant-numeric: tabular-nums; }
            .field-error input { border-color: var(--short); background: #fff5f5; }
            .error-text { color: var(--short); font-size: 12px; display: block; max-width: 34em; }
            .notice { border-left: 4px solid var(--short); background: #fff5f5; padding: 8px 12px; margin: 10px 0; }
            .notice.ok { border-color: var(--met); background: #f3fbf3; }
            .notice ul { margin: 4px 0; padding-left: 18px; }
            table.form td, table.form th { border: 1px solid var(--rule); padding: 3px 6px; font-size: 13px; vertical-align: top; }
            table.form { border-collapse: collapse; margin: 4px 0 14px; }
            table.form th { background: var(--head); text-align: left; }
            .changed input { background: #fff8e1; }
            .progress { margin: 12px 0; }
            .bar { height: 10px; background: var(--head); border-radius: 5px; overflow: hidden; max-width: 520px; }
            .bar > span { display: block; height: 100%; background: #1f6fb2; width: 0; transition: width .3s; }
            dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2px 14px; margin: 8px 0; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; }
            details > summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
            .scroll { max-height: 420px; overflow: auto; border: 1px solid var(--rule); }
            .scroll table.data { margin: 0; }
            fieldset { border: 1px solid var(--rule); border-radius: 6px; margin: 10px 0 14px; padding: 8px 12px; }
            legend { font-weight: 600; padding: 0 4px; }
            .embedded header h1 { font-size: 18px; }
            .login { max-width: 420px; margin: 60px auto; }
            @media print { nav.top, .actions, form { display: none; } }
            """

    /// `/static/workbench.js`: live progress of a solve over server-sent events; with
    /// no script the page refreshes itself instead.
    static let js = """
        "use strict";
        (function () {
          var box = document.getElementById("progress");
          if (!box || !window.EventSource) { return; }
          var source = new EventSource(box.getAttribute("data-events"));
          function set(id, text) { var el = document.getElementById(id); if (el) { el.textContent = text; } }
          source.addEventListener("status", function (event) {
            var s = JSON.parse(event.data);
            set("phase", s.phase); set("best", s.best); set("bound", s.bound); set("gap", s.gap); set("elapsed", s.elapsed);
            set("target", s.target); set("load", s.load);
            var rows = document.getElementById("pricing-rows");
            if (rows && s.targets) {
              var cells = JSON.parse(s.targets);
              for (var i = 0; i < cells.length && i < rows.rows.length; i++) {
                for (var j = 0; j < cells[i].length && j < rows.rows[i].cells.length; j++) {
                  rows.rows[i].cells[j].textContent = cells[i][j];
                }
              }
            }
            var bar = document.getElementById("bar");
            if (bar) { bar.style.width = s.percent + "%"; }
            box.setAttribute("data-state", s.state);
          });
          source.addEventListener("done", function (event) {
            source.close();
            var s = JSON.parse(event.data);
            box.setAttribute("data-state", "done");
            set("phase", s.phase);
            var stop = document.getElementById("stop-form");
            if (stop) { stop.hidden = true; }
            if (s.url) { window.location.assign(s.url); }
            else { var msg = document.getElementById("message"); if (msg) { msg.textContent = s.message; msg.hidden = false; } }
          });
          source.onerror = function () { if (box.getAttribute("data-state") === "done") { source.close(); } };
        })();
        """
}

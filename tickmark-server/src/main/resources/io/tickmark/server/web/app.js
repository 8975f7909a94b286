// Tickmark web UI: plain JavaScript over the /v1 API. The API key is kept in localStorage and sent as X-Api-Key.
(function () {
  "use strict";
  const $ = (sel, root) => (root || document).querySelector(sel);
  const view = $("#view");
  const panel = $("#panel");
  let lang = localStorage.getItem("tickmark.lang") || ((navigator.language || "en").startsWith("zh") ? "zh" : "en");
  const t = (k) => (TEXT[lang] && TEXT[lang][k]) || TEXT.en[k] || k;
  const key = () => localStorage.getItem("tickmark.key") || "";

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null) continue;
      if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (k === "text") e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c != null) e.append(c.nodeType ? c : document.createTextNode(String(c)));
    return e;
  }

  async function api(path, options) {
    const o = Object.assign({ headers: {} }, options || {});
    o.headers["X-Api-Key"] = key();
    const r = await fetch(path, o);
    const type = r.headers.get("content-type") || "";
    const body = type.includes("json") ? await r.json() : await r.text();
    if (!r.ok) throw new Error((body && body.message) || (r.status + " " + r.statusText));
    return body;
  }

  function translate() {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.querySelectorAll("[data-i18n]").forEach(n => n.textContent = t(n.dataset.i18n));
    $("#lang").textContent = lang === "zh" ? "English" : "中文";
  }

  function showError(where, e) {
    where.append(el("p", { class: "error" }, t("error") + ": " + (e.message || e)));
  }

  const fmt = (n, scale) => {
    if (n == null) return "";
    const v = Number(n) / (scale || 1);
    const s = Math.abs(v).toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: Math.abs(v) < 100 ? 2 : 0 });
    return v < 0 ? "(" + s + ")" : s;
  };

  // ---------- documents ----------
  async function documentsPage() {
    view.replaceChildren();
    if (!key()) { view.append(el("p", { class: "card" }, t("key.needed"))); return; }
    const input = el("input", { type: "file", id: "file-input", multiple: "multiple", hidden: "hidden", onchange: () => upload(input.files) });
    const drop = el("div", { class: "drop", id: "drop" },
      el("p", {}, t("upload.hint")), el("button", { type: "button", class: "primary", onclick: () => input.click() }, t("upload.choose")), input);
    drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", e => { e.preventDefault(); drop.classList.remove("over"); upload(e.dataTransfer.files); });
    const progress = el("div", { id: "upload-progress" });
    const jobs = el("ul", { class: "plain", id: "jobs" });
    const companies = el("ul", { class: "plain", id: "companies" });
    const docs = el("div", { id: "documents" });
    view.append(el("h1", {}, t("upload.title")), el("div", { class: "card" }, drop, progress),
      el("h2", {}, t("jobs.title")), el("div", { class: "card" }, jobs),
      el("h2", {}, t("companies.title")), el("div", { class: "card" }, companies),
      el("h2", {}, t("documents.title")), el("div", { class: "card" }, docs));
    await refreshLists();
  }

  async function refreshLists() {
    const companies = $("#companies"), docs = $("#documents");
    if (!companies) return;
    try {
      const c = await api("/v1/companies");
      companies.replaceChildren(...c.companies.map(name => el("li", {}, el("a", { href: "#/company/" + encodeURIComponent(name), class: "company-link" }, name))));
      const d = await api("/v1/documents");
      const rows = d.documents.map(doc => el("tr", {},
        el("td", {}, doc.fileName), el("td", {}, doc.company), el("td", {}, doc.documentType), el("td", {}, doc.periodEnd || ""),
        el("td", {}, el("button", { type: "button", onclick: async () => {
          if (!confirm(t("doc.confirmDelete"))) return;
          await api("/v1/documents/" + doc.sha256, { method: "DELETE" }); refreshLists();
        } }, t("doc.delete")))));
      docs.replaceChildren(el("table", {}, el("tbody", {}, rows)));
    } catch (e) { showError(docs, e); }
  }

  function upload(files) {
    if (!files || !files.length) return;
    const form = new FormData();
    for (const f of files) form.append("file", f, f.name);
    const bar = el("progress", { max: "100", value: "0", id: "upload-bar" });
    const label = el("span", { class: "muted" }, t("upload.sending") + " " + files.length + "…");
    $("#upload-progress").replaceChildren(bar, label);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/v1/documents");
    xhr.setRequestHeader("X-Api-Key", key());
    xhr.upload.onprogress = e => { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); };
    xhr.onload = () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status >= 400) { label.textContent = t("error") + ": " + (body.message || xhr.status); label.className = "error"; return; }
      bar.value = 100; label.textContent = t("upload.done");
      for (const f of body.files || []) watch(f);
    };
    xhr.onerror = () => { label.textContent = t("error"); label.className = "error"; };
    xhr.send(form);
  }

  function watch(item) {
    const li = el("li", { class: "job" }, el("span", {}, item.file + " "), el("progress", { max: "100", value: "0" }), el("span", { class: "state" }, ""));
    $("#jobs").prepend(li);
    const state = $(".state", li), bar = $("progress", li);
    if (!item.job || item.status === "stored") { bar.value = 100; state.textContent = " " + t("job.duplicate"); state.className = "state ok"; refreshLists(); return; }
    const poll = async () => {
      try {
        const j = await api("/v1/jobs/" + item.job.id);
        bar.value = Math.round(100 * j.progress);
        if (j.state === "DONE") { state.textContent = " " + t("job.done"); state.className = "state ok"; refreshLists(); return; }
        if (j.state === "FAILED") { state.textContent = " " + t("job.failed") + ": " + j.error; state.className = "state error"; return; }
        state.textContent = " " + j.step;
        setTimeout(poll, 400);
      } catch (e) { state.textContent = " " + e.message; state.className = "state error"; }
    };
    poll();
  }

  // ---------- company ----------
  async function companyPage(name) {
    view.replaceChildren(el("h1", {}, t("company.title") + ": " + name));
    try {
      const data = await api("/v1/companies/" + encodeURIComponent(name) + "/spreads");
      for (const sp of data.spreads) view.append(spreadCard(sp));
    } catch (e) { showError(view, e); }
  }

  function spreadCard(sp) {
    const doc = sp.document;
    const card = el("div", { class: "card spread", "data-document": doc.sha256 },
      el("h2", {}, t("company.filing") + ": " + doc.fileName + " · " + doc.documentType + (doc.periodEnd ? " · " + doc.periodEnd : "")));
    for (const st of sp.statements) {
      const scale = Number(st.scale || 1);
      const unitNote = scale >= 1e6 ? " (" + (st.currency || "") + " millions)" : scale >= 1e3 ? " (" + (st.currency || "") + " thousands)" : "";
      const head = el("tr", {}, el("th", {}, st.title || st.type), st.periods.map(p => el("th", { class: "num" }, p)));
      const rows = st.lines.map(line => el("tr", {},
        el("td", { class: line.concept ? "" : "sub", title: line.concept || "" }, line.label),
        line.values.map(v => v == null ? el("td", { class: "num" }) : factCell(doc.sha256, line, v, scale))));
      card.append(el("h3", {}, (st.title || st.type) + unitNote), el("table", { class: "statement" }, el("thead", {}, head), el("tbody", {}, rows)));
    }
    if (!sp.statements.length) {
      card.append(el("p", { class: "muted no-statements" }, t("company.noStatements")));
      return card;
    }
    const failed = sp.checks.filter(c => c.status === "FAILED");
    card.append(el("h3", {}, t("company.checksFailed")),
      failed.length ? el("ul", { class: "checks" }, failed.map(c => el("li", { class: "error" }, c.name + " · " + (c.period ? c.period.end || "" : "") + " · " + (c.message || c.rule))))
        : el("p", { class: "ok" }, t("company.noFailed")));
    if (sp.warnings.length) card.append(el("h3", {}, t("company.warnings")), el("ul", {}, sp.warnings.map(w => el("li", { class: "muted" }, w))));
    return card;
  }

  function factCell(sha, line, v, scale) {
    const corrected = v.correction && v.correction.value != null;
    const derived = !!v.source.formula;
    const cls = ["num", v.failedChecks.length ? "failed" : "", v.correction ? "corrected" : "", derived ? "derived" : ""].join(" ").trim();
    const button = el("button", { type: "button", class: "fact", "data-fact": v.id, "data-document": sha,
      title: (derived ? "= " + v.source.formula : v.source.document + " p." + v.source.page) + (v.failedChecks.length ? "\n✗ " + v.failedChecks.join("\n✗ ") : ""),
      onclick: () => openFact(sha, v.id, line.label, button) }, (derived ? "= " : "") + fmt(v.effectiveValue, scale));
    return el("td", { class: cls },
      corrected ? el("s", { class: "was" }, fmt(v.value, scale)) : null, button,
      v.failedChecks.length ? el("span", { class: "flag", title: v.failedChecks.join("\n") }, "✗") : null);
  }

  async function openFact(sha, id, label, button) {
    document.querySelectorAll("button.fact.selected").forEach(b => b.classList.remove("selected"));
    if (button) button.classList.add("selected");
    const body = $("#panel-body");
    panel.hidden = false;
    body.replaceChildren(el("p", { class: "muted" }, "…"));
    try {
      const f = await api("/v1/documents/" + sha + "/facts/" + id);
      const x = f.extracted, s = x.source, now = f.inForce;
      const img = el("img", { id: "source-img", alt: s.document + " p." + s.page });
      const imgNote = el("p", { class: "muted", id: "source-note" }, t("fact.loadingImage"));
      body.replaceChildren(
        el("h2", {}, label),
        el("dl", { class: "kv" },
          el("dt", {}, t("fact.value")), el("dd", { id: "fact-value" }, Number(now.effectiveValue).toLocaleString() + " " + x.unit + (now.correction ? " (" + t("fact.corrected") + ")" : "")),
          el("dt", {}, t("fact.period")), el("dd", {}, now.period),
          el("dt", {}, t("fact.concept")), el("dd", {}, now.effectiveConcept || "—"),
          el("dt", {}, t("fact.source")), el("dd", {}, s.document + " p." + s.page + " l." + (s.line + 1) + (s.anchor ? " · " + s.anchor : "")),
          s.formula ? [el("dt", {}, t("fact.derived")), el("dd", { id: "fact-formula" }, "= " + s.formula)]
            : [el("dt", {}, t("fact.printed")), el("dd", {}, "“" + (s.rawLabel || "") + "” " + (s.rawValue || ""))],
          el("dt", {}, t("fact.confidence")), el("dd", {}, String(x.confidence)),
          now.failedChecks.length ? [el("dt", {}, t("fact.failed")), el("dd", { class: "error" }, now.failedChecks.join("; "))] : null),
        imgNote, img, correctionForm(sha, id, label, now), auditTrail(x, f.audit));
      try {
        const r = await fetch("/v1/documents/" + sha + "/facts/" + id + "/source.png", { headers: { "X-Api-Key": key() } });
        if (!r.ok) { const e = await r.json(); imgNote.textContent = t("fact.noImage") + ": " + e.message; img.remove(); return; }
        img.onload = () => { imgNote.textContent = s.document + " · p." + s.page; img.dataset.loaded = "true"; };
        img.src = URL.createObjectURL(await r.blob());
      } catch (e) { imgNote.textContent = t("fact.noImage") + ": " + e.message; }
    } catch (e) { body.replaceChildren(); showError(body, e); }
  }

  function correctionForm(sha, id, label, now) {
    const value = el("input", { type: "text", id: "override-value", placeholder: String(now.effectiveValue) });
    const concept = el("input", { type: "text", id: "override-concept", placeholder: now.effectiveConcept || "" });
    const reason = el("input", { type: "text", id: "override-reason", size: "40" });
    const out = el("span", {});
    const save = el("button", { type: "button", class: "primary", id: "override-save", onclick: async () => {
      const body = {};
      if (value.value.trim()) body.value = value.value.trim();
      if (concept.value.trim()) body.concept = concept.value.trim();
      if (reason.value.trim()) body.reason = reason.value.trim();
      try {
        await api("/v1/documents/" + sha + "/facts/" + id + "/overrides", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
        const hash = location.hash; await route(hash); openFact(sha, id, label, document.querySelector('button.fact[data-document="' + sha + '"][data-fact="' + id + '"]'));
      } catch (e) { out.textContent = e.message; out.className = "error"; }
    } }, t("fact.save"));
    return el("div", { class: "card" }, el("h3", {}, t("fact.correct")),
      el("p", {}, el("label", {}, t("fact.newValue") + " ", value)), el("p", {}, el("label", {}, t("fact.newConcept") + " ", concept)),
      el("p", {}, el("label", {}, t("fact.reason") + " ", reason)), save, " ", out);
  }

  function auditTrail(x, audit) {
    const rows = [el("tr", {}, el("td", {}, t("fact.extracted")), el("td", { class: "num" }, Number(x.value).toLocaleString()), el("td", {}, x.concept || "—"), el("td", {}, x.source.document + " p." + x.source.page), el("td", {}, ""))];
    for (const o of audit) rows.push(el("tr", { class: "audit-row" }, el("td", {}, t("fact.corrected")),
      el("td", { class: "num" }, o.value == null ? "" : Number(o.value).toLocaleString()), el("td", {}, o.concept || ""),
      el("td", {}, t("fact.by") + " " + o.author + " · " + o.at), el("td", {}, o.reason || "")));
    return el("div", { class: "card" }, el("h3", {}, t("fact.audit")), el("table", { id: "audit" }, el("tbody", {}, rows)));
  }

  // ---------- ask ----------
  function askPage() {
    const q = el("textarea", { id: "question", rows: "3", placeholder: t("ask.placeholder") });
    const out = el("div", { id: "answer" });
    const go = async () => {
      out.replaceChildren(el("p", { class: "muted" }, "…"));
      try {
        const r = await api("/v1/ask", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question: q.value }) });
        out.replaceChildren(renderAnswer(r));
      } catch (e) { out.replaceChildren(); showError(out, e); }
    };
    view.replaceChildren(el("h1", {}, t("ask.title")), el("div", { class: "card" }, q, el("p", {}, el("button", { type: "button", class: "primary", id: "ask-button", onclick: go }, t("ask.button")))), out);
  }

  function renderAnswer(r) {
    const a = r.answer;
    const box = el("div", { class: "card" });
    const zh = r.chineseAnswer;
    if (zh) {
      // a Chinese metric question, computed from the CAS statements: its text carries formula and ticked inputs
      box.append(zh.answered ? el("pre", { class: "answer chinese-answer" }, zh.text) : el("p", { class: "error" }, zh.text));
      return box;
    }
    if (a.status === "ANSWERED") {
      box.append(el("div", { class: "answer" }, a.display), el("p", { class: "muted" }, (a.metric || "") + " · FY" + a.fiscalYear + " · " + a.companies.join(" / ")),
        el("p", {}, el("b", {}, t("ask.formula") + ": "), a.formula), el("ul", {}, a.steps.map(s => el("li", {}, s))),
        el("h3", {}, t("ask.inputs")), el("ul", {}, a.inputs.map(i => el("li", {}, i.concept + " FY" + i.fiscalYear + " = " + Number(i.fact.value).toLocaleString() + " " + i.fact.unit + " ✓ " + (i.fact.source.formula ? "= " + i.fact.source.formula : i.fact.source.document + " p." + i.fact.source.page)))),
        el("h3", {}, t("ask.sources")), el("ul", {}, a.sources.map(s => el("li", {}, s))));
    } else if (a.status === "NOT_UNDERSTOOD" && r.evidence && r.evidence.length) {
      // the metric parser's reasons are noise once passages answer
      box.append(el("p", { class: "muted" }, t("ask.evidenceOnly")));
    } else {
      box.append(el("p", { class: "error" }, (a.status === "NOT_UNDERSTOOD" ? t("ask.notUnderstood") : t("ask.cannot")) + ": " + a.message));
    }
    // a company the question names that is not in the workspace, or an index being rebuilt
    if (r.note) box.append(el("p", { class: "error", id: "ask-note" }, r.note));
    if (a.notes.length) box.append(el("ul", {}, a.notes.map(n => el("li", { class: "muted" }, n))));
    const m = r.modelAnswer;
    if (m) {
      box.append(el("h3", {}, t("ask.model")), el("div", { class: "answer model-answer" }, m.text),
        el("ul", {}, m.citations.map(c => el("li", { class: "muted" }, "[" + c.n + "] " + c.cite))),
        m.notes.length ? el("ul", {}, m.notes.map(n => el("li", { class: m.unsupported.length ? "error" : "muted" }, n))) : "");
    }
    if (r.languageModel) box.append(el("p", { class: "muted" }, t("ask.languageModel") + ": " + r.languageModel));
    if (r.evidence && r.evidence.length) {
      box.append(el("h3", {}, t("ask.evidence")), r.evidence.map(p => el("div", { class: "passage" }, el("div", { class: "muted" }, p.fileName + " p." + p.page + (p.section ? " · " + p.section : "")), el("div", {}, p.snippet))));
    }
    return box;
  }

  // ---------- evidence search ----------
  /** A snippet with the matched words (between ** and ** in the API's text) as <mark>. */
  function marked(snippet) {
    return snippet.split("**").map((part, i) => i % 2 ? el("mark", {}, part) : part);
  }

  function searchPage() {
    const q = el("input", { id: "search-q", type: "search", size: "48", placeholder: t("search.placeholder") });
    const company = el("input", { id: "search-company", size: "18" });
    const year = el("input", { id: "search-year", size: "6", inputmode: "numeric" });
    const period = el("select", { id: "search-period" }, ["", "FY", "Q1", "Q2", "Q3", "Q4", "H1"].map(p => el("option", { value: p }, p || t("search.any"))));
    const type = el("select", { id: "search-type" }, ["", "10-K", "10-Q", "8-K", "earnings release", "annual report"].map(f => el("option", { value: f }, f || t("search.any"))));
    const after = el("input", { id: "search-filed-after", type: "date" });
    const before = el("input", { id: "search-filed-before", type: "date" });
    const out = el("div", { id: "search-out" });
    const go = async () => {
      out.replaceChildren(el("p", { class: "muted" }, "…"));
      const params = new URLSearchParams({ q: q.value, k: "10" });
      if (company.value.trim()) params.set("company", company.value.trim());
      if (year.value.trim()) params.set("year", year.value.trim());
      if (period.value) params.set("period", period.value);
      if (type.value) params.set("type", type.value);
      if (after.value) params.set("filed_after", after.value);
      if (before.value) params.set("filed_before", before.value);
      try {
        const r = await api("/v1/search?" + params);
        out.replaceChildren();
        if (r.note) out.append(el("p", { class: "muted" }, r.note));
        (r.notes || []).forEach(n => out.append(el("p", { class: "muted search-note" }, n)));
        if (!r.passages.length) out.append(el("p", { class: "muted" }, t("search.none")));
        r.passages.forEach((p, i) => out.append(el("div", { class: "passage search-hit" },
          el("div", { class: "muted" }, (i + 1) + ". " + [p.company, p.documentType, (p.periods || []).join("/") || null,
            p.periodEnd ? t("search.periodEnd") + " " + p.periodEnd : null, p.filed ? t("search.filed") + " " + p.filed : null,
            p.fileName + " p." + p.page, p.section || null].filter(Boolean).join(" · ")),
          el("div", {}, marked(p.snippet)),
          el("button", { type: "button", class: "link show-page", onclick: () => showPage(p, q.value) }, t("search.showPage")))));
      } catch (e) { out.replaceChildren(); showError(out, e); }
    };
    q.addEventListener("keydown", e => { if (e.key === "Enter") go(); });
    view.replaceChildren(el("h1", {}, t("search.title")), el("div", { class: "card" }, el("p", {}, q),
      el("p", {}, el("label", {}, t("search.company") + " ", company), " ", el("label", {}, t("search.year") + " ", year), " ",
        el("label", {}, t("search.period") + " ", period), " ", el("label", {}, t("search.type") + " ", type)),
      el("p", {}, el("label", {}, t("search.filedAfter") + " ", after), " ", el("label", {}, t("search.filedBefore") + " ", before), " ",
        el("button", { type: "button", class: "primary", id: "search-button", onclick: go }, t("search.button")))), out);
  }

  /** The passage's page in the side panel, the searched words marked on it. */
  async function showPage(p, query) {
    const body = $("#panel-body");
    panel.hidden = false;
    const note = el("p", { class: "muted", id: "page-note" }, t("fact.loadingImage"));
    const img = el("img", { id: "page-img", alt: p.fileName + " p." + p.page });
    body.replaceChildren(el("h2", {}, p.fileName + " · p." + p.page), el("p", {}, marked(p.snippet)), note, img);
    try {
      const r = await fetch("/v1/documents/" + p.sha256 + "/pages/" + p.page + "/image.png?q=" + encodeURIComponent(query), { headers: { "X-Api-Key": key() } });
      if (!r.ok) { const e = await r.json(); note.textContent = t("fact.noImage") + ": " + e.message; img.remove(); return; }
      img.onload = () => { note.textContent = [p.company, p.documentType, p.fileName + " p." + p.page].join(" · "); img.dataset.loaded = "true"; };
      img.src = URL.createObjectURL(await r.blob());
    } catch (e) { note.textContent = t("fact.noImage") + ": " + e.message; }
  }

  // ---------- research grid and credit memo ----------
  // Downloads need the API key header, so they are fetched and handed to the browser as a blob link.
  async function blobLink(path, name, label, id) {
    const r = await fetch(path, { headers: { "X-Api-Key": key() } });
    if (!r.ok) { const b = await r.json().catch(() => ({})); throw new Error(b.message || (r.status + " " + r.statusText)); }
    return el("a", { id: id, class: "download", href: URL.createObjectURL(await r.blob()), download: name }, label);
  }

  const lines = (text) => text.split("\n").map(s => s.trim()).filter(Boolean);

  function gridTable(grid) {
    const head = el("tr", {}, el("th", {}, ""), grid.questions.map(q => el("th", {}, q.text)));
    const rows = grid.cells.map((row, i) => el("tr", {}, el("th", {}, grid.companies[i].asked), row.map(c => c == null ? el("td", {}, "") :
      el("td", { class: "cell " + c.status.toLowerCase(), title: c.notes.join("\n") }, c.display,
        c.evidence.length ? el("div", { class: "muted" }, c.evidence.map(e => e.id + " " + e.document + " p." + e.page).join(", ")) : null))));
    return el("table", { id: "grid-table", class: "grid" }, head, rows);
  }

  function gridPage() {
    const companies = el("textarea", { id: "grid-companies", rows: "5" });
    const questions = el("textarea", { id: "grid-questions", rows: "5" });
    const out = el("div", { id: "grid-out" });
    const run = async () => {
      out.replaceChildren();
      try {
        const body = { companies: lines(companies.value), questions: lines(questions.value) };
        const submitted = await api("/v1/grid/jobs", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
        const id = submitted.job.id;
        const status = el("p", { id: "grid-status", class: "muted" }, "0 / " + submitted.total);
        out.append(status);
        for (;;) {
          const g = await api("/v1/grid/jobs/" + encodeURIComponent(id));
          status.textContent = g.done + " / " + g.total + " · " + g.job.step;
          if (g.job.state === "FAILED") throw new Error(g.job.error);
          if (g.job.state === "DONE" && g.grid) {
            out.append(await blobLink("/v1/grid/jobs/" + encodeURIComponent(id) + "/xlsx", "grid.xlsx", t("grid.download"), "grid-download"),
              gridTable(g.grid), g.grid.notes.map(n => el("p", { class: "muted" }, n)));
            return;
          }
          await new Promise(res => setTimeout(res, 700));
        }
      } catch (e) { showError(out, e); }
    };
    view.replaceChildren(el("h1", {}, t("grid.title")), el("div", { class: "card" },
      el("p", {}, t("grid.companies")), companies, el("p", {}, t("grid.questions")), questions,
      el("p", {}, el("button", { type: "button", class: "primary", id: "grid-run", onclick: run }, t("grid.run")))), out);
  }

  async function memoPage() {
    const select = el("select", { id: "memo-company" });
    const out = el("div", { id: "memo-out" });
    view.replaceChildren(el("h1", {}, t("memo.title")), el("div", { class: "card" }, el("label", {}, t("memo.company") + " ", select), " ",
      el("button", { type: "button", class: "primary", id: "memo-run", onclick: async () => {
        out.replaceChildren(el("p", { class: "muted" }, t("memo.working")));
        const path = "/v1/companies/" + encodeURIComponent(select.value) + "/credit-memo?format=";
        try {
          const html = await api(path + "html");
          const frame = el("iframe", { id: "memo-frame", class: "memo", sandbox: "", title: t("memo.title") });
          frame.srcdoc = html;
          const name = select.value.replace(/[^A-Za-z0-9._-]+/g, "_") + "-credit-memo.";
          out.replaceChildren(el("p", {}, await blobLink(path + "pdf", name + "pdf", "PDF", "memo-pdf"), " ",
            await blobLink(path + "xlsx", name + "xlsx", "XLSX", "memo-xlsx")), frame);
        } catch (e) { out.replaceChildren(); showError(out, e); }
      } }, t("memo.run"))), out);
    try { (await api("/v1/companies")).companies.forEach(c => select.append(el("option", { value: c }, c))); } catch (e) { showError(out, e); }
  }

  // ---------- routing ----------
  async function route(hash) {
    panel.hidden = true;
    translate();
    const h = (hash || location.hash || "#/").slice(1);
    if (h.startsWith("/company/")) return companyPage(decodeURIComponent(h.slice("/company/".length)));
    if (h === "/ask") return askPage();
    if (h === "/search") return searchPage();
    if (h === "/grid") return gridPage();
    if (h === "/memo") return memoPage();
    return documentsPage();
  }

  async function whoami() {
    const w = $("#whoami");
    if (!key()) { w.textContent = ""; return; }
    try { const me = await api("/v1/me"); w.textContent = me.user + " @ " + me.workspace; w.className = ""; }
    catch (e) { w.textContent = e.message; w.className = "error"; }
  }

  $("#api-key").value = key();
  $("#api-key").addEventListener("change", e => { localStorage.setItem("tickmark.key", e.target.value.trim()); whoami(); route(); });
  $("#lang").addEventListener("click", () => { lang = lang === "zh" ? "en" : "zh"; localStorage.setItem("tickmark.lang", lang); route(); });
  $("#panel-close").addEventListener("click", () => { panel.hidden = true; });
  window.addEventListener("hashchange", () => route());
  whoami();
  route();
})();

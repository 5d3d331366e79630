// The upload page: first the extraction (nothing stored), shown with its citations marked; then, with the
// API key (kept for this browser session only), the document is stored and its page opened.
(function () {
  var form = document.getElementById('upload');
  var api = form.getAttribute('data-api');
  var status = document.getElementById('status');
  var keyInput = document.getElementById('key');
  keyInput.value = sessionStorage.getItem('lexgraph-api-key') || '';

  function problem(answer) {
    return answer.json().then(function (p) { return p.title + ': ' + p.detail; },
                              function () { return 'HTTP ' + answer.status; });
  }

  function show(extraction, text) {
    var pre = document.getElementById('preview');
    pre.textContent = '';
    var at = 0;
    extraction.citations.forEach(function (c) {
      if (c.start < at || c.end > text.length) { return; }
      pre.appendChild(document.createTextNode(text.substring(at, c.start)));
      var mark = document.createElement('mark');
      // the extract answer writes relations in lower case ("replaces"); the stylesheet's classes are the graph's types
      mark.className = 'm rel-' + (c.relation || 'cites').toUpperCase();
      mark.title = (c.relation || 'CITES') + ': ' + (c.symbol || '');
      mark.textContent = text.substring(c.start, c.end);
      pre.appendChild(mark);
      at = c.end;
    });
    pre.appendChild(document.createTextNode(text.substring(at)));
    var own = extraction.document || {};
    document.getElementById('own').textContent = [own.type, own.symbol, own.date, own.issuer]
        .filter(function (x) { return x; }).join(' · ');
    document.getElementById('result').hidden = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('file').files[0];
    if (!file) { return; }
    var body = new FormData();
    body.append('file', file);
    status.textContent = form.getAttribute('data-reading');
    var headers = keyInput.value ? { 'X-API-Key': keyInput.value } : {};
    fetch(api + '/extract?text=true', { method: 'POST', body: body, headers: headers }).then(function (answer) {
      if (!answer.ok) { return problem(answer).then(function (m) { status.textContent = m; }); }
      return answer.json().then(function (e) {
        status.textContent = form.getAttribute('data-found').replace('{n}', e.extraction.citations.length);
        show(e.extraction, e.text);
      });
    }, function (error) { status.textContent = String(error); });
  });

  document.getElementById('store').addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('file').files[0];
    sessionStorage.setItem('lexgraph-api-key', keyInput.value);
    var body = new FormData();
    body.append('file', file);
    status.textContent = form.getAttribute('data-storing');
    fetch(api + '/documents', { method: 'POST', body: body, headers: { 'X-API-Key': keyInput.value } })
      .then(function (answer) {
        if (!answer.ok) { return problem(answer).then(function (m) { status.textContent = m; }); }
        return answer.json().then(function (stored) {
          window.location.href = form.getAttribute('data-documents') + stored.document.document.id;
        });
      }, function (error) { status.textContent = String(error); });
  });
})();

// Draws the dependency picture of a document with ECharts: the data is the page's own (data-graph).
(function () {
  var el = document.getElementById('graph');
  if (!el || !window.echarts) { return; }
  var data = JSON.parse(el.getAttribute('data-graph'));
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    tooltip: { formatter: function (p) { return p.dataType === 'edge' ? p.data.relation : p.data.name; } },
    legend: { data: data.categories, bottom: 0, type: 'scroll' },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 220, edgeLength: 90 },
      label: { show: true, position: 'right', fontSize: 11 },
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
      categories: data.categories.map(function (c) { return { name: c }; }),
      data: data.nodes.map(function (n) {
        return { id: n.id, name: n.name, category: n.category,
                 symbol: n.directive ? 'diamond' : 'circle', symbolSize: n.root ? 26 : (n.directive ? 20 : 13) };
      }),
      links: data.links.map(function (l) { return { source: l.source, target: l.target, relation: l.relation }; })
    }]
  });
  chart.on('click', function (p) {
    if (p.dataType === 'node') { window.location.href = el.baseURI.replace(/\/documents\/.*$/, '/documents/') + p.data.id; }
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();

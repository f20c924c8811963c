/*
 * A Pastry route, digit by digit: one table row per node the route visited (the origin first),
 * its id in base-2^b digits with the prefix it shares with the key in bold, how many digits that
 * is, and for each hop how its next node was chosen (via: table, leaf, rare), the routing-table
 * row used (the digits the sender shares with the key) and the key's digit there, which the hop
 * resolves. Node ids come from nodes.csv; b is the digit size that agrees with every hop's row and
 * digit in the trace. Hops not yet sent at the time under the slider are faded.
 */
function PastryRoutes(model, facts, choice, note, table, callbacks) {
  var self = this;
  var ids = facts.node_ids || {};
  var routes = {}, order = [];
  model.messages.forEach(function (e) {
    if (e.type !== 'route_lookup' || e.route === undefined || e.key === undefined) return;
    if (!routes[e.route]) { routes[e.route] = { id: e.route, key: e.key, hops: [] }; order.push(e.route); }
    routes[e.route].hops.push(e);
  });
  this.available = order.length > 0 && Object.keys(ids).length > 0;
  this.current = null;
  if (!this.available) return;

  /** The base-2^bits digits of a hex string. */
  function digits(hex, bits) {
    var binary = '';
    for (var i = 0; i < hex.length; i++) binary += ('000' + parseInt(hex[i], 16).toString(2)).slice(-4);
    var out = [];
    for (var j = 0; j + bits <= binary.length; j += bits) out.push(parseInt(binary.slice(j, j + bits), 2));
    return out;
  }
  function shared(a, b) { var n = 0; while (n < a.length && n < b.length && a[n] === b[n]) n++; return n; }
  function idOf(node) { return ids[Model.laneKey(node)]; }

  /** The digit size (bits) every traced hop agrees with: row = digits the sender shares with the key, digit = the key's there. */
  var bits = [2, 4, 1, 3].filter(function (b) {
    return order.every(function (r) {
      var key = digits(routes[r].key, b);
      return routes[r].hops.every(function (h) {
        var id = idOf(h.from);
        if (!id || h.row === undefined) return true;
        var s = shared(digits(id.slice(0, routes[r].key.length), b), key);
        return (s === h.row || (s === key.length && h.row >= key.length)) && (h.digit === undefined || key[h.row] === h.digit);
      });
    });
  })[0];
  if (bits === undefined) { this.available = false; return; }

  order.forEach(function (r) {
    var route = routes[r], o = document.createElement('option');
    o.value = r;
    o.textContent = 'route ' + r + ': key ' + route.key + ' from node ' + route.hops[0].from + ', ' + route.hops.length + ' hop'
      + (route.hops.length === 1 ? '' : 's') + ' (t = ' + route.hops[0].t.toFixed(2) + ' s)';
    choice.appendChild(o);
  });
  // start with the longest route
  var best = order[0];
  order.forEach(function (r) { if (routes[r].hops.length > routes[best].hops.length) best = r; });
  choice.value = best;
  this.current = routes[best];
  choice.addEventListener('change', function () { self.current = routes[choice.value]; callbacks.setTime(self.current.hops[0].t); });

  /** Selects route `id` (if the trace has it) and sets the time to its first hop. */
  this.focus = function (id) {
    if (!routes[id]) return;
    choice.value = id; self.current = routes[id]; callbacks.setTime(self.current.hops[0].t);
  };

  /** The nodes of a route, origin first, with the digits each shares with the key. */
  function analyse(route) {
    var key = digits(route.key, bits), nodes = [];
    function visit(node, hop) {
      var id = idOf(node) || '';
      var d = digits(id.slice(0, route.key.length), bits);
      nodes.push({ node: Model.laneKey(node), id: id, digits: d, matched: shared(d, key), hop: hop });
    }
    visit(route.hops[0].from, null);
    route.hops.forEach(function (h) { visit(h.to, h); });
    return { key: key, nodes: nodes };
  }

  function digitCells(d, matched, count) {
    var text = d.slice(0, count).join('');
    return '<b>' + text.slice(0, matched) + '</b>' + text.slice(matched) + (d.length > count ? '\u2026' : '');
  }

  this.draw = function (t) {
    var route = self.current, a = analyse(route);
    self.last = a;
    var shown = Math.min(a.key.length, 12);
    var rows = '<tr><th>hop</th><th>node</th><th>id (base ' + (1 << bits) + ')</th><th>digits matched</th>'
      + '<th>via</th><th>row</th><th>digit resolved</th><th>t</th></tr>';
    rows += '<tr class="key"><td></td><td>key</td><td class="digits">' + digitCells(a.key, a.key.length, shown) + '</td><td></td><td></td><td></td><td></td><td></td></tr>';
    a.nodes.forEach(function (n, i) {
      var h = n.hop, faded = h && h.t > t;
      var bar = '<span class="matched-bar" style="width:' + (n.matched * 14) + 'px"></span> ' + n.matched;
      rows += '<tr' + (faded ? ' class="faded"' : '') + '><td>' + (i === 0 ? 'origin' : i) + '</td><td>' + n.node + '</td><td class="digits">'
        + digitCells(n.digits, n.matched, shown) + '</td><td class="bar">' + bar + '</td><td>' + (h ? h.via || '' : '') + '</td><td>'
        + (h && h.row !== undefined ? h.row : '') + '</td><td>' + (h && h.digit !== undefined ? h.digit : '') + '</td><td>'
        + (h ? h.t.toFixed(3) : '') + '</td></tr>';
    });
    table.innerHTML = rows;
    var last = a.nodes[a.nodes.length - 1];
    note.textContent = 'Each hop\'s row is the digits its sender shares with the key; a table hop goes to a node sharing at least one more. '
      + 'The route ends at node ' + last.node + ', which shares ' + last.matched + ' digit' + (last.matched === 1 ? '' : 's')
      + ' with the key (a last hop by the leaf set goes to the numerically closest id, which may share fewer). Digit size b = ' + bits + ' bits.';
  };

  /** What the last drawing showed (for the self-test). */
  this.report = function () {
    var route = self.current, a = self.last || analyse(route);
    return { route: route.id, key: route.key, bits: bits,
      nodes: a.nodes.map(function (n) { return Number(n.node); }),
      matched: a.nodes.map(function (n) { return n.matched; }),
      rows: route.hops.map(function (h) { return h.row; }),
      via: route.hops.map(function (h) { return h.via; }) };
  };
}

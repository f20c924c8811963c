/*
 * A Gnutella query's flood, ring by ring: the origin in the middle, every servent on the ring of
 * its hop distance (a copy's `hops` is the sender's distance, so a servent is in ring hops + 1 of
 * the first copy it is sent, by time and then trace order), each copy of the query an edge from
 * sender to receiver (dashed red: a duplicate, sent to a servent that already had the query),
 * servents answering with a query_hit in orange, their hits' way back in orange. Only what was
 * sent by the time under the slider is drawn; the table counts the servents reached per ring.
 */
function FloodRings(model, canvas, choice, facts, table, callbacks) {
  var self = this;
  var floods = {}, order = [];
  model.messages.forEach(function (e) {
    if (e.guid === undefined || (e.type !== 'query' && e.type !== 'queryhit')) return;
    var f = floods[e.guid];
    if (!f) { f = floods[e.guid] = { guid: e.guid, copies: [], hits: [], search: e.search }; order.push(e.guid); }
    if (e.type === 'query') f.copies.push(e); else f.hits.push(e);
  });
  order = order.filter(function (g) { return floods[g].copies.length > 0; });
  this.available = order.length > 0;
  this.current = null;
  if (!this.available) return;
  var servents = model.lanes.filter(function (k) { return /^-?\d+$/.test(k); });

  /** Rings, first copies and duplicates of a flood (all copies, whatever the time). */
  function analyse(f) {
    var origin = Model.laneKey(f.copies[0].from), ring = {}, firstAt = {}, parent = {};
    ring[origin] = 0; firstAt[origin] = f.copies[0].t;
    var edges = f.copies.map(function (c) {
      var to = Model.laneKey(c.to), duplicate = ring[to] !== undefined;
      if (!duplicate) { ring[to] = c.hops + 1; firstAt[to] = c.t; parent[to] = Model.laneKey(c.from); }
      return { copy: c, from: Model.laneKey(c.from), to: to, duplicate: duplicate };
    });
    var hitters = {};
    f.hits.forEach(function (h) { if (h.hops === 0) hitters[Model.laneKey(h.from)] = h.t; });
    var rings = [];
    Object.keys(ring).forEach(function (s) { var r = ring[s]; while (rings.length <= r) rings.push([]); rings[r].push(s); });
    return { origin: origin, ring: ring, firstAt: firstAt, parent: parent, edges: edges, hitters: hitters, rings: rings };
  }

  order.forEach(function (g) {
    var f = floods[g], a = analyse(f), o = document.createElement('option');
    o.value = g;
    o.textContent = 'query ' + g + (f.search !== undefined ? ' (search ' + f.search + ')' : '') + ' from servent ' + a.origin
      + ', ' + f.copies.length + ' copies, ' + Object.keys(a.hitters).length + ' hits (t = ' + f.copies[0].t.toFixed(2) + ' s)';
    choice.appendChild(o);
  });
  choice.value = order[0];
  this.current = floods[order[0]];
  choice.addEventListener('change', function () {
    self.current = floods[choice.value];
    callbacks.setTime(self.current.copies[0].t);
  });

  /** Selects query `guid` (if the trace has it) and sets the time to its start. */
  this.focus = function (guid) {
    if (!floods[guid]) return;
    choice.value = guid; self.current = floods[guid]; callbacks.setTime(self.current.copies[0].t);
  };

  /** Positions: ring r at radius r, each ring ordered by its servents' first senders' places, then by id. */
  function layout(a, cx, cy, step) {
    var pos = {}, place = {};
    pos[a.origin] = { x: cx, y: cy }; place[a.origin] = 0;
    function put(s, r, i, n) {
      var th = -Math.PI / 2 + 2 * Math.PI * (i + 0.5) / n;
      place[s] = (i + 0.5) / n;
      pos[s] = { x: cx + r * step * Math.cos(th), y: cy + r * step * Math.sin(th) };
    }
    a.rings.forEach(function (members, r) {
      if (r === 0) return;
      members.sort(function (x, y) { return (place[a.parent[x]] - place[a.parent[y]]) || (Number(x) - Number(y)); });
      members.forEach(function (s, i) { put(s, r, i, members.length); });
    });
    var outside = servents.filter(function (s) { return a.ring[s] === undefined; });
    outside.forEach(function (s, i) { put(s, a.rings.length, i, outside.length); });
    return { pos: pos, outside: outside };
  }

  this.draw = function (t) {
    var f = self.current, a = analyse(f);
    self.last = a;
    var box = Drawing.fit(canvas, 520), ctx = box.ctx;
    var outsiders = servents.some(function (s) { return a.ring[s] === undefined; });
    var rings = a.rings.length - 1 + (outsiders ? 1 : 0), cy = box.height / 2, cx = box.width / 2;
    var step = (box.height / 2 - 24) / Math.max(1, rings);
    var lay = layout(a, cx, cy, step), pos = lay.pos;
    ctx.font = '12px system-ui, sans-serif'; ctx.textAlign = 'left'; ctx.textBaseline = 'middle';
    for (var r = 1; r <= rings; r++) {
      var outer = outsiders && r === rings;
      ctx.strokeStyle = '#d5dae3'; ctx.lineWidth = 1; ctx.setLineDash(outer ? [4, 4] : []);
      ctx.beginPath(); ctx.arc(cx, cy, r * step, 0, 2 * Math.PI); ctx.stroke();
    }
    ctx.setLineDash([]);
    var sent = 0, duplicates = 0;
    a.edges.forEach(function (e) { if (e.copy.t <= t) { sent++; if (e.duplicate) duplicates++; } });
    // duplicates first, so that the first copies (the flood's tree) stay on top
    a.edges.filter(function (e) { return e.duplicate; }).concat(a.edges.filter(function (e) { return !e.duplicate; })).forEach(function (e) {
      if (e.copy.t > t) return;
      var p = pos[e.from], q = pos[e.to];
      ctx.strokeStyle = e.duplicate ? 'rgba(214, 39, 40, 0.45)' : '#1f77b4';
      ctx.lineWidth = e.duplicate ? 1 : 2; ctx.setLineDash(e.duplicate ? [4, 3] : []);
      ctx.beginPath(); ctx.moveTo(p.x, p.y); ctx.lineTo(q.x, q.y); ctx.stroke();
    });
    ctx.setLineDash([]);
    f.hits.forEach(function (h) {
      if (h.t > t) return;
      var p = pos[Model.laneKey(h.from)], q = pos[Model.laneKey(h.to)];
      if (!p || !q) return;
      ctx.strokeStyle = '#ff7f0e'; ctx.lineWidth = 3;
      ctx.beginPath(); ctx.moveTo(p.x, p.y); ctx.lineTo(q.x, q.y); ctx.stroke();
    });
    servents.forEach(function (s) {
      var p = pos[s], reached = a.firstAt[s] !== undefined && a.firstAt[s] <= t;
      var hit = a.hitters[s] !== undefined && a.hitters[s] <= t;
      ctx.beginPath(); ctx.arc(p.x, p.y, s === a.origin ? 9 : 7, 0, 2 * Math.PI);
      ctx.fillStyle = hit ? '#ff7f0e' : (s === a.origin ? '#20283a' : (reached ? '#1f77b4' : '#ffffff'));
      ctx.fill(); ctx.lineWidth = 2; ctx.strokeStyle = hit ? '#b35806' : (reached || s === a.origin ? '#20283a' : '#b8bfcc'); ctx.stroke();
      ctx.fillStyle = '#1d2433';
      ctx.fillText(s, p.x + 9, p.y + 9);
    });
    // each ring's name at its top, which no servent takes (a ring's servents sit half a place off it), on a white patch
    ctx.textAlign = 'center';
    for (var k = 1; k <= rings; k++) {
      var name = outsiders && k === rings ? 'not reached' : 'ring ' + k, lw = ctx.measureText(name).width + 6;
      var lx = cx, ly = cy - k * step;
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)'; ctx.fillRect(lx - lw / 2, ly - 8, lw, 16);
      ctx.fillStyle = '#5b6478'; ctx.fillText(name, lx, ly);
    }
    ctx.textAlign = 'left';
    // the table: per ring r, servents reached by t (of all in the ring), copies sent by then with hops r - 1, duplicates among them
    var rows = '<tr><th>ring</th><th>servents<br>reached</th><th>copies<br>(hops = ring &minus; 1)</th><th>of them<br>duplicates</th></tr>';
    a.rings.forEach(function (members, r) {
      var now = members.filter(function (s) { return a.firstAt[s] <= t; }).length, copies = 0, dup = 0;
      if (r > 0) a.edges.forEach(function (e) { if (e.copy.hops === r - 1 && e.copy.t <= t) { copies++; if (e.duplicate) dup++; } });
      rows += '<tr><td>' + (r === 0 ? '0 (origin)' : r) + '</td><td>' + now + ' / ' + members.length + '</td><td>'
        + (r === 0 ? '' : copies) + '</td><td>' + (r === 0 ? '' : dup) + '</td></tr>';
    });
    table.innerHTML = rows;
    var hitNames = Object.keys(a.hitters).sort(function (x, y) { return Number(x) - Number(y); });
    facts.textContent = 'query ' + f.guid + ' from servent ' + a.origin + ' at t = ' + f.copies[0].t.toFixed(3) + ' s, ttl '
      + f.copies[0].ttl + ': ' + sent + ' of ' + a.edges.length + ' copies sent by now, ' + duplicates + ' duplicates; '
      + (hitNames.length ? 'hits from ' + hitNames.join(', ') : 'no hit') + ', ' + lay.outside.length + ' servents not reached. '
      + 'Blue: a servent\'s first copy; dashed red: a duplicate; orange: a servent with a hit and the hit\'s way back.';
  };

  /** What the last drawing showed (for the self-test): servents per ring of the whole flood. */
  this.report = function () {
    var f = self.current, a = self.last || analyse(f);
    return { guid: f.guid, origin: a.origin, ring_counts: a.rings.map(function (m) { return m.length; }),
      copies: a.edges.length, duplicates: a.edges.filter(function (e) { return e.duplicate; }).length,
      hits: Object.keys(a.hitters).sort(function (x, y) { return Number(x) - Number(y); }) };
  };
}

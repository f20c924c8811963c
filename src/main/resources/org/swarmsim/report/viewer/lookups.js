/*
 * A DHT lookup's rounds: every node the lookup queried, at its round (the candidate's depth in
 * the lookup) and its XOR distance to the target (log scale, on the 32-bit id prefixes the trace
 * holds); answered queries filled, timed-out ones a red cross, unanswered ones hollow; the line is
 * the closest answered distance so far, which only falls as the lookup converges.
 */
function LookupRounds(model, canvas, choice, facts, gotoButton, callbacks) {
  var self = this;
  var all = model.lookupOrder.map(function (id) { return model.lookups[id]; })
    .filter(function (l) { return l.start && l.start.target && l.queries.length; });
  this.available = all.length > 0;
  this.current = null;
  if (!this.available) return;

  all.forEach(function (l) {
    var o = document.createElement('option');
    o.value = l.id;
    o.textContent = '#' + l.id + ' ' + l.start.kind + ' from node ' + l.start.peer + ', ' + l.queries.length + ' queries'
      + (l.timeouts.length ? ', ' + l.timeouts.length + ' timeouts' : '') + ' (t = ' + l.start.t.toFixed(2) + ' s)';
    choice.appendChild(o);
  });
  // start with a lookup worth showing: a real one (not a bucket refresh) with the most rounds, timeouts, queries
  var best = all[0];
  function score(l) {
    var depth = 0; l.queries.forEach(function (q) { depth = Math.max(depth, q.depth); });
    return (l.start.kind === 'refresh' ? 0 : 1e6) + Math.min(l.timeouts.length, 3) * 1e4 + depth * 100 + l.queries.length;
  }
  all.forEach(function (l) { if (score(l) > score(best)) best = l; });
  choice.value = best.id;
  this.current = best;
  choice.addEventListener('change', function () { self.current = model.lookups[choice.value]; callbacks.redraw(); });
  /** Selects lookup `id` (if there is one), zooms the messages to it and sets the time to its start. */
  this.focus = function (id) {
    if (!model.lookups[id] || !model.lookups[id].start) return;
    choice.value = id;
    self.current = model.lookups[id];
    gotoButton.click();
  };
  gotoButton.addEventListener('click', function () {
    var l = self.current;
    callbacks.showWindow(l.start.t, l.end ? l.end.t : l.queries[l.queries.length - 1].t);
    callbacks.focusLookup(l.id);
    callbacks.setTime(l.start.t);
  });

  function bits(d) { return d === 0 ? -1 : Math.log2(d); }

  /** The queries of a lookup with their distance and fate, and the closest answered distance per round. */
  function analyse(l) {
    var target = l.start.target, timedOut = {};
    l.timeouts.forEach(function (e) { timedOut[e.to_id] = e; });
    var answeredIds = {};
    Object.keys(l.answers).forEach(function (tid) { answeredIds[l.answers[tid].id] = true; });
    var rounds = 0;
    var points = l.queries.map(function (q) {
      rounds = Math.max(rounds, q.depth);
      var answer = l.answers[q.tid];
      return { q: q, depth: q.depth, distance: Model.xorDistance(q.to_id, target),
        fate: answer ? 'answered' : (timedOut[q.to_id] ? 'timeout' : 'none'), answer: answer };
    });
    var bestByRound = [], closest = Infinity;
    for (var r = 1; r <= rounds; r++) {
      points.forEach(function (p) { if (p.depth === r && p.fate === 'answered') closest = Math.min(closest, p.distance); });
      bestByRound.push(closest === Infinity ? null : closest);
    }
    return { points: points, rounds: rounds, bestByRound: bestByRound };
  }

  this.draw = function (t) {
    var l = self.current, a = analyse(l);
    self.last = a;
    var box = Drawing.fit(canvas, 380), ctx = box.ctx;
    var left = 70, right = 20, top = 16, bottom = 44, w = box.width - left - right, h = box.height - top - bottom;
    var lowest = 32;
    a.points.forEach(function (p) { lowest = Math.min(lowest, bits(p.distance)); });
    var floor = Math.max(-1, Math.floor(lowest / 4) * 4 - 4);
    var xOf = function (r) { return left + (r - 0.5) / Math.max(1, a.rounds) * w; };
    var yOf = function (b) { return top + (1 - (b - floor) / (32 - floor)) * h; };
    ctx.font = '12px system-ui, sans-serif'; ctx.fillStyle = '#5b6478'; ctx.strokeStyle = '#e3e6ec';
    ctx.textAlign = 'right'; ctx.textBaseline = 'middle';
    for (var b = Math.max(0, floor); b <= 32; b += 4) {
      ctx.beginPath(); ctx.moveTo(left, yOf(b)); ctx.lineTo(left + w, yOf(b)); ctx.stroke();
      ctx.fillText('2^' + b, left - 6, yOf(b));
    }
    if (floor < 0) ctx.fillText('same', left - 6, yOf(-1));
    ctx.save(); ctx.translate(16, top + h / 2); ctx.rotate(-Math.PI / 2); ctx.textAlign = 'center';
    ctx.fillText('XOR distance to the target (first 32 bits)', 0, 0); ctx.restore();
    ctx.textAlign = 'center'; ctx.textBaseline = 'top';
    for (var r = 1; r <= a.rounds; r++) ctx.fillText('round ' + r, xOf(r), top + h + 8);
    // closest so far
    ctx.strokeStyle = '#20283a'; ctx.lineWidth = 3; ctx.beginPath();
    var started = false;
    a.bestByRound.forEach(function (d, i) {
      if (d === null) return;
      var px = xOf(i + 1), py = yOf(bits(d));
      if (!started) { ctx.moveTo(px, py); started = true; } else ctx.lineTo(px, py);
    });
    ctx.stroke();
    var perRound = {};
    a.points.forEach(function (p) { perRound[p.depth] = (perRound[p.depth] || 0) + 1; });
    var seen = {}, spread = Math.min(w / Math.max(1, a.rounds) * 0.6, 120);
    a.points.forEach(function (p) {
      var k = seen[p.depth] = (seen[p.depth] || 0) + 1, count = perRound[p.depth];
      var px = xOf(p.depth) + (count > 1 ? ((k - 1) / (count - 1) - 0.5) * spread : 0), py = yOf(bits(p.distance));
      ctx.globalAlpha = p.q.t <= t ? 1 : 0.3;
      if (p.fate === 'timeout') {
        ctx.strokeStyle = '#d62728'; ctx.lineWidth = 3; ctx.beginPath();
        ctx.moveTo(px - 6, py - 6); ctx.lineTo(px + 6, py + 6); ctx.moveTo(px + 6, py - 6); ctx.lineTo(px - 6, py + 6); ctx.stroke();
      } else {
        ctx.beginPath(); ctx.arc(px, py, 6, 0, 2 * Math.PI);
        ctx.lineWidth = 2; ctx.strokeStyle = '#1f77b4';
        if (p.fate === 'answered') { ctx.fillStyle = '#1f77b4'; ctx.fill(); } else { ctx.stroke(); }
      }
      ctx.globalAlpha = 1;
    });
    var e = l.end;
    facts.textContent = 'target ' + l.start.target + ', from node ' + l.start.peer + ' at t = ' + l.start.t.toFixed(3) + ' s'
      + (e ? '; ended at ' + e.t.toFixed(3) + ' s after ' + e.rounds + ' rounds, ' + e.queries + ' queries, ' + e.timeouts
        + ' timeouts' + (e.success !== undefined ? (e.success ? ', success' : ', failed') : '') + (e.closest ? ', closest ' + e.closest : '') : '; not finished in the trace')
      + '. Filled: answered, hollow: no answer, red cross: timed out; the line is the closest answer so far; faded: not yet sent at the current time.';
  };

  /** What the last drawing showed (for the self-test). */
  this.report = function () {
    var l = self.current, a = self.last || analyse(l), minAnswered = null;
    a.points.forEach(function (p) { if (p.fate === 'answered' && (minAnswered === null || p.distance < minAnswered)) minAnswered = p.distance; });
    return { lookup: l.id, kind: l.start.kind, rounds_drawn: a.rounds, points: a.points.length,
      timeouts_marked: a.points.filter(function (p) { return p.fate === 'timeout'; }).length,
      best_by_round: a.bestByRound, min_answered_distance: minAnswered,
      closest_end_distance: l.end && l.end.closest ? Model.xorDistance(l.end.closest, l.start.target) : null };
  };
}

/* Reads the inline data, builds the model and the panels, and wires the controls. */
(function () {
  var params = {};
  location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
    if (!kv) return;
    var i = kv.indexOf('=');
    params[decodeURIComponent(i < 0 ? kv : kv.slice(0, i))] = i < 0 ? true : decodeURIComponent(kv.slice(i + 1));
  });
  var timings = {}, clock0 = performance.now();
  var facts = JSON.parse(document.getElementById('facts').textContent);
  var lines = JSON.parse(document.getElementById('trace').textContent);
  timings.parse = performance.now() - clock0;
  var model = Model.build(facts, lines);
  lines = null;
  timings.index = performance.now() - clock0 - timings.parse;

  var $ = function (id) { return document.getElementById(id); };
  $('title').textContent = facts.heading + ' \u2014 ' + facts.run + '  (' + (facts.kind || 'trace') + ', '
    + model.events.length.toLocaleString('en') + ' events, ' + model.messages.length.toLocaleString('en') + ' messages)';
  var notes = [];
  if (facts.lines_total > facts.lines_kept) {
    notes.push('trace.jsonl has ' + facts.lines_total.toLocaleString('en') + ' lines; this page holds the first '
      + facts.lines_kept.toLocaleString('en') + ' (up to t = ' + facts.kept_until_s.toFixed(3) + ' s). For the rest, trace a part: '
      + '--trace-from/--trace-to, --trace-peers, --trace-types.');
  }
  if (!model.events.length) notes.push('trace.jsonl is empty (were the --trace filters too narrow?).');
  $('notes').textContent = notes.join(' ');

  var app = { model: model, slider: $('slider') };
  var pending = false;
  app.drawTimes = {};
  function timed(panel, draw) {
    var begin = performance.now();
    draw();
    app.drawTimes[panel] = (app.drawTimes[panel] || 0) + performance.now() - begin;
  }
  function drawAll() {
    pending = false;
    var t = app.timeline.t;
    timed('sequence', function () { app.sequence.draw(t); });
    if (app.pieces) timed('pieces', function () { app.pieces.draw(t); });
    if (app.chokes) timed('chokes', function () { app.chokes.draw(t); });
    if (app.lookups && app.lookups.available) timed('lookups', function () { app.lookups.draw(t); });
    if (app.floods && app.floods.available) timed('floods', function () { app.floods.draw(t); });
    if (app.routes && app.routes.available) timed('routes', function () { app.routes.draw(t); });
  }
  app.redraw = function () { if (!pending) { pending = true; requestAnimationFrame(drawAll); } };
  app.timeline = new Timeline(model, function (t) {
    app.slider.value = String(t);
    $('clock').textContent = 't = ' + Drawing.seconds(t);
    $('play').innerHTML = app.timeline && app.timeline.playing ? '&#10074;&#10074; Pause' : '&#9654; Play';
    drawAll();
  });
  app.setTime = function (t) { app.timeline.set(t); };
  app.step = function () { app.timeline.pause(); app.timeline.step(); };

  var callbacks = { redraw: app.redraw, setTime: app.setTime,
    focusLookup: function (id) { app.sequence.setFocus(id); app.redraw(); },
    showWindow: function (t0, t1) { app.sequence.showWindow(t0, t1); app.redraw(); } };
  app.sequence = new SequenceDiagram(model, $('sequence'), $('legend'), $('sequence-note'), $('tooltip'), callbacks);
  var swarm = model.pieces > 0 && model.peers.length > 0;
  if (swarm) {
    app.pieces = new PieceMap(model, $('pieces'), $('pieces-legend'));
    app.chokes = new ChokeState(model, $('chokes'), $('rates'));
  } else {
    document.querySelector('.row').style.display = 'none';
  }
  app.lookups = new LookupRounds(model, $('lookups'), $('lookup-choice'), $('lookup-facts'), $('lookup-goto'), callbacks);
  if (app.lookups.available) $('lookups-panel').style.display = 'block';
  app.floods = new FloodRings(model, $('floods'), $('flood-choice'), $('flood-facts'), $('flood-rings'), callbacks);
  if (app.floods.available) $('floods-panel').style.display = 'block';
  app.routes = new PastryRoutes(model, facts, $('route-choice'), $('route-note'), $('route-hops'), callbacks);
  if (app.routes.available) $('routes-panel').style.display = 'block';

  app.slider.min = String(model.tMin);
  app.slider.max = String(model.tMax);
  app.slider.addEventListener('input', function () { app.timeline.pause(); app.setTime(Number(app.slider.value)); });
  $('play').addEventListener('click', function () {
    if (app.timeline.playing) app.timeline.pause(); else app.timeline.play();
    app.setTime(app.timeline.t);
  });
  $('step').addEventListener('click', app.step);
  $('speed').addEventListener('change', function () { app.timeline.speed = Number($('speed').value); });
  document.addEventListener('keydown', function (ev) {
    if (ev.target.tagName === 'SELECT' || ev.target.tagName === 'INPUT' && ev.target.type !== 'range') return;
    if (ev.key === ' ') { ev.preventDefault(); $('play').click(); }
    else if (ev.key === 'ArrowRight') { ev.preventDefault(); app.step(); }
  });
  window.addEventListener('resize', app.redraw);

  if (params.from !== undefined && params.to !== undefined) app.sequence.showWindow(Number(params.from), Number(params.to), true);
  var start = params.t !== undefined ? Number(params.t) : model.tMin;
  var drawStart = performance.now();
  app.setTime(start);
  timings.first_draw = performance.now() - drawStart;
  if (params.lookup !== undefined && app.lookups.available) {
    app.lookups.focus(params.lookup);
    if (params.t !== undefined) app.setTime(Number(params.t));
  }
  if (params.flood !== undefined && app.floods.available) app.floods.focus(params.flood);
  if (params.route !== undefined && app.routes.available) app.routes.focus(params.route);
  if ((params.flood !== undefined || params.route !== undefined) && params.t !== undefined) app.setTime(Number(params.t));
  if (params.selftest) runSelftest(app, params, timings);
})();

/*
 * viewer.html#selftest: performs a teacher's actions (whole run in view, slider to the end, a
 * step from the start and from the middle, the choke state at a time) and writes what the page
 * showed, with every error caught, as JSON into <pre id="selftest-result">. Parameters after the
 * hash: chokeAt=SECONDS (default: the middle of the run), stepFrom=SECONDS (default: the middle).
 * timings_ms: parsing the data, indexing it, the first drawing and the mean redraw at ten times.
 */
function runSelftest(app, params, timings) {
  var result = { errors: window.viewerErrors };
  function attempt(name, action) {
    try { action(); } catch (e) { window.viewerErrors.push(name + ': ' + (e && e.stack ? e.stack : e)); }
  }
  var m = app.model, mid = (m.tMin + m.tMax) / 2;
  attempt('arrows', function () {
    app.sequence.resetView();
    app.setTime(m.tMin);
    result.wire_messages = m.messages.length;
    result.arrows_drawn = app.sequence.drawnArrows;
    result.arrow_stride = app.sequence.stride;
  });
  attempt('mouse', function () {
    // hover: zoom to a few milliseconds around the middle message, then point at its arrow
    var e = m.messages[Math.floor(m.messages.length / 2)];
    if (!e) return;
    var canvas = document.getElementById('sequence');
    app.sequence.showWindow(e.t - 0.002, e.t + 0.002, true);
    app.setTime(app.timeline.t);
    var rect = canvas.getBoundingClientRect(), p = app.sequence.pointOf(e);
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: rect.left + p.x, clientY: rect.top + p.y }));
    var tip = document.getElementById('tooltip');
    result.hover = { message: e, shown: tip.style.display === 'block', text: tip.textContent };
    // wheel: zoom in around the pointer; drag: pan by 100 pixels
    var before = app.sequence.window();
    canvas.dispatchEvent(new WheelEvent('wheel', { clientX: rect.left + p.x, clientY: rect.top + p.y, deltaY: -300, cancelable: true }));
    var zoomed = app.sequence.window();
    canvas.dispatchEvent(new MouseEvent('mousedown', { clientX: rect.left + 400, clientY: rect.top + 40 }));
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: rect.left + 500, clientY: rect.top + 40 }));
    window.dispatchEvent(new MouseEvent('mouseup', { clientX: rect.left + 500, clientY: rect.top + 40 }));
    var panned = app.sequence.window();
    result.zoom = { span_before: before.t1 - before.t0, span_after: zoomed.t1 - zoomed.t0 };
    result.pan = { t0_before: zoomed.t0, t0_after: panned.t0, span: panned.t1 - panned.t0 };
    app.sequence.resetView();
  });
  attempt('slider', function () {
    app.slider.value = app.slider.max;
    app.slider.dispatchEvent(new Event('input'));
    result.time_at_slider_end = app.timeline.t;
    result.time_end = m.tMax;
    result.pieces = m.pieces;
    result.rows_at_end = app.pieces ? app.pieces.report() : [];
  });
  attempt('step', function () {
    app.setTime(m.tMin);
    var from0 = app.timeline.t;
    app.step();
    var from = params.stepFrom !== undefined ? Number(params.stepFrom) : mid;
    app.setTime(from);
    var fromMid = app.timeline.t;
    var afterFirst = null;
    app.step();
    afterFirst = app.timeline.t;
    result.steps = [{ from: from0, to: null }, { from: fromMid, to: afterFirst }];
    app.setTime(m.tMin); app.step(); result.steps[0].to = app.timeline.t;
  });
  attempt('chokes', function () {
    if (!app.chokes) return;
    app.setTime(params.chokeAt !== undefined ? Number(params.chokeAt) : mid);
    result.chokes = app.chokes.report();
  });
  attempt('lookup', function () {
    if (!app.lookups || !app.lookups.available) return;
    app.redraw();
    result.lookup = app.lookups.report();
  });
  attempt('flood', function () {
    if (!app.floods || !app.floods.available) return;
    app.setTime(m.tMax);
    result.flood = app.floods.report();
  });
  attempt('route', function () {
    if (!app.routes || !app.routes.available) return;
    app.setTime(m.tMax);
    result.route = app.routes.report();
  });
  attempt('redraw', function () {
    var frames = 10, begin = performance.now();
    app.drawTimes = {};
    for (var i = 0; i < frames; i++) app.setTime(m.tMin + (m.tMax - m.tMin) * (i + 0.5) / frames);
    timings.redraw_mean = (performance.now() - begin) / frames;
    Object.keys(app.drawTimes).forEach(function (k) { timings['redraw_' + k] = app.drawTimes[k] / frames; });
    // zoom and pan redraw the messages layer: whole run, then halves and quarters of it
    var windows = [[0, 1], [0, 0.5], [0.5, 1], [0.25, 0.75], [0, 1]], span = m.tMax - m.tMin;
    begin = performance.now();
    windows.forEach(function (w) { app.sequence.showWindow(m.tMin + w[0] * span, m.tMin + w[1] * span, true); app.setTime(app.timeline.t); });
    timings.zoom_redraw_mean = (performance.now() - begin) / windows.length;
  });
  result.timings_ms = timings;
  result.events = m.events.length;
  var out = document.getElementById('selftest-result');
  out.textContent = JSON.stringify(result);
  out.hidden = false;
  out.setAttribute('data-done', 'true');
}

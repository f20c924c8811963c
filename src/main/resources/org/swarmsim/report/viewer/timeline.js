/*
 * The time under the slider: one current time for every panel, play/pause at a chosen speed
 * (simulated seconds per second), and stepping to the next event's time.
 */
function Timeline(model, onChange) {
  var self = this;
  this.t = model.tMin;
  this.playing = false;
  this.speed = 1;
  var lastFrame = null;

  this.set = function (t) {
    self.t = Math.min(model.tMax, Math.max(model.tMin, t));
    onChange(self.t);
  };
  /** Moves to the first event time after the current one (stays at the end if there is none). */
  this.step = function () {
    var i = Model.upperBound(model.uniqueTimes, self.t);
    if (i < model.uniqueTimes.length) self.set(model.uniqueTimes[i]);
  };
  /** How many events happened at or before the current time. */
  this.eventsSoFar = function () { return Model.upperBound(model.times, self.t); };
  this.play = function () {
    if (self.t >= model.tMax) self.set(model.tMin);
    self.playing = true; lastFrame = null;
    requestAnimationFrame(frame);
  };
  this.pause = function () { self.playing = false; };
  function frame(now) {
    if (!self.playing) return;
    if (lastFrame !== null) {
      var next = self.t + (now - lastFrame) / 1000 * self.speed;
      if (next >= model.tMax) { self.playing = false; next = model.tMax; }
      self.set(next);
    }
    lastFrame = now;
    if (self.playing) requestAnimationFrame(frame); else onChange(self.t);
  }
}

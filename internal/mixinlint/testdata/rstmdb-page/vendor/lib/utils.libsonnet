{
  // sumRate is sum by (<by>) (rate(<metric>[5m])).
  sumRate(metric, by):: 'sum by (%s) (rate(%s[5m]))' % [std.join(', ', by), metric],
}

{
  // rateAbove is rate(<metric>{<selector>}[5m]) > <threshold>.
  rateAbove(metric, selector, threshold):: 'rate(%s{%s}[5m]) > %d' % [metric, selector, threshold],
}

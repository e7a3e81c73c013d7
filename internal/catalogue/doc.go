// Package catalogue holds one service's monitoring catalogue: the model
// every generator reads, with where each value was written; its index (a
// metric, alert or query by name, the routing policy of a rule, the panels
// that show a series). Reading spec files into it is package specload's
// job (with speccodec for the format), checking it validate's, and
// deriving SLO rules slorules'.
package catalogue

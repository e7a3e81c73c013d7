package diff

import (
	"github.com/obsgen/obsgen/internal/catalogue"
)

// jobs compares the service's scrape jobs. Every series of a job carries
// its name as the job label, so a job renamed or removed leaves what
// selects job="old" (up{job="old"} == 0, the outage alert, among them)
// reading nothing: breaking, with those readers and what the change made
// of them. A lone job removed and a lone one added were renamed.
func (sc *serviceCmp) jobs() {
	bj, hj := sc.base.JobNames(), sc.head.JobNames()
	removed, added := without(bj, hj), without(hj, bj)
	if len(removed) == 1 && len(added) == 1 {
		sc.d.add(Change{Service: sc.name, Kind: KindJob, Op: Renamed, Name: removed[0], NewName: added[0],
			Pos: jobPos(sc.head, added[0]), BasePos: sc.d.basePos(jobPos(sc.base, removed[0])), Breaking: true,
			Dependents: sc.readersOf(read{job: removed[0], newJob: added[0]}, `still selects job="`+removed[0]+`"`)})
		return
	}
	for _, j := range removed {
		sc.d.add(Change{Service: sc.name, Kind: KindJob, Op: Removed, Name: j,
			Pos: sc.removedAt(), BasePos: sc.d.basePos(jobPos(sc.base, j)), Breaking: true,
			Dependents: sc.readersOf(read{job: j}, `still selects job="`+j+`"`)})
	}
	for _, j := range added {
		sc.d.add(Change{Service: sc.name, Kind: KindJob, Op: Added, Name: j, Pos: jobPos(sc.head, j)})
	}
}

// jobPos is where c declares scrape job name: its first target's job, or
// the service when the job is the service's name by default.
func jobPos(c *catalogue.Catalogue, name string) catalogue.Pos {
	if c.Scrape != nil {
		for i := range c.Scrape.Targets {
			if t := &c.Scrape.Targets[i]; t.JobName(c) == name {
				return c.At(t.Pos, "job")
			}
		}
	}
	return c.Service.Pos
}

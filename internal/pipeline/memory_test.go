package pipeline

import (
	"bytes"
	"testing"

	"github.com/obsgen/obsgen/generators"
)

func TestAFileWithMuchSpareRoomIsCopiedToItsSizeAndOthersAreLeftAlone(t *testing.T) {
	roomy := make([]byte, 1000, 1<<16)
	copy(roomy, "roomy file")
	snug := make([]byte, 1000, 1024)
	files := []generators.File{{Path: "a", Data: roomy}, {Path: "b", Data: snug}}
	clip(files)
	if !bytes.Equal(files[0].Data, roomy) {
		t.Error("clip changed the bytes of a file")
	}
	if cap(files[0].Data) >= 1<<16 {
		t.Errorf("a file of 1,000 bytes still holds %d", cap(files[0].Data))
	}
	if &files[1].Data[0] != &snug[0] {
		t.Error("a file that fills its slice was copied")
	}
}

func TestGenerateReleasesFieldPositionsAfterLoadReportedWithThem(t *testing.T) {
	res, err := Load(Options{Specs: []string{"../../specs/rstmdb"}})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Catalogues[0]
	m := c.Metrics()[0]
	if at := c.At(m.Pos, "name"); at == m.Pos {
		t.Fatalf("Load kept no position for the name of metric %s", m.Name)
	}
	if err := res.Generate(); err != nil {
		t.Fatal(err)
	}
	if at := c.At(m.Pos, "name"); at != m.Pos {
		t.Errorf("after Generate, the name of metric %s is still placed at %v, apart from the metric at %v", m.Name, at, m.Pos)
	}
}

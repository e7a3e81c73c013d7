package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

const (
	smallSpec = "../../internal/verify/testdata/small"
	smallOM   = "../../internal/verify/testdata/small.om"
)

func TestVerifyFetchesAURLInTheFormatItAnswers(t *testing.T) {
	om, err := os.ReadFile(smallOM)
	if err != nil {
		t.Fatal(err)
	}
	var accept string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		accept = r.Header.Get("Accept")
		w.Header().Set("Content-Type", "application/openmetrics-text; version=1.0.0; charset=utf-8")
		_, _ = w.Write(om)
	}))
	defer srv.Close()
	code, stdout, stderr := obsgen(t, "", "verify", smallSpec, "--url", srv.URL+"/metrics", "--timeout", "2s")
	if code != 0 || !strings.Contains(stdout, "documented metrics present 5/5 (100.0%)") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	if !strings.HasPrefix(accept, "text/plain") {
		t.Errorf("Accept %q", accept)
	}
}

package health

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/obsgen/obsgen/generators"
	"github.com/obsgen/obsgen/internal/catalogue"
	"github.com/obsgen/obsgen/templates"
)

// DefaultTimeout is how long a check waits when the spec sets no timeout.
const DefaultTimeout = 5 * time.Second

// scriptTemplate is health-check.sh; every spec value goes through shq (or,
// inside comments, through comment).
var scriptTemplate = template.Must(template.New("health-check.sh.tmpl").
	Option("missingkey=error").
	Funcs(template.FuncMap{"shq": ShellQuote, "comment": Comment, "join": strings.Join}).
	ParseFS(templates.FS, "health/health-check.sh.tmpl"))

// scriptData is what the template sees.
type scriptData struct {
	Header  string
	Service string
	Checks  []string
	CLI     *cliCheck
	HTTP    *httpCheck
}

type cliCheck struct {
	Command     []string
	Display     string
	Timeout     string
	Description string
}

type httpCheck struct {
	URL         string
	Env         string
	Timeout     string
	Description string
}

// Script renders health-check.sh for the catalogue's CLI and HTTP checks.
func Script(c *catalogue.Catalogue) ([]byte, error) {
	h := c.Health
	d := scriptData{Header: generators.Header(c.Service.Name, "#"), Service: c.Service.Name}
	if cli := h.CLI; cli != nil {
		if len(cli.Command) == 0 {
			return nil, errors.New("health cli has no command")
		}
		d.Checks = append(d.Checks, "cli")
		d.CLI = &cliCheck{
			Command:     cli.Command,
			Display:     strings.Join(cli.Command, " "),
			Timeout:     Seconds(cli.Timeout),
			Description: cli.Description,
		}
	}
	if hc := h.HTTP; hc != nil {
		d.Checks = append(d.Checks, "http")
		d.HTTP = &httpCheck{
			URL:         hc.URL,
			Env:         EnvName(c.Service.Name, "HEALTH_URL"),
			Timeout:     Seconds(hc.Timeout),
			Description: hc.Description,
		}
	}
	var b bytes.Buffer
	if err := scriptTemplate.Execute(&b, d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Seconds prints a timeout as the plain number of seconds timeout(1) and
// curl --max-time take ("5", "0.5"); zero means DefaultTimeout.
func Seconds(d catalogue.Duration) string {
	t := d.Std()
	if t <= 0 {
		t = DefaultTimeout
	}
	return strconv.FormatFloat(t.Seconds(), 'f', -1, 64)
}

// EnvName builds an environment variable name from the service name and a
// suffix: upper case, anything but letters and digits turned into _.
func EnvName(service, suffix string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(service) {
		if (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	name := b.String()
	if name == "" || (name[0] >= '0' && name[0] <= '9') {
		name = "S" + name
	}
	return name + "_" + suffix
}

// ShellQuote quotes s as one shell word: in single quotes, where an
// embedded single quote is written as quote, backslash, quote, quote (end
// the quoted part, an escaped quote, start a new quoted part). Nothing
// inside single quotes is special to the shell, so a value cannot run a
// command or end the word. A NUL byte or invalid UTF-8 cannot
// be passed through a script and is an error.
func ShellQuote(s string) (string, error) {
	if strings.IndexByte(s, 0) >= 0 {
		return "", errors.New("a NUL byte cannot be written into a shell script")
	}
	if !utf8.ValidString(s) {
		return "", errors.New("invalid UTF-8 cannot be written into a shell script")
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'", nil
}

// Comment makes s safe on one comment line: every run of white space or
// control characters (newlines included) becomes one space.
func Comment(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
